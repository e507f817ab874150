import { isRole } from "@shared/model/index.ts";
import { decodeAuditIds } from "./auditIds.ts";
import type { AuditRecord, InviteRecord, ReportNumbers, ReportSummary, StoredReport, UpdateAudit, WorkspaceRecord } from "./types.ts";

/**
 * The tables' rows as SQLite and PostgreSQL return them (the same columns: postgresSchema.ts mirrors
 * sqlite.ts), and the records they make. The two stores differ only in how a report's JSON comes back
 * (text in SQLite, jsonb already parsed in PostgreSQL) and how bytes come back: the callers pass those.
 */
export interface TokenRow {
  jti: string;
  workspace: string;
  role: string;
  opd: string | null;
  label: string | null;
  wilayah: string | null;
  minted_by: string | null;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

export interface WorkspaceRow {
  id: string;
  kode_wilayah: string;
  name: string;
  registered_at: number;
  updated_at: number;
}

/** A report row; `J` is how its JSON columns come back (string in SQLite, parsed in PostgreSQL). */
export interface ReportRow<J> {
  workspace: string;
  month: string;
  version: number;
  kode_wilayah: string;
  village_name: string;
  indicators: J;
  by_rw: J;
  received_at: number;
  sent_by_role: string;
  sent_by_jti: string;
  send_id: string | null;
}

export interface AuditRow {
  seq: number;
  at: number;
  jti: string | null;
  role: string | null;
  agency: string | null;
  bytes: number;
  ids: Buffer | null;
}

export function inviteOf(row: TokenRow): InviteRecord | null {
  if (!isRole(row.role)) return null; // a row from a future version: not ours to show
  return {
    jti: row.jti,
    workspace: row.workspace,
    role: row.role,
    opd: row.opd,
    label: row.label,
    wilayah: row.wilayah,
    mintedBy: row.minted_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export function workspaceOf(row: WorkspaceRow): WorkspaceRecord {
  return { id: row.id, kodeWilayah: row.kode_wilayah, name: row.name, registeredAt: row.registered_at, updatedAt: row.updated_at };
}

/** A current report as a district's overview reads it; null for a sender role from a future version. */
export function reportSummaryOf<J>(row: Omit<ReportRow<J>, "by_rw" | "send_id" | "sent_by_jti">, json: (value: J) => unknown): ReportSummary | null {
  if (!isRole(row.sent_by_role)) return null;
  return {
    workspace: row.workspace,
    month: row.month,
    version: row.version,
    kodeWilayah: row.kode_wilayah,
    villageName: row.village_name,
    indicators: json(row.indicators) as ReportNumbers,
    receivedAt: row.received_at,
    sentByRole: row.sent_by_role,
  };
}

export function reportOf<J>(row: ReportRow<J>, json: (value: J) => unknown): StoredReport | null {
  const summary = reportSummaryOf(row, json);
  if (!summary) return null;
  return { ...summary, byRw: json(row.by_rw) as StoredReport["byRw"], sentByJti: row.sent_by_jti, sendId: row.send_id };
}

export function auditOf(row: AuditRow): AuditRecord {
  return {
    seq: row.seq,
    at: row.at,
    jti: row.jti,
    role: row.role === null || row.role === "relay" || isRole(row.role) ? (row.role as AuditRecord["role"]) : null,
    agency: row.agency,
    bytes: row.bytes,
    ...decodeAuditIds(row.ids === null ? null : new Uint8Array(row.ids)),
  };
}

/** A write from outside the rooms (the demo seed, the operator's tools): the relay's own, now. */
export const operatorAudit = (): UpdateAudit => ({ at: Date.now(), jti: null, role: "relay", agency: null, ids: new Uint8Array(0) });

export function toBuffer(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
