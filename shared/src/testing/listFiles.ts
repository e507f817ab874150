/**
 * Real list files for the import's tests: XLSX written by write-excel-file (the
 * way a pokja's spreadsheet comes), then changed part by part where Excel
 * writes what write-excel-file does not (a formula's saved value), and CSV
 * bytes in the encodings Excel saves.
 */
import writeXlsxFile, { type SheetData } from "write-excel-file/universal";
import { listZipEntries, readZipEntry } from "../import/zip.ts";

export interface TestSheet {
  sheet: string;
  data: SheetData;
}

export async function xlsxFile(sheets: TestSheet[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(sheets.map((s) => ({ sheet: s.sheet, data: s.data }))).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP of stored (uncompressed) entries. */
export function zipStored(entries: Array<{ name: string; data: Uint8Array }>): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const crc = crc32(entry.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const record = new Uint8Array(46 + name.length);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    record.set(name, 46);
    parts.push(local, entry.data);
    central.push(record);
    offset += local.length + entry.data.length;
  }
  const size = central.reduce((sum, r) => sum + r.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, size, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The archive with some of its XML parts changed (transform returns the new text, or undefined to keep it). */
export async function rewriteXlsx(bytes: Uint8Array, transform: (name: string, xml: string) => string | undefined): Promise<Uint8Array> {
  const entries = listZipEntries(bytes);
  if (!entries) throw new Error("not a readable zip");
  const out: Array<{ name: string; data: Uint8Array }> = [];
  for (const entry of entries) {
    const data = await readZipEntry(bytes, entry);
    const changed = entry.name.endsWith(".xml") ? transform(entry.name, new TextDecoder().decode(data)) : undefined;
    out.push({ name: entry.name, data: changed === undefined ? data : new TextEncoder().encode(changed) });
  }
  return zipStored(out);
}

/** Windows-1252 bytes of text in the Latin-1 range (what "CSV" in Excel on Windows writes). */
export function windows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff || (c >= 0x80 && c <= 0x9f)) throw new Error(`not encodable here: ${text[i]}`);
    out[i] = c;
  }
  return out;
}

/** UTF-16 LE, with the BOM Excel's "Unicode text" writes. */
export function utf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    out[0] = 0xff;
    out[1] = 0xfe;
    at = 2;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[at++] = c & 0xff;
    out[at++] = c >> 8;
  }
  return out;
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
