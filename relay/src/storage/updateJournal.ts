import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { crc32 } from "node:zlib";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
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
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, RECORD_VERSION);
  encoding.writeVarString(e, write.room);
  encoding.writeVarUint(e, write.seq);
  encoding.writeVarUint(e, write.audit.at);
  encoding.writeVarString(e, write.audit.role);
  encoding.writeVarString(e, write.audit.jti ?? "");
  encoding.writeVarString(e, write.audit.agency ?? "");
  encoding.writeVarUint8Array(e, write.audit.ids);
  encoding.writeVarUint8Array(e, write.data);
  const body = encoding.toUint8Array(e);
  const record = new Uint8Array(HEADER_BYTES + body.length);
  const view = new DataView(record.buffer);
  view.setUint32(0, body.length, true);
  view.setUint32(4, crc32(body), true);
  record.set(body, HEADER_BYTES);
  return record;
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
    const records = writes.map(encodeRecord);
    const total = records.reduce((n, r) => n + r.length, 0);
    const buffer = Buffer.allocUnsafe(total);
    let offset = 0;
    for (const r of records) {
      buffer.set(r, offset);
      offset += r.length;
    }
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
