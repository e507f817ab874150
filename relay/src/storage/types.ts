import type { ReportIndicator, Role, SentReport } from "@shared/model/index.ts";

/**
 * What the relay needs from a store: `RoomStore` for the rooms' documents (the room engines
 * call it, relay/src/rooms/roomEngine.ts) and `RelayStorage` for the rest (invites, the
 * registry, reports) and for the operator's tools.
 *
 * An update is durable before it is relayed or echoed. The room engine holds every byte it
 * would send about an update until the store has committed it, and commits a burst of
 * updates (many rooms' at once) as one commit: one transaction, or on SQLite one append to the
 * engine's update journal (updateJournal.ts), as durable against a kill as a WAL commit. A RoomStore method may answer at once
 * (SQLite, memory: the engine then runs synchronously, with nothing interleaved) or with a
 * promise (a networked database, issue 18): the engine's per-room queue holds what arrives
 * meanwhile, and the same ordering holds.
 */
export interface StoredUpdate {
  /** the room's own sequence number: 1, 2, ... per room, never reused (compaction keeps the snapshot's) */
  seq: number;
  data: Uint8Array;
}

/** Who sent a stored update and when (issue 17, audit): kept with the update, and after compaction without it. */
export interface UpdateAudit {
  /** epoch ms the relay received it */
  at: number;
  /** the sender's token id; null for the relay's own writes (claim confirmations) */
  jti: string | null;
  /** the sender's role, or "relay" */
  role: Role | "relay";
  /** the OPD code of an OPD liaison's token, else null */
  agency: string | null;
  /** the Yjs ids the update inserted and deleted (auditIds.ts), so a change can be traced to its sender after compaction */
  ids: Uint8Array;
}

/** One update for `RoomStore.commit`: its seq is the room's next (the room engine counts them). */
export interface UpdateWrite {
  room: string;
  seq: number;
  data: Uint8Array;
  audit: UpdateAudit;
}

/** An audit row as the lurah's audit view reads it. `role` null: stored before the relay recorded senders (schema 3). */
export interface AuditRecord {
  seq: number;
  at: number;
  jti: string | null;
  role: Role | "relay" | null;
  agency: string | null;
  /** bytes of the stored update */
  bytes: number;
  /** ids inserted, as [client, clock, length] runs */
  inserted: Array<[number, number, number]>;
  /** ids deleted, as [client, clock, length] runs */
  deleted: Array<[number, number, number]>;
}

export interface AuditQuery {
  afterSeq?: number;
  beforeSeq?: number;
  limit?: number;
  newestFirst?: boolean;
}

/** A value now, or later. */
export type Eventually<T> = T | Promise<T>;

/**
 * The rooms' documents. Each room is written by one room engine at a time, which numbers its
 * updates; a write whose (room, seq) exists already fails (two writers of one room are a bug,
 * and the room is reloaded).
 */
export interface RoomStore {
  loadRoom(room: string): Eventually<StoredRoom>;
  /** Stores every write in one transaction, or none. */
  commit(writes: readonly UpdateWrite[]): Eventually<void>;
  /** Atomically stores `snapshot` and deletes the room's updates with seq <= uptoSeq; their audit rows stay. */
  compact(room: string, snapshot: Uint8Array, uptoSeq: number): Eventually<void>;
  /** Housekeeping after compactions: give free pages back to the file system (SQLite: incremental vacuum). */
  maintain?(): Eventually<void>;
  /**
   * A store that journals its commits (SQLite's update journal) makes them visible to every
   * other connection now: called before a room leaves its engine (unloaded, handed over), so the
   * engine that loads it next reads every update.
   */
  flush?(): Eventually<void>;
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

/**
 * Everything else the relay stores. Each method answers at once (SQLite, memory) or with a promise
 * (PostgreSQL, issue 18): callers await (an await of a plain value costs a microtask, nothing more).
 */
export interface RelayStorage {
  loadRoom(room: string): Eventually<StoredRoom>;
  /**
   * Appends one update durably outside the rooms (seeding, the operator's tools); returns its seq,
   * the room's next. Never while a relay holds the room loaded: it numbers the room's updates itself.
   */
  appendUpdate(room: string, data: Uint8Array, audit?: UpdateAudit): Eventually<number>;
  /** Atomically stores `snapshot` and deletes the room's updates with seq <= uptoSeq; their audit rows stay. */
  compact(room: string, snapshot: Uint8Array, uptoSeq: number): Eventually<void>;
  /** Bytes the room's stored document takes (snapshot + updates since): where the relay loads it, and its quota. */
  roomStoredBytes(room: string): Eventually<number>;
  /**
   * Who sent each stored update of a room, in seq order (`newestFirst`: the reverse), with seq between
   * `afterSeq` and `beforeSeq` (both exclusive), at most `limit` rows (default 1000).
   */
  listUpdateAudit(room: string, options?: AuditQuery): Eventually<AuditRecord[]>;
  createInvite(invite: InviteRecord): Eventually<void>;
  listInvites(workspace: string): Eventually<InviteRecord[]>;
  /** Marks the invite revoked; false when no invite with that jti exists in that workspace. */
  revokeInvite(workspace: string, jti: string, atSeconds: number): Eventually<boolean>;
  isRevoked(jti: string): Eventually<boolean>;
  /** The invite with that jti, in any workspace, or null (a token minted without a record: tests). */
  getInvite(jti: string): Eventually<InviteRecord | null>;
  /**
   * Every workspace id (or district space) the store holds anything of: documents, invites, registrations.
   * The relay seeds its demo workspace only where there is nothing else (issue 17, item 11).
   */
  knownWorkspaces(): Eventually<string[]>;
  /**
   * A write the store must be able to make (a small committed transaction that changes nothing), for
   * `/healthz`; throws when it cannot (read-only file system, I/O error, a closed store).
   */
  probeWrite(): Eventually<void>;
  /** Registers a workspace, or changes its kode wilayah or name (reports already received keep theirs). */
  registerWorkspace(record: { id: string; kodeWilayah: string; name: string }, atMs: number): Eventually<WorkspaceRecord>;
  getWorkspace(id: string): Eventually<WorkspaceRecord | null>;
  /** Registered workspaces whose kode wilayah lies under `prefix` segment-wise (null: all), by kode then id. */
  listWorkspaces(prefix: string | null): Eventually<WorkspaceRecord[]>;
  /**
   * Keeps a new version of a month's report (version = the month's highest + 1). A `sendId` the workspace
   * already used returns that stored version instead (`duplicate: true`): a device's retry, not a resend.
   */
  appendReport(report: Omit<StoredReport, "version">): Eventually<{ report: StoredReport; duplicate: boolean }>;
  /** Every version a workspace sent, for one month or all (null), by month then version. */
  listReportVersions(workspace: string, month: string | null): Eventually<StoredReport[]>;
  /** The current version of each (village, month) from `fromMonth` to `toMonth`, whose bound kode lies under `prefix`. */
  currentReports(prefix: string, fromMonth: string, toMonth: string): Eventually<ReportSummary[]>;
  close(): Eventually<void>;
}
