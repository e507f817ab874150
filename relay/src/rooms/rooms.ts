import type { WebSocket } from "ws";
import { canWrite, roomName, type DocKind, type TokenPayload } from "@shared/model/index.ts";
import { errorText, jtiPrefix, type Logger } from "../log.ts";
import type { RelayStorage, RoomStore } from "../storage/types.ts";
import {
  CLOSE_GOING_AWAY, CLOSE_MALFORMED, CLOSE_STORAGE_FAILED, CLOSE_TOKEN_INVALID, CLOSE_TOO_BIG, CLOSE_TOO_OFTEN,
  REASON_EXPIRED, REASON_MALFORMED, REASON_STORAGE_FAILED, REASON_TOO_BIG, REASON_TOO_OFTEN,
} from "./closeCodes.ts";
import type { CompactionPolicy } from "./compactionPolicy.ts";
import { Connection } from "./connection.ts";
import type { ConnInfo, InEvent, OutEvent } from "./engineProtocol.ts";
import { LocalEngine, WorkerEngine, type EngineHandle, type WorkerStoreSpec } from "./engines.ts";
import { MESSAGE_AWARENESS, MESSAGE_SYNC, SYNC_STEP1 } from "./messages.ts";
import { quotasFor } from "./quotas.ts";
import { binaryFrame } from "./wsFrame.ts";
import { socketsWithSeveralFrames } from "./batchSends.ts";

export interface RoomsOptions {
  /** the main thread's store: invites and the like, and the rooms of the main thread's engine */
  storage: RelayStorage & RoomStore;
  log: Logger;
  compaction: CompactionPolicy;
  /** an idle room (no connection) is unloaded this long after its last connection left */
  unloadDelayMs: number;
  /** every connection is pinged this often; one that showed no sign of life since the last ping is dropped */
  heartbeatMs: number;
  /** bytes a connection may have queued (a reader too slow, or gone) before it is cut */
  maxQueuedBytes: number;
  /** estimated memory of loaded rooms above which the least recently used idle ones are unloaded */
  memoryBudgetBytes: number;
  /** a room with connections but no sync message for this long counts as idle for the memory budget */
  idleAfterMs: number;
  /** rooms whose stored document is at least this big are loaded in a worker thread */
  heavyRoomBytes: number;
  /** a frame this big for a room on the main thread moves the room to a worker first */
  heavyFrameBytes: number;
  /** at most this many worker threads (0: every room on the main thread) */
  maxWorkers: number;
  /** how a worker opens the store (the SQLite file); null: no workers */
  workerStore: WorkerStoreSpec | null;
  /** a worker thread ended (stopped or failed): its journal, if it left one, is replayed into the store now */
  onWorkerGone?: (worker: string) => void;
  /** a room left this process (unloaded, or lost with its worker): with several processes, its ownership is released */
  onRoomGone?: (room: string) => void;
  /** start one worker at once, so the first big room does not wait for a thread to boot */
  prestartWorker: boolean;
}

/** A room as the main thread knows it: where it lives, who is connected, what it costs. */
interface Entry {
  name: string;
  kind: DocKind;
  engine: EngineHandle;
  conns: Set<Connection>;
  /** its document is in memory (the engine says so) */
  loaded: boolean;
  memoryBytes: number;
  /** last sync message (awareness renewals do not count: a room of idle connections stays idle) */
  lastActive: number;
  unloadTimer: NodeJS.Timeout | null;
  /** an unload was asked and not answered yet */
  unloading: boolean;
  /** events held while the room moves to another engine */
  moving: InEvent[] | null;
  moveTarget: EngineHandle | null;
}

/**
 * The registry of rooms and live connections, on the main thread. It owns the sockets: the
 * rate quotas, the heartbeat, the bound on what a slow reader may have queued, revocation
 * and expiry. Rooms live in room engines (roomEngine.ts): small ones on this thread, big ones
 * in worker threads, so a 20,000-household roster's load, compaction or import does not
 * stall the other villages. It keeps the loaded rooms within a memory budget by unloading
 * the least recently used idle ones.
 */
