import type { InviteRecord, RelayStorage, StoredRoom, StoredUpdate } from "./types.ts";

/** In-memory storage: for unit tests and throwaway demos. Nothing survives the process. */
export class MemoryStorage implements RelayStorage {
  private seq = 0;
  private readonly updates = new Map<string, StoredUpdate[]>();
  private readonly snapshots = new Map<string, { data: Uint8Array; uptoSeq: number }>();
  private readonly invites = new Map<string, InviteRecord>();
  private closed = false;

  loadRoom(room: string): StoredRoom {
    this.assertOpen();
    const snap = this.snapshots.get(room);
    return {
      snapshot: snap ? snap.data.slice() : null,
      snapshotUptoSeq: snap?.uptoSeq ?? 0,
      updates: (this.updates.get(room) ?? []).map((u) => ({ seq: u.seq, data: u.data.slice() })),
    };
  }

  appendUpdate(room: string, data: Uint8Array): number {
    this.assertOpen();
    const seq = ++this.seq;
    const list = this.updates.get(room) ?? [];
    list.push({ seq, data: data.slice() });
    this.updates.set(room, list);
    return seq;
  }

  compact(room: string, snapshot: Uint8Array, uptoSeq: number): void {
    this.assertOpen();
    this.snapshots.set(room, { data: snapshot.slice(), uptoSeq });
    const rest = (this.updates.get(room) ?? []).filter((u) => u.seq > uptoSeq);
    if (rest.length > 0) this.updates.set(room, rest);
    else this.updates.delete(room);
  }

  createInvite(invite: InviteRecord): void {
    this.assertOpen();
    if (this.invites.has(invite.jti)) throw new Error("duplicate jti");
    this.invites.set(invite.jti, { ...invite });
  }

  listInvites(workspace: string): InviteRecord[] {
    this.assertOpen();
    return [...this.invites.values()]
      .filter((i) => i.workspace === workspace)
      .sort((a, b) => a.createdAt - b.createdAt || a.jti.localeCompare(b.jti))
      .map((i) => ({ ...i }));
  }

  revokeInvite(workspace: string, jti: string, atSeconds: number): boolean {
    this.assertOpen();
    const invite = this.invites.get(jti);
    if (!invite || invite.workspace !== workspace) return false;
    invite.revokedAt ??= atSeconds;
    return true;
  }

  isRevoked(jti: string): boolean {
    this.assertOpen();
    return this.invites.get(jti)?.revokedAt != null;
  }

  close(): void {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("storage closed");
  }
}
