import { wilayahWithin } from "@shared/rules/wilayah.ts";
import type { InviteRecord, RelayStorage, ReportSummary, StoredReport, StoredRoom, StoredUpdate, WorkspaceRecord } from "./types.ts";

/** In-memory storage: for unit tests and throwaway demos. Nothing survives the process. */
export class MemoryStorage implements RelayStorage {
  private seq = 0;
  private readonly updates = new Map<string, StoredUpdate[]>();
  private readonly snapshots = new Map<string, { data: Uint8Array; uptoSeq: number }>();
  private readonly invites = new Map<string, InviteRecord>();
  private readonly workspaces = new Map<string, WorkspaceRecord>();
  private readonly reports: StoredReport[] = [];
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

  getInvite(jti: string): InviteRecord | null {
    this.assertOpen();
    const invite = this.invites.get(jti);
    return invite ? { ...invite } : null;
  }

  knownWorkspaces(): string[] {
    this.assertOpen();
    const ids = new Set<string>();
    for (const room of [...this.updates.keys(), ...this.snapshots.keys()]) if (room.includes("/")) ids.add(room.slice(0, room.indexOf("/")));
    for (const i of this.invites.values()) ids.add(i.workspace);
    for (const w of this.workspaces.keys()) ids.add(w);
    for (const r of this.reports) ids.add(r.workspace);
    return [...ids].filter((id) => id.length > 0).sort();
  }

  probeWrite(): void {
    this.assertOpen();
  }

  registerWorkspace(record: { id: string; kodeWilayah: string; name: string }, atMs: number): WorkspaceRecord {
    this.assertOpen();
    const known = this.workspaces.get(record.id);
    const next: WorkspaceRecord = { ...record, registeredAt: known?.registeredAt ?? atMs, updatedAt: atMs };
    this.workspaces.set(record.id, next);
    return { ...next };
  }

  getWorkspace(id: string): WorkspaceRecord | null {
    this.assertOpen();
    const w = this.workspaces.get(id);
    return w ? { ...w } : null;
  }

  listWorkspaces(prefix: string | null): WorkspaceRecord[] {
    this.assertOpen();
    return [...this.workspaces.values()]
      .filter((w) => prefix === null || wilayahWithin(w.kodeWilayah, prefix))
      .sort((a, b) => (a.kodeWilayah < b.kodeWilayah ? -1 : a.kodeWilayah > b.kodeWilayah ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((w) => ({ ...w }));
  }

  appendReport(report: Omit<StoredReport, "version">): { report: StoredReport; duplicate: boolean } {
    this.assertOpen();
    const known = report.sendId === null ? undefined : this.reports.find((r) => r.workspace === report.workspace && r.sendId === report.sendId);
    if (known) return { report: structuredClone(known), duplicate: true };
    const version = 1 + Math.max(0, ...this.reports.filter((r) => r.workspace === report.workspace && r.month === report.month).map((r) => r.version));
    const stored: StoredReport = structuredClone({ ...report, version });
    this.reports.push(stored);
    return { report: structuredClone(stored), duplicate: false };
  }

  listReportVersions(workspace: string, month: string | null): StoredReport[] {
    this.assertOpen();
    return this.reports
      .filter((r) => r.workspace === workspace && (month === null || r.month === month))
      .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.version - b.version))
      .map((r) => structuredClone(r));
  }

  currentReports(prefix: string, fromMonth: string, toMonth: string): ReportSummary[] {
    this.assertOpen();
    const current = new Map<string, StoredReport>();
    for (const r of this.reports) {
      const key = `${r.workspace}\u0000${r.month}`;
      if ((current.get(key)?.version ?? 0) < r.version) current.set(key, r);
    }
    const key = (r: StoredReport) => `${r.kodeWilayah}\u0000${r.workspace}\u0000${r.month}`;
    return [...current.values()]
      .filter((r) => wilayahWithin(r.kodeWilayah, prefix) && r.month >= fromMonth && r.month <= toMonth)
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
      .map(({ byRw: _byRw, sendId: _sendId, sentByJti: _jti, ...summary }) => structuredClone(summary));
  }

  close(): void {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("storage closed");
  }
}
