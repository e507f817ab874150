import type { Role } from "@shared/model/index.ts";

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
  /** the invitee's display name, as typed by the lurah */
  label: string | null;
  /** seconds since epoch */
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
}

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
  close(): void;
}
