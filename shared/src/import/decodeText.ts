/**
 * Text of a CSV file. Excel writes UTF-8 with a BOM ("CSV UTF-8"), Windows-1252
 * ("CSV" on an Indonesian or English Windows) or UTF-16 LE with a BOM ("Unicode
 * text", tab-separated). Without a BOM, bytes that are not valid UTF-8 are
 * Windows-1252: a name like "Sutrisno Ã" is never shown as mojibake.
 */
import type { TextEncoding } from "./types.ts";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bom: boolean;
}

/** More than this share of control characters (besides tab, CR, LF) means it is not text. */
const MAX_CONTROL_SHARE = 0.01;

function decode(bytes: Uint8Array, encoding: TextEncoding, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/** UTF-16 LE without a BOM: ASCII text with a zero byte after every character. */
function looksLikeUtf16Le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 2000) & ~1;
  if (n < 4) return false;
  let zerosOdd = 0;
  let zerosEven = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zerosEven++;
    if (bytes[i + 1] === 0) zerosOdd++;
  }
  return zerosOdd > n / 2 * 0.6 && zerosEven < n / 2 * 0.05;
}

function isMostlyText(text: string): boolean {
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control <= sample.length * MAX_CONTROL_SHARE;
}

/** The text, or null when the bytes are not text (a binary file of another kind). */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  let result: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    result = { text: decode(bytes.subarray(3), "utf-8"), encoding: "utf-8", bom: true };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    result = { text: decode(bytes.subarray(2), "utf-16le"), encoding: "utf-16le", bom: true };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    result = { text: decode(bytes.subarray(2), "utf-16be"), encoding: "utf-16be", bom: true };
  } else if (looksLikeUtf16Le(bytes)) {
    result = { text: decode(bytes, "utf-16le"), encoding: "utf-16le", bom: false };
  } else {
    try {
      result = { text: decode(bytes, "utf-8", true), encoding: "utf-8", bom: false };
    } catch {
      result = { text: decode(bytes, "windows-1252"), encoding: "windows-1252", bom: false };
    }
  }
  return isMostlyText(result.text) ? result : null;
}
