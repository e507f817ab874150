/**
 * What a file is, from its bytes (never its name: a CSV saved as .xlsx and an
 * HTML table saved as .xls both happen). Only CSV (text) and XLSX are read;
 * everything else gets the message that says how to save it.
 */
import type { FileProblemKey } from "./types.ts";
import { listZipEntries, looksLikeZip, type ZipEntry } from "./zip.ts";

export type Detected =
  | { kind: "xlsx"; entries: ZipEntry[] | null }
  | { kind: "text" }
  | { kind: "refused"; key: FileProblemKey };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function asciiHead(bytes: Uint8Array, length: number): string {
  let text = "";
  for (let i = 0; i < Math.min(length, bytes.length); i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text;
}

/** "EncryptedPackage" as UTF-16LE: the stream name of a password-protected XLSX inside its OLE2 wrapper. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < text.length; j++) {
      if (bytes[i + j * 2] !== text.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function detectZip(bytes: Uint8Array): Detected {
  const head = asciiHead(bytes, 120);
  if (head.includes("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) return { kind: "refused", key: "ods" };
  const entries = listZipEntries(bytes);
  if (entries === null) return { kind: "xlsx", entries: null }; // unreadable directory: let the XLSX reader say
  const names = new Set(entries.map((e) => e.name));
  if (names.has("xl/workbook.xml")) return { kind: "xlsx", entries };
  if (names.has("content.xml") && names.has("mimetype")) return { kind: "refused", key: "ods" };
  if (names.has("word/document.xml")) return { kind: "refused", key: "dokumen_word" };
  return { kind: "refused", key: "zip_lain" };
}

/** Text that is really a web page or Excel 2003 XML saved under a spreadsheet name. */
function detectMarkup(bytes: Uint8Array): FileProblemKey | null {
  const head = asciiHead(bytes, 2048).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart().toLowerCase();
  if (head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml_2003";
  if (/^<(!doctype html|html|table|head|body|meta)[\s>]/.test(head)) return "html_bukan_excel";
  if (head.startsWith("<?xml") && /<(html|table)[\s>]/.test(head)) return "html_bukan_excel";
  return null;
}

export function detectFormat(bytes: Uint8Array): Detected {
  if (looksLikeZip(bytes)) return detectZip(bytes);
  if (startsWith(bytes, OLE2)) {
    return { kind: "refused", key: containsUtf16(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), "EncryptedPackage") ? "terkunci" : "xls_lama" };
  }
  if (asciiHead(bytes, 5) === "%PDF-") return { kind: "refused", key: "pdf" };
  const markup = detectMarkup(bytes);
  if (markup) return { kind: "refused", key: markup };
  return { kind: "text" };
}