export class Rooms {
  private readonly options: RoomsOptions;
  private readonly log: Logger;
  private readonly entries = new Map<string, Entry>();
  private readonly conns = new Map<number, Connection>();
  private readonly byJti = new Map<string, Set<Connection>>();
  private readonly local: LocalEngine;
  private readonly workers: WorkerEngine[] = [];
  private readonly workerIdle = new Map<WorkerEngine, NodeJS.Timeout>();
  private readonly heartbeat: NodeJS.Timeout;
  private nextConnId = 1;
  private lastBeat = Date.now();
  private nextWorker = 1;
  droppedUpdates = 0;

  constructor(options: RoomsOptions) {
    this.options = options;
    this.log = options.log;
    const storage = options.storage as RelayStorage & RoomStore & { setMaxPageCount?: (pages: number) => void };
    this.local = new LocalEngine(options.storage, options.compaction, this.onOutput, storage.setMaxPageCount?.bind(storage));
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs);
    this.heartbeat.unref();
    if (options.prestartWorker) this.worker();
  }

  /** Rooms whose document is in memory. */
  get roomCount(): number {
    let n = 0;
    for (const entry of this.entries.values()) if (entry.loaded) n++;
    return n;
  }

  get connectionCount(): number {
    return this.conns.size;
  }

  get workerCount(): number {
    return this.workers.length;
  }

  /** Attaches an authenticated socket to its room; the upgrade already checked token and role. */
  join(socket: WebSocket, token: TokenPayload, workspaceId: string, doc: DocKind): void {
    const name = roomName(workspaceId, doc);
    const conn = new Connection(this.nextConnId++, socket, token, name, doc, canWrite(token.role, doc), quotasFor(token.role, doc), this.options.maxQueuedBytes, this.onSlowReader);
    const entry = this.entries.get(name) ?? this.place(name, doc);
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
    entry.unloading = false;
    entry.lastActive = Date.now();
    entry.conns.add(conn);
    this.conns.set(conn.id, conn);
    this.track(conn);
    socket.on("message", (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => this.onFrame(entry, conn, data, isBinary));
    socket.on("pong", () => (conn.alive = true));
    socket.on("error", (error) => {
      // ws reports oversize frames (and closes with 1009) and protocol errors here.
      this.log.warn("connection.socket_error", { ...fieldsOf(conn), error: errorText(error) });
    });
    socket.on("close", () => this.left(entry, conn));
    this.post(entry, { t: "attach", room: name, conn: infoOf(conn), greet: true });
    this.log.debug("connection.open", { ...fieldsOf(conn), write: conn.canWrite });
  }

  /** Closes every live socket that authenticated with `jti`. */
  closeJti(jti: string, code: number, reason: string): number {
    const conns = [...(this.byJti.get(jti) ?? [])];
    for (const conn of conns) conn.close(code, reason);
    if (conns.length > 0) this.log.info("connection.closed_by_token", { jti: jtiPrefix(jti), count: conns.length, code });
    return conns.length;
  }

  closeExpired(nowSeconds: number): void {
    for (const [jti, conns] of this.byJti) {
      const first = conns.values().next().value;
      if (first && first.token.exp <= nowSeconds) this.closeJti(jti, CLOSE_TOKEN_INVALID, REASON_EXPIRED);
    }
  }

  /** Test and operations knob: caps every connection's database size (SQLITE_FULL past it). */
  setMaxPageCount(pages: number): void {
    this.local.post({ t: "max-page-count", pages });
    for (const worker of this.workers) worker.post({ t: "max-page-count", pages });
  }

  /** Shutdown: each engine compacts what is worth it and forgets its rooms, then every socket is closed (clients retry). */
  async closeAll(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const timer of this.workerIdle.values()) clearTimeout(timer);
    for (const entry of this.entries.values()) if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    await Promise.all([this.local.shutdown(), ...this.workers.map((w) => w.shutdown())]);
    for (const conn of this.conns.values()) conn.close(CLOSE_GOING_AWAY, "relay berhenti");
    this.entries.clear();
  }

  // ---- placement ---------------------------------------------------------------------

  /**
   * A room not in memory: big ones (by what is stored) go to a worker, the rest stay on this
   * thread. A store that answers later (PostgreSQL) is asked the same; the room's events wait
   * meanwhile, in order, as while a room moves.
   */
  private place(name: string, kind: DocKind): Entry {
    const entry: Entry = { name, kind, engine: this.local, conns: new Set(), loaded: false, memoryBytes: 0, lastActive: Date.now(), unloadTimer: null, unloading: false, moving: null, moveTarget: null };
    this.entries.set(name, entry);
    if (!this.options.workerStore) return entry;
    let stored: number | Promise<number> = 0;
    try {
      stored = this.options.storage.roomStoredBytes(name);
    } catch {
      // the engine's load will say what is wrong
    }
    if (typeof stored === "number") {
      this.settle(entry, stored);
      return entry;
    }
    entry.moving = [];
    const placed = (bytes: number) => {
      const held = entry.moving ?? [];
      entry.moving = null;
      this.settle(entry, bytes);
      for (const event of held) entry.engine.post(event);
    };
    stored.then(placed, () => placed(0));
    return entry;
  }

  /** Puts a room on its engine by its stored size (a worker for a big one, when one can be had). */
  private settle(entry: Entry, storedBytes: number): void {
    if (storedBytes >= this.options.heavyRoomBytes) entry.engine = this.worker() ?? this.local;
    this.keepWorker(entry.engine);
  }

  /** A worker for a big room: an empty one first, a new one while under the limit, else the one holding the least. */
  private worker(): WorkerEngine | null {
    if (!this.options.workerStore || this.options.maxWorkers <= 0) return null;
    const load = new Map<EngineHandle, number>(this.workers.map((w) => [w, 0]));
    for (const entry of this.entries.values()) if (load.has(entry.engine)) load.set(entry.engine, load.get(entry.engine)! + 1 + entry.memoryBytes / 1e6);
    const empty = this.workers.find((w) => load.get(w) === 0);
    if (empty) return empty;
    if (this.workers.length < this.options.maxWorkers) {
      const worker = new WorkerEngine(`rooms-${this.nextWorker++}`, this.options.workerStore, this.options.compaction, this.onOutput, this.onWorkerExit, (w) => this.options.onWorkerGone?.(w.name));
      this.workers.push(worker);
      this.log.info("relay.worker_started", { worker: worker.name });
      return worker;
    }
    return [...this.workers].sort((a, b) => load.get(a)! - load.get(b)!)[0]!;
  }

  /** A worker holding no room is stopped after a while (its memory comes back). */
  private keepWorker(engine: EngineHandle): void {
    if (!(engine instanceof WorkerEngine)) return;
    const timer = this.workerIdle.get(engine);
    if (timer) clearTimeout(timer);
    this.workerIdle.delete(engine);
  }

  private releaseWorkerIfEmpty(engine: EngineHandle): void {
    if (!(engine instanceof WorkerEngine) || this.workerIdle.has(engine)) return;
    // the first worker stays (it was started so that big rooms need not wait for one)
    if (this.options.prestartWorker && this.workers[0] === engine) return;
    for (const entry of this.entries.values()) if (entry.engine === engine || entry.moveTarget === engine) return;
    const timer = setTimeout(() => {
      this.workerIdle.delete(engine);
      for (const entry of this.entries.values()) if (entry.engine === engine || entry.moveTarget === engine) return;
      const at = this.workers.indexOf(engine);
      if (at >= 0) this.workers.splice(at, 1);
      this.log.info("relay.worker_stopped", { worker: engine.name });
      void engine.shutdown();
    }, Math.max(this.options.unloadDelayMs, 5_000));
    timer.unref();
    this.workerIdle.set(engine, timer);
  }

  /** Moves a room from the main thread to a worker before an import-sized frame is applied. */
  private move(entry: Entry, target: EngineHandle): void {
    entry.moving = [];
    entry.moveTarget = target;
    this.keepWorker(target);
    this.log.info("room.moving", { ...fieldsOfRoom(entry.name), to: target.name });
    entry.engine.post({ t: "evict", room: entry.name });
  }

  private moved(entry: Entry, awareness: Uint8Array | null, owners: Array<[number, number[]]>): void {
    const target = entry.moveTarget;
    if (!target || !entry.moving) return;
    entry.engine = target;
    entry.moveTarget = null;
    entry.loaded = false;
    const conns: ConnInfo[] = [];
    for (const [id, ids] of owners) {
      const conn = this.conns.get(id);
      if (conn && !conn.closing) conns.push({ ...infoOf(conn), awarenessIds: ids });
    }
    const held = entry.moving;
    entry.moving = null;
    target.post({ t: "adopt", room: entry.name, conns, awareness });
    for (const event of held) target.post(event);
  }

  // ---- messages ----------------------------------------------------------------------

  private post(entry: Entry, event: InEvent): void {
    if (entry.moving) entry.moving.push(event);
    else entry.engine.post(event);
  }

  private onFrame(entry: Entry, conn: Connection, data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void {
    if (conn.closing) return;
    conn.alive = true;
    if (!isBinary) {
      this.log.warn("connection.malformed", { ...fieldsOf(conn), why: "text_frame" });
      conn.close(CLOSE_MALFORMED, REASON_MALFORMED);
      return;
    }
    const frame = toBytes(data);
    if (!this.withinRates(conn, frame)) return;
    if (frame[0] === MESSAGE_SYNC) entry.lastActive = Date.now();
    if (frame.length >= this.options.heavyFrameBytes && !entry.engine.inWorker && !entry.moving) {
      const target = this.worker();
      if (target) this.move(entry, target);
    }
    this.post(entry, { t: "frame", conn: conn.id, data: frame });
  }

  /** Per-connection quotas checked before a message reaches a room: sizes and rates (quotas.ts). */
  private withinRates(conn: Connection, frame: Uint8Array): boolean {
    const q = conn.quotas;
    const now = Date.now();
    if (frame[0] === MESSAGE_SYNC) {
      if (frame[1] === SYNC_STEP1) return conn.syncRequests.take(1, now) || this.overQuota(conn, "sync_requests_per_second", CLOSE_TOO_OFTEN);
      if (frame.length > q.updateBytes + 16) return this.overQuota(conn, "update_bytes", CLOSE_TOO_BIG, frame.length, q.updateBytes);
      if (!conn.updates.take(1, now)) return this.overQuota(conn, "updates_per_second", CLOSE_TOO_OFTEN);
      if (!conn.updateBytes.take(frame.length, now)) return this.overQuota(conn, "update_bytes_per_second", CLOSE_TOO_OFTEN);
      return true;
    }
    if (frame[0] === MESSAGE_AWARENESS) {
      if (frame.length > q.awarenessBytes) return this.overQuota(conn, "awareness_bytes", CLOSE_TOO_BIG, frame.length, q.awarenessBytes);
      if (!conn.awareness.take(1, now)) return this.overQuota(conn, "awareness_per_second", CLOSE_TOO_OFTEN);
    }
    return true;
  }

  private overQuota(conn: Connection, quota: string, code: number, value?: number, limit?: number): false {
    this.droppedUpdates++;
    this.log.warn("quota.exceeded", { ...fieldsOf(conn), quota, value, limit });
    conn.close(code, code === CLOSE_TOO_BIG ? REASON_TOO_BIG : REASON_TOO_OFTEN);
    return false;
  }

  private readonly onOutput = (engine: EngineHandle, events: OutEvent[]): void => {
    // A batch's frames for one socket leave in one write (a busy room's echoes and relays), not one each:
    // such a socket is corked until the batch is out. A socket that gets one frame (updates of many rooms
    // in one batch, a district's fan-out) is written at once: a cork would only add a buffered write.
    const corked: Connection[] = [];
    const several = events.length > 1 ? socketsWithSeveralFrames(events) : null;
    for (const event of events) {
      switch (event.t) {
        case "send": {
          // framed once for every recipient (ws would frame it again for each)
          const framed = binaryFrame(event.frame);
          for (const id of event.to) {
            const conn = this.conns.get(id);
            if (!conn) continue;
            if (several?.has(id) && conn.cork()) corked.push(conn);
            conn.send(framed, event.frame);
          }
          break;
        }
        case "close":
          this.conns.get(event.conn)?.close(event.code, event.reason);
          break;
        case "log":
          this.log[event.level](event.event, event.fields);
          break;
        case "dropped":
          this.droppedUpdates++;
          break;
        case "room": {
          const entry = this.entries.get(event.room);
          if (!entry || entry.engine !== engine) break;
          entry.loaded = event.loaded;
          entry.memoryBytes = event.loaded ? event.memoryBytes : 0;
          if (!event.loaded) entry.unloading = false;
          if (event.loaded) this.keepWithinBudget();
          break;
        }
        case "unloaded":
        case "discarded": {
          const entry = this.entries.get(event.room);
          if (!entry || entry.engine !== engine || entry.moving) break;
          entry.loaded = false;
          entry.memoryBytes = 0;
          entry.unloading = false;
          if (entry.conns.size === 0) this.forget(entry);
          break;
        }
        case "evicted": {
          const entry = this.entries.get(event.room);
          if (entry && entry.engine === engine) this.moved(entry, event.awareness, event.owners);
          break;
        }
        case "shutdown-done":
        case "flushed":
          break;
      }
    }
    for (const conn of corked) conn.uncork();
  };

  // ---- connections leaving, heartbeat, memory ----------------------------------------

  private left(entry: Entry, conn: Connection): void {
    if (!this.conns.delete(conn.id)) return;
    this.untrack(conn);
    entry.conns.delete(conn);
    this.post(entry, { t: "detach", conn: conn.id });
    if (entry.conns.size > 0) return;
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = setTimeout(() => this.unloadIdle(entry), this.options.unloadDelayMs);
    entry.unloadTimer.unref();
  }

  private unloadIdle(entry: Entry): void {
    entry.unloadTimer = null;
    if (entry.conns.size > 0 || this.entries.get(entry.name) !== entry) return;
    entry.unloading = true;
    this.post(entry, { t: "unload", room: entry.name, why: "idle" });
  }

  private forget(entry: Entry): void {
    if (this.entries.get(entry.name) === entry) {
      this.entries.delete(entry.name);
      this.options.onRoomGone?.(entry.name);
    }
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    this.releaseWorkerIfEmpty(entry.engine);
  }

  /**
   * Resolves once the room's committed updates can be read from the database by the main thread's
   * connection (the audit trail): a room in a worker has its journal folded first (up to 5 s
   * otherwise); a room here, or not held, at once. A room moving to a worker has committed nothing
   * there yet (its events wait for the hand-over): its engine is still the one it leaves.
   */
  settled(name: string): Promise<void> {
    return this.entries.get(name)?.engine.settled() ?? Promise.resolve();
  }

  /** Whether this process holds the room (loaded, loading or waiting to unload). */
  hasRoom(name: string): boolean {
    return this.entries.has(name);
  }

  /** Closes every socket of a room (its ownership was lost: the clients reconnect and find the room's new owner). */
  closeRoom(name: string, code: number, reason: string): void {
    const entry = this.entries.get(name);
    if (!entry) return;
    for (const conn of [...entry.conns]) conn.close(code, reason);
  }

  /**
   * Pings every connection; one that showed no sign of life since the last ping (no pong, no
   * message, and not even a byte of its queue drained) is a peer gone without closing (a
   * phone that left the network): it is dropped, so its room can unload.
   */
  private beat(): void {
    // rooms grow idle as time passes: the budget is checked on every beat too
    this.keepWithinBudget();
    // After a stall of this thread (a busy machine), timers run before the sockets are read:
    // the pongs that arrived meanwhile are still unread, so nobody is judged on this beat.
    const now = Date.now();
    const stalled = now - this.lastBeat > this.options.heartbeatMs * 1.5;
    this.lastBeat = now;
    for (const conn of this.conns.values()) {
      const queued = conn.queued;
      const draining = queued < conn.queuedAtHeartbeat;
      if (!conn.alive && !draining && !stalled) {
        this.log.info("connection.dead", { ...fieldsOf(conn), queued });
        conn.terminate();
        continue;
      }
      conn.alive = false;
      conn.queuedAtHeartbeat = queued;
      try {
        conn.socket.ping();
      } catch {
        // not open: its close event cleans up
      }
    }
  }

  private readonly onSlowReader = (conn: Connection, queued: number): void => {
    this.log.warn("connection.slow_reader", { ...fieldsOf(conn), queued, limit: this.options.maxQueuedBytes });
  };

  /**
   * Over the memory budget, the least recently used idle rooms are unloaded: first those
   * without connections, then documents whose connections sent no sync message for
   * `idleAfterMs` (their connections stay; the next sync message loads the document again).
   */
  private keepWithinBudget(): void {
    let total = 0;
    for (const entry of this.entries.values()) if (entry.loaded && !entry.unloading) total += entry.memoryBytes;
    if (total <= this.options.memoryBudgetBytes) return;
    const now = Date.now();
    const candidates = [...this.entries.values()]
      .filter((e) => e.loaded && !e.unloading && !e.moving && (e.conns.size === 0 || now - e.lastActive >= this.options.idleAfterMs))
      .sort((a, b) => Number(a.conns.size > 0) - Number(b.conns.size > 0) || a.lastActive - b.lastActive);
    for (const entry of candidates) {
      if (total <= this.options.memoryBudgetBytes) break;
      total -= entry.memoryBytes;
      entry.unloading = true;
      this.log.info("room.unload_for_memory", { ...fieldsOfRoom(entry.name), bytes: entry.memoryBytes, connections: entry.conns.size });
      this.post(entry, { t: "unload", room: entry.name, why: entry.conns.size === 0 ? "idle" : "memory" });
    }
  }

  private readonly onWorkerExit = (engine: WorkerEngine, error: unknown): void => {
    const at = this.workers.indexOf(engine);
    if (at < 0) return;
    this.workers.splice(at, 1);
    this.log.error("relay.worker_failed", { worker: engine.name, error: errorText(error) });
    // its rooms are gone: their clients reconnect, and the rooms load again elsewhere
    for (const entry of [...this.entries.values()]) {
      if (entry.engine !== engine && entry.moveTarget !== engine) continue;
      for (const conn of entry.conns) conn.close(CLOSE_STORAGE_FAILED, REASON_STORAGE_FAILED);
      entry.conns.clear();
      this.entries.delete(entry.name);
      this.options.onRoomGone?.(entry.name);
    }
  };

  private track(conn: Connection): void {
    let set = this.byJti.get(conn.token.jti);
    if (!set) this.byJti.set(conn.token.jti, (set = new Set()));
    set.add(conn);
  }

  private untrack(conn: Connection): void {
    const set = this.byJti.get(conn.token.jti);
    if (!set) return;
    set.delete(conn);
    if (set.size === 0) this.byJti.delete(conn.token.jti);
  }
}

function infoOf(conn: Connection): ConnInfo {
  return { id: conn.id, token: conn.token, canWrite: conn.canWrite, quotas: conn.quotas };
}

function fieldsOfRoom(name: string): { ws: string; doc: string } {
  const [ws = "?", doc = "?"] = name.split("/");
  return { ws, doc };
}

function fieldsOf(conn: Connection): { ws: string; doc: string; role: string; jti: string } {
  return { ...fieldsOfRoom(conn.room), role: conn.token.role, jti: jtiPrefix(conn.token.jti) };
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
