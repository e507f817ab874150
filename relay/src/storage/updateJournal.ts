import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { crc32 } from "node:zlib";
import * as decoding from "lib0/decoding";
import { isRole } from "@shared/model/index.ts";
import type { UpdateAudit, UpdateWrite } from "./types.ts";

/**
 * The rooms' append-only update journal (issue 17, write amplification). A SQLite commit of one
 * small update writes at least one whole 4 KiB page to the WAL (measured: 1.6 pages, 6.9 KB, for
 * a 67-byte edit to the roster: x103). A room engine's commit appends its updates here instead
 * (one write(2) per batch, ~90 bytes per record besides the update), and the store folds the
 * journal into SQLite in batches (one transaction a second or so), where a page then carries
 * tens of updates.
 *
 * Durability is SQLite's with synchronous=NORMAL in WAL mode, which is what the relay promised
 * before: once `append` returns, the records are in the file (the kernel's page cache), so they
 * survive the process being killed (kill -9, an out-of-memory kill, a crash); like a WAL commit
 * under synchronous=NORMAL they are not fsynced, so a power loss or OS crash may lose the last
 * ones (devices resend what the relay lost: they keep their own copy until it is confirmed).
 * Each record carries a CRC32: a record torn by a crash mid-write, and all after it, are ignored.
 * After a kill, the next start replays the journals into the database (`readJournal`), skipping
 * what is already there (the (room, seq) key) or compacted (seq at or below the snapshot's).
 *
 * File: `<database>-updates.<pid>.<engine>.log` (0600), one per room engine (the main thread's,
 * each room worker's). Record: u32 body length, u32 CRC32 of the body, body (lib0 encoding:
 * version 1, room, seq, at, role, jti, agency, ids, data).
 */
const RECORD_VERSION = 1;
const HEADER_BYTES = 8;

/** The journal of room engine `engine` of relay process `pid` (two processes on one file never share one). */
export function journalFile(database: string, engine: string, pid: number = process.pid): string {
  return `${database}-updates.${pid}.${engine}.log`;
}

/** Every journal file of a database (the running relay's engines, or those a killed one left). */
export function journalFiles(database: string): string[] {
  const dir = dirname(database);
  const prefix = `${basename(database)}-updates.`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(".log"))
    .sort()
    .map((name) => join(dir, name));
}

export function encodeRecord(write: UpdateWrite): Uint8Array {
  return encodeRecords([write]);
}

/**
 * The records of a batch, written straight into one buffer (lib0's layout, as `decodeBody` reads
 * it): an encoder and two copies per record cost more than the write(2) on the relay's path.
 */
export function encodeRecords(writes: readonly UpdateWrite[]): Buffer {
  let bound = 0;
  for (const w of writes) bound += recordBound(w);
  const out = Buffer.allocUnsafe(bound);
  let at = 0;
  for (const w of writes) {
    const body = at + HEADER_BYTES;
    let p = body;
    p = putVarUint(out, p, RECORD_VERSION);
    p = putVarString(out, p, w.room);
    p = putVarUint(out, p, w.seq);
    p = putVarUint(out, p, w.audit.at);
    p = putVarString(out, p, w.audit.role);
    p = putVarString(out, p, w.audit.jti ?? "");
    p = putVarString(out, p, w.audit.agency ?? "");
    p = putVarBytes(out, p, w.audit.ids);
    p = putVarBytes(out, p, w.data);
    out.writeUInt32LE(p - body, at);
    out.writeUInt32LE(crc32(out.subarray(body, p)), at + 4);
    at = p;
  }
  return out.subarray(0, at);
}

/** At most this many bytes: a varUint takes up to 8 (clocks, times: below 2^53), a UTF-16 unit up to 3 in UTF-8. */
function recordBound(w: UpdateWrite): number {
  const strings = w.room.length + w.audit.role.length + (w.audit.jti?.length ?? 0) + (w.audit.agency?.length ?? 0);
  return HEADER_BYTES + 9 * 8 + 3 * strings + w.audit.ids.length + w.data.length;
}

