import type { IncomingMessage, ServerResponse } from "node:http";
import { DOC_KINDS, roomName, type DocKind, type TokenPayload } from "@shared/model/index.ts";
import { authenticate } from "../auth/authenticate.ts";
import type { Keyring } from "../auth/keys.ts";
import { jtiPrefix, type Logger } from "../log.ts";
import type { AuditRecord, RelayStorage } from "../storage/types.ts";
import { BodyTooLarge, bearerToken, readBody, sendError, sendJson } from "./respond.ts";

/**
 * The audit trail of a village's documents, for its lurah (relay/PROTOCOL.md, section 3c): who sent
 * each stored update (token id, role, agency) and when, as the relay recorded it, with the Yjs ids the
 * update inserted and deleted. What those ids are (which family, which field) the lurah's device reads
 * from its own copy of the document: the relay never decodes a document for this.
 *
 * `GET /api/audit/<doc>?before=<seq>&limit=<n>`: the newest first, a page at a time.
 * `POST /api/audit/<doc>/touching` `{ ids, before?, limit? }`: only the updates that inserted or
 * deleted one of `ids` (a family's items), scanning at most SCAN_ROWS rows per request.
 */

const PAGE = 100;
const MAX_PAGE = 500;
/** rows one touching request reads at most: its cost is bounded, and `next` says where to go on */
export const SCAN_ROWS = 20_000;
/** ids runs one record carries at most in an answer (an import's delete set can hold thousands) */
const MAX_RUNS = 2_000;
const MAX_QUERY_RUNS = 20_000;
const MAX_BODY = 1024 * 1024;

export interface AuditContext {
  keys: Keyring;
  storage: RelayStorage;
  log: Logger;
  /** resolves once the room's committed updates are in the database this reads (a worker's journal folded) */
  settled?: (room: string) => Promise<void>;
}

type Run = [client: number, clock: number, length: number];

/** Returns false when the path is not the audit API's. */
export async function handleAudit(req: IncomingMessage, res: ServerResponse, path: string, ctx: AuditContext): Promise<boolean> {
  const match = /^\/api\/audit\/([a-z]+)(\/touching)?$/.exec(path);
  if (!match) return false;
  const touching = match[2] !== undefined;
  const method = touching ? "POST" : "GET";
  if (req.method !== method) {
    res.setHeader("Allow", method);
    sendError(res, 405, "metode_tidak_diizinkan", "Metode tidak diizinkan.");
    return true;
  }
  const doc = match[1] as DocKind;
  if (!DOC_KINDS.includes(doc)) {
    sendError(res, 404, "tidak_ditemukan", "Dokumen tidak dikenal.");
    return true;
  }
  const auth = await authenticate(bearerToken(req), ctx.keys, ctx.storage);
  if (!auth.ok) {
    sendError(res, 401, "token_tidak_sah", "Token tidak ada, tidak sah, kedaluwarsa atau dicabut.");
    return true;
  }
  const who = auth.payload;
  if (who.role !== "lurah") {
    sendError(res, 403, "bukan_lurah", "Hanya lurah yang dapat melihat jejak perubahan.");
    return true;
  }
  const url = new URL(req.url ?? "/", "http://relay.invalid");
  // a big room lives in a worker, whose journal is folded into the database within 5 s: the lurah
  // looking right after an edit would not see it yet
  await ctx.settled?.(roomName(who.ws, doc));
  if (touching) await touchingPage(req, res, who, doc, ctx);
  else await page(res, url, who, doc, ctx);
  return true;
}

async function page(res: ServerResponse, url: URL, who: TokenPayload, doc: DocKind, ctx: AuditContext): Promise<void> {
  const before = seqParam(url.searchParams.get("before"));
  const limit = limitParam(url.searchParams.get("limit"), PAGE, MAX_PAGE);
  if (before === undefined || limit === undefined) return sendError(res, 400, "parameter_tidak_sah", "before dan limit harus bilangan bulat positif.");
  const room = roomName(who.ws, doc);
  const rows = await ctx.storage.listUpdateAudit(room, { beforeSeq: before ?? undefined, limit, newestFirst: true });
  const next = rows.length === limit ? rows.at(-1)!.seq : null;
  ctx.log.info("audit.read", { ws: who.ws, doc, rows: rows.length, jti: jtiPrefix(who.jti) });
  sendJson(res, 200, { doc, records: rows.map((r) => recordOut(r, null)), next });
}

