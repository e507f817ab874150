import type { DocKind, Role } from "@shared/model/index.ts";
import type { IdRun } from "@shared/crdt/audit.ts";

/** The relay's audit trail (relay/PROTOCOL.md section 3c): only a lurah token may read it. */
export interface AuditRecordWire {
  seq: number;
  /** ISO: when the relay received the update */
  at: string;
  /** the sender's token id (null: the relay's own write) */
  jti: string | null;
  role: Role | "relay" | null;
  agency: string | null;
  bytes: number;
  inserted: IdRun[];
  deleted: IdRun[];
  truncated: boolean;
}

export interface AuditPageWire {
  records: AuditRecordWire[];
  /** pass as `before` for the next (older) page; null: the beginning was reached */
  next: number | null;
}

async function call(token: string, path: string, body?: unknown): Promise<AuditPageWire> {
  const res = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as AuditPageWire & { error?: string; message?: string };
  // the relay answers errors in Indonesian (relay/PROTOCOL.md): shown as is
  if (!res.ok) throw new Error(data.message ?? data.error ?? `HTTP ${res.status}`);
  return { records: data.records, next: data.next };
}

/** One page of a document's trail, newest first. */
export function fetchAuditPage(token: string, doc: DocKind, before: number | null, limit = 50): Promise<AuditPageWire> {
  return call(token, `/api/audit/${doc}?limit=${limit}${before ? `&before=${before}` : ""}`);
}

/** The updates that wrote one of `ids` (a family's), newest first, from `before`. */
export function fetchAuditTouching(token: string, doc: DocKind, ids: IdRun[], before: number | null, limit = 50): Promise<AuditPageWire> {
  return call(token, `/api/audit/${doc}/touching`, { ids, before, limit });
}