/** lib0's varUint: 7 bits a byte, low first (division, not shifts: times are past 2^31). */
function putVarUint(out: Buffer, at: number, n: number): number {
  while (n > 0x7f) {
    out[at++] = 0x80 | (n % 0x80);
    n = Math.floor(n / 0x80);
  }
  out[at++] = n;
  return at;
}

function putVarString(out: Buffer, at: number, s: string): number {
  // room names, roles, token ids and agency codes are ASCII: copied in a loop, no call into native code
  if (s.length < 0x80) {
    let ascii = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      out[at + 1 + i] = c;
    }
    if (ascii) {
      out[at] = s.length;
      return at + 1 + s.length;
    }
  }
  const bytes = Buffer.byteLength(s, "utf8");
  at = putVarUint(out, at, bytes);
  return at + out.write(s, at, bytes, "utf8");
}

function putVarBytes(out: Buffer, at: number, bytes: Uint8Array): number {
  at = putVarUint(out, at, bytes.length);
  out.set(bytes, at);
  return at + bytes.length;
}

function decodeBody(body: Uint8Array): UpdateWrite | null {
  const d = decoding.createDecoder(body);
  if (decoding.readVarUint(d) !== RECORD_VERSION) return null;
  const room = decoding.readVarString(d);
  const seq = decoding.readVarUint(d);
  const at = decoding.readVarUint(d);
  const role = decoding.readVarString(d);
  const jti = decoding.readVarString(d);
  const agency = decoding.readVarString(d);
  const ids = decoding.readVarUint8Array(d);
  const data = decoding.readVarUint8Array(d);
  if (role !== "relay" && !isRole(role)) return null;
  const audit: UpdateAudit = { at, role, jti: jti === "" ? null : jti, agency: agency === "" ? null : agency, ids: ids.slice() };
  return { room, seq, data: data.slice(), audit };
}

/**
 * The records of a journal, in order, up to the first one that is incomplete or does not match
 * its CRC (a write torn by a crash: it was never acknowledged, nor anything after it).
 */
export function readJournal(file: string): { writes: UpdateWrite[]; validBytes: number; fileBytes: number } {
  const bytes = new Uint8Array(readFileSync(file));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const writes: UpdateWrite[] = [];
  let at = 0;
  while (at + HEADER_BYTES <= bytes.length) {
    const length = view.getUint32(at, true);
    const end = at + HEADER_BYTES + length;
    if (end > bytes.length) break;
    const body = bytes.subarray(at + HEADER_BYTES, end);
    if (crc32(body) !== view.getUint32(at + 4, true)) break;
    let write: UpdateWrite | null;
    try {
      write = decodeBody(body);
    } catch {
      write = null;
    }
    if (!write) break;
    writes.push(write);
    at = end;
  }
  return { writes, validBytes: at, fileBytes: bytes.length };
}

/** One engine's journal file, open for appending. */
export class UpdateJournal {
  private fd: number;
  private size: number;

  constructor(readonly file: string) {
    // the records hold families' personal data, like the database: owner-only
    this.fd = openSync(file, "a", 0o600);
    this.size = fstatSync(this.fd).size;
  }

  get bytes(): number {
    return this.size;
  }

  /**
   * Appends the records of a batch with one write (a few when the kernel takes part of it).
   * Throws when the file system refuses (a full disk): what was written of the batch is cut off
   * again, so the file ends at the last whole batch.
   */
  append(writes: readonly UpdateWrite[]): void {
    const buffer = encodeRecords(writes);
    const total = buffer.length;
    let written = 0;
    try {
      while (written < total) written += writeSync(this.fd, buffer, written, total - written);
    } catch (error) {
      if (written > 0) {
        try {
          ftruncateSync(this.fd, this.size);
        } catch {
          /* the CRC makes a torn tail harmless; the write's failure is what the caller hears */
        }
      }
      throw error;
    }
    this.size += total;
  }

  /** Starts the file again (everything in it is in the database, and the database on disk). */
  rewind(): void {
    ftruncateSync(this.fd, 0);
    this.size = 0;
  }

  /** Closes the file; `remove`: and deletes it (everything in it is in the database). */
  close(remove: boolean): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
    if (remove) rmSync(this.file, { force: true });
  }
}
