import type { ReportIndicator, Role, SentReport } from "@shared/model/index.ts";

/**
 * What the relay needs from a store. Synchronous on purpose: an update must be
 * durable before it is relayed or echoed, and a synchronous append (better-sqlite3)
 * keeps that ordering trivial. A networked backend (PostgreSQL) would need an async
 * variant with a per-room queue; this interface is the seam for it.
 */
export interface StoredUpdate {
  seq: number;
  data: Uint8Array;
}

export interface StoredRoom {
  /** Y.encodeStateAsUpdate of the room at `snapshotUptoSeq`, or null before the first compaction */
  snapshot: Uint8Array | null;
  snapshotUptoSeq: number;
  /** updates appended after the snapshot, in seq order */
  updates: StoredUpdate[];
}

/** An invite (access token) the relay minted. The token string itself is never stored. */
export interface InviteRecord {
  jti: string;
  workspace: string;
  role: Role;
  opd: string | null;
  /** role district only: the kode wilayah prefix the token reads under (its workspace is the district's space) */
  wilayah: string | null;
  /** the invitee's display name, as typed by the lurah: who sends with this jti (a v 2 token carries no name) */
  label: string | null;
  /** the jti of the token that minted this one (its revocation revokes this); null: the relay operator (CLI, demo) */
  mintedBy: string | null;
  /** seconds since epoch */
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
}

/**
 * A village workspace as the relay operator registered it (`npm run workspace`): which kode wilayah it
 * reports under. Set at the relay, never by the lurah: it decides which district reads the village's reports.
 */
export interface WorkspaceRecord {
  id: string;
  /** PP.KK.CC.DDDD */
  kodeWilayah: string;
  name: string;
  /** epoch ms */
  registeredAt: number;
  updatedAt: number;
}

export type ReportNumbers = Partial<Record<ReportIndicator, number | null>>;

/** One received version of a village's monthly report, bound to the registration at the time it arrived. */
export interface StoredReport {
  workspace: string;
  month: string;
  /** 1, 2, ... per (workspace, month): every version is kept, the highest is current */
  version: number;
  kodeWilayah: string;
  villageName: string;
  indicators: ReportNumbers;
  byRw: SentReport["byRw"];
  /** epoch ms */
  receivedAt: number;
  sentByRole: Role;
  /** the sender's jti prefix (6 characters), never a name */
  sentByJti: string;
  /** the device's id for this send, so a retry after a lost answer is not a second version */
  sendId: string | null;
}

/** What a district's overview needs of a current report: the village's numbers, not its RWs. */
export type ReportSummary = Omit<StoredReport, "byRw" | "sendId" | "sentByJti">;

export interface RelayStorage {
  loadRoom(room: string): StoredRoom;
  /** Appends one update durably; returns its seq (increasing across the whole store). */
  appendUpdate(room: string, data: Uint8Array): number;
  /** Atomically stores `snapshot` and deletes the room's updates with seq <= uptoSeq. */
  compact(room: string, snapshot: Uint8Array, uptoSeq: number): void;
  createInvite(invite: InviteRecord): void;
  listInvites(workspace: string): InviteRecord[];
  /** Marks the invite revoked; false when no invite with that jti exists in that workspace. */
  revokeInvite(workspace: string, jti: string, atSeconds: number): boolean;
  isRevoked(jti: string): boolean;
  /** The invite with that jti, in any workspace, or null (a token minted without a record: tests). */
  getInvite(jti: string): InviteRecord | null;
  /**
   * Every workspace id (or district space) the store holds anything of: documents, invites, registrations.
   * The relay seeds its demo workspace only where there is nothing else (issue 17, item 11).
   */
  knownWorkspaces(): string[];
  /**
   * A write the store must be able to make (a small committed transaction that changes nothing), for
   * `/healthz`; throws when it cannot (read-only file system, I/O error, a closed store).
   */
  probeWrite(): void;
  /** Registers a workspace, or changes its kode wilayah or name (reports already received keep theirs). */
  registerWorkspace(record: { id: string; kodeWilayah: string; name: string }, atMs: number): WorkspaceRecord;
  getWorkspace(id: string): WorkspaceRecord | null;
  /** Registered workspaces whose kode wilayah lies under `prefix` segment-wise (null: all), by kode then id. */
  listWorkspaces(prefix: string | null): WorkspaceRecord[];
  /**
   * Keeps a new version of a month's report (version = the month's highest + 1). A `sendId` the workspace
   * already used returns that stored version instead (`duplicate: true`): a device's retry, not a resend.
   */
  appendReport(report: Omit<StoredReport, "version">): { report: StoredReport; duplicate: boolean };
  /** Every version a workspace sent, for one month or all (null), by month then version. */
  listReportVersions(workspace: string, month: string | null): StoredReport[];
  /** The current version of each (village, month) from `fromMonth` to `toMonth`, whose bound kode lies under `prefix`. */
  currentReports(prefix: string, fromMonth: string, toMonth: string): ReportSummary[];
  close(): void;
}