async function touchingPage(req: IncomingMessage, res: ServerResponse, who: TokenPayload, doc: DocKind, ctx: AuditContext): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse((await readBody(req, MAX_BODY)).toString("utf8"));
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      res.setHeader("Connection", "close");
      return sendError(res, 413, "terlalu_besar", "Isi permintaan lebih dari 1024 KiB.");
    }
    return sendError(res, 400, "json_rusak", "Isi permintaan bukan JSON yang sah.");
  }
  const query = touchingQuery(body);
  if (!query) return sendError(res, 400, "parameter_tidak_sah", `ids: daftar [client, clock, panjang] (paling banyak ${MAX_QUERY_RUNS}); before dan limit: bilangan bulat positif.`);
  const index = new RunIndex(query.ids);
  const room = roomName(who.ws, doc);
  const found: Array<Record<string, unknown>> = [];
  let before = query.before ?? undefined;
  let scanned = 0;
  let exhausted = false;
  while (found.length < query.limit && scanned < SCAN_ROWS) {
    const rows = await ctx.storage.listUpdateAudit(room, { beforeSeq: before, limit: Math.min(1000, SCAN_ROWS - scanned), newestFirst: true });
    if (rows.length === 0) {
      exhausted = true;
      break;
    }
    for (const row of rows) {
      scanned++;
      before = row.seq;
      if (index.touches(row.inserted) || index.touches(row.deleted)) {
        found.push(recordOut(row, index));
        if (found.length === query.limit) break;
      }
    }
  }
  ctx.log.info("audit.read", { ws: who.ws, doc, rows: found.length, scanned, jti: jtiPrefix(who.jti) });
  sendJson(res, 200, { doc, records: found, next: exhausted || before === undefined ? null : before, scanned });
}

/** A record as the API answers it; with `clip`, only the parts of its runs that fall in the query's ids. */
function recordOut(r: AuditRecord, clip: RunIndex | null): Record<string, unknown> {
  const inserted = clip ? clip.clip(r.inserted) : r.inserted;
  const deleted = clip ? clip.clip(r.deleted) : r.deleted;
  return {
    seq: r.seq,
    at: new Date(r.at).toISOString(),
    jti: r.jti,
    role: r.role,
    agency: r.agency,
    bytes: r.bytes,
    inserted: inserted.slice(0, MAX_RUNS),
    deleted: deleted.slice(0, MAX_RUNS),
    truncated: inserted.length > MAX_RUNS || deleted.length > MAX_RUNS,
  };
}

function touchingQuery(body: unknown): { ids: Run[]; before: number | null; limit: number } | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const { ids, before, limit } = body as Record<string, unknown>;
  if (!Array.isArray(ids) || ids.length > MAX_QUERY_RUNS) return null;
  const runs: Run[] = [];
  for (const run of ids) {
    if (!Array.isArray(run) || run.length !== 3 || !run.every((n) => Number.isSafeInteger(n) && (n as number) >= 0)) return null;
    if ((run[2] as number) > 0) runs.push(run as Run);
  }
  const b = before === undefined || before === null ? null : seqParam(String(before));
  const l = limit === undefined ? PAGE : limitParam(String(limit), PAGE, MAX_PAGE);
  if (b === undefined || l === undefined) return null;
  return { ids: runs, before: b, limit: l };
}

/** null when absent; undefined when invalid. */
function seqParam(value: string | null): number | null | undefined {
  if (value === null || value === "") return null;
  const n = Number(value);
  return /^\d{1,15}$/.test(value) && n > 0 ? n : undefined;
}

function limitParam(value: string | null, fallback: number, max: number): number | undefined {
  if (value === null || value === "") return fallback;
  const n = Number(value);
  return /^\d{1,4}$/.test(value) && n >= 1 && n <= max ? n : undefined;
}

/** The query's ids per client, merged and sorted: does a run overlap them (binary search), and which parts. */
class RunIndex {
  private readonly byClient = new Map<number, Array<[start: number, end: number]>>();

  constructor(runs: readonly Run[]) {
    for (const [client, clock, length] of runs) {
      let list = this.byClient.get(client);
      if (!list) this.byClient.set(client, (list = []));
      list.push([clock, clock + length]);
    }
    for (const [client, list] of this.byClient) {
      list.sort((a, b) => a[0] - b[0]);
      const merged: Array<[number, number]> = [];
      for (const r of list) {
        const last = merged.at(-1);
        if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
        else merged.push([r[0], r[1]]);
      }
      this.byClient.set(client, merged);
    }
  }

  touches(runs: readonly Run[]): boolean {
    return runs.some((run) => this.first(run) !== null);
  }

  clip(runs: readonly Run[]): Run[] {
    const out: Run[] = [];
    for (const run of runs) {
      const list = this.byClient.get(run[0]);
      let i = this.first(run);
      if (list === undefined || i === null) continue;
      const end = run[1] + run[2];
      for (; i < list.length && list[i]![0] < end; i++) {
        const from = Math.max(run[1], list[i]![0]);
        const to = Math.min(end, list[i]![1]);
        if (to > from) out.push([run[0], from, to - from]);
      }
    }
    return out;
  }

  /** Index of the first query range of the run's client that overlaps the run, or null. */
  private first([client, clock, length]: Run): number | null {
    const list = this.byClient.get(client);
    if (!list) return null;
    let lo = 0;
    let hi = list.length;
    // the first range that ends after the run starts
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]![1] <= clock) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]![0] < clock + length ? lo : null;
  }
}
