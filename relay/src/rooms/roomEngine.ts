import type { LogFields, Logger } from "../log.ts";
import { errorText } from "../log.ts";
import type { RoomStore, StoredRoom, UpdateWrite } from "../storage/types.ts";
import { CLOSE_STORAGE_FAILED, REASON_STORAGE_FAILED, REASON_UNEXPECTED } from "./closeCodes.ts";
import type { CompactionPolicy } from "./compactionPolicy.ts";
import type { ConnInfo, InEvent, OutEvent } from "./engineProtocol.ts";
import { Room, type RoomConn, type RoomHost } from "./room.ts";

/** A room and the events waiting for it (its per-room queue). */
interface Slot {
  room: Room;
  inbox: InEvent[];
  /** its document is being loaded from an asynchronous store */
  loading: boolean;
  /** unload, or hand over, once what is staged is committed */
  pending: "idle" | "memory" | "evict" | null;
  /** estimated memory last reported to the main thread */
  reported: number;
}

/** While folds keep failing, one log line this often (the first failure is logged at once). */
const FLUSH_FAILED_LOG_EVERY_MS = 60_000;

interface Held {
  /** the room the output is about: dropped when that room's commit fails (null: always sent) */
  room: Room | null;
  event: OutEvent;
}

/**
 * Hosts rooms: on the main thread for small rooms, in a worker thread for big ones
 * (roomWorker.ts), with the same code. Events arrive in batches; each room has its own queue
 * (a room whose document is loading holds its events, the others go on). Every update the
 * batch stages is committed in ONE store transaction (group commit), and nothing the batch
 * would send (relays, echoes, step 2 answers, which may show what was staged) leaves before
 * that commit; when it fails, the rooms it carried are closed (1011) and dropped, the others'
 * outputs go out. Compactions, unloads and hand-overs run after the commit, off the path of
 * the messages in the batch.
 *
 * With a store that answers at once (SQLite, memory) all of it is synchronous: nothing
 * interleaves. With a store that answers later (PostgreSQL, issue 18) the engine waits for
 * each commit before the next batch (whatever arrives meanwhile makes the next batch
 * bigger), and each room waits for its own load.
 */
export class RoomEngine implements RoomHost {
  readonly log: Logger;
  private readonly slots = new Map<string, Slot>();
  private readonly conns = new Map<number, { conn: RoomConn; slot: Slot }>();
  private inbox: InEvent[] = [];
  private staged: UpdateWrite[] = [];
  private held: Held[] = [];
  private readonly compactions = new Set<Room>();
  /** rooms with an unload or hand-over waiting for the commit */
  private readonly pendingSlots = new Set<Slot>();
  private scheduled = false;
  private committing = false;
  /** a retry of a failed flush, which rooms wait for before they leave (retryFlushLater) */
  private flushRetry: NodeJS.Timeout | null = null;
  /** folds failing since, attempts so far, last logged (flushFailed) */
  private flushFailing: { since: number; attempts: number; loggedAt: number } | null = null;
  private shuttingDown = false;
  /** `flush` requests to answer after the next commit */
  private flushWaiters: number[] = [];

  constructor(
    private readonly store: RoomStore,
    readonly compaction: CompactionPolicy,
    private readonly emit: (events: OutEvent[]) => void,
    private readonly options: { maxPageCount?: (pages: number) => void; flushRetryMs?: number } = {},
  ) {
    const logAt = (level: "debug" | "info" | "warn" | "error") => (event: string, fields: LogFields = {}) => this.emit([{ t: "log", level, event, fields }]);
    this.log = { debug: logAt("debug"), info: logAt("info"), warn: logAt("warn"), error: logAt("error") };
  }

  get roomCount(): number {
    return this.slots.size;
  }

  /** Events from the main thread; handled on the next turn of the event loop, together with whatever else arrived by then. */
  receive(events: InEvent[]): void {
    for (const event of events) this.inbox.push(event);
    this.schedule();
  }

  /** Handles everything received so far, now (tests drive an engine this way). */
  drainNow(): void {
    this.scheduled = false;
    this.drain();
  }

  private schedule(): void {
    if (this.scheduled || this.committing) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.drain();
    });
  }

  private drain(): void {
    if (this.committing) return;
    const events = this.inbox;
    this.inbox = [];
    const touched = new Set<Slot>();
    for (const event of events) {
      const slot = this.route(event);
      if (slot) touched.add(slot);
    }
    for (const slot of touched) this.pump(slot);
    this.commit();
  }

  /** Puts an event on its room's queue (creating the room for an attach or adopt); engine-wide events are handled here. */
  private route(event: InEvent): Slot | null {
    switch (event.t) {
      case "attach":
      case "adopt": {
        let slot = this.slots.get(event.room);
        if (!slot || slot.room.isDestroyed) {
          slot = { room: new Room(event.room, this), inbox: [], loading: false, pending: null, reported: 0 };
          this.slots.set(event.room, slot);
        }
        const infos = event.t === "attach" ? [event.conn] : event.conns;
        for (const info of infos) this.conns.set(info.id, { conn: roomConn(info), slot });
        slot.inbox.push(event);
        return slot;
      }
      case "frame":
      case "detach": {
        const entry = this.conns.get(event.conn);
        if (!entry) return null;
        entry.slot.inbox.push(event);
        return entry.slot;
      }
      case "unload":
      case "evict": {
        const slot = this.slots.get(event.room);
        if (!slot) {
          // nothing here: answer at once, so the main thread does not wait
          if (event.t === "evict") this.emit([{ t: "evicted", room: event.room, awareness: null, owners: [] }]);
          else if (event.why === "idle") this.emit([{ t: "unloaded", room: event.room }]);
          return null;
        }
        slot.inbox.push(event);
        return slot;
      }
      case "shutdown":
        this.shuttingDown = true;
        return null;
      case "max-page-count":
        this.options.maxPageCount?.(event.pages);
        return null;
      case "flush":
        // answered after this turn's commit (released), so what arrived before it is folded too
        this.flushWaiters.push(event.id);
        return null;
    }
  }

  /** Handles a room's queued events in order; one that needs the document waits for its load. */
  private pump(slot: Slot): void {
    while (slot.inbox.length > 0 && !slot.room.isDestroyed) {
      const event = slot.inbox[0]!;
      if (needsDocument(event) && !slot.room.loaded) {
        if (!this.load(slot)) return; // loading: the rest waits
      }
      slot.inbox.shift();
      this.handle(slot, event);
    }
  }

  /** Loads a room's document; true when it is loaded now, false while an asynchronous store answers. */
  private load(slot: Slot): boolean {
    if (slot.loading) return false;
    let stored: StoredRoom | Promise<StoredRoom>;
    try {
      stored = this.store.loadRoom(slot.room.name);
    } catch (error) {
      this.loadFailed(slot, error);
      return false;
    }
    if (!(stored instanceof Promise)) return this.loaded(slot, stored);
    slot.loading = true;
    stored.then(
      (result) => {
        slot.loading = false;
        if (slot.room.isDestroyed) return;
        this.loaded(slot, result);
        this.pump(slot);
        this.schedule();
      },
      (error: unknown) => {
        slot.loading = false;
        this.loadFailed(slot, error);
        this.schedule();
      },
    );
    return false;
  }

  private loaded(slot: Slot, stored: StoredRoom): boolean {
    try {
      slot.room.loadContent(stored);
    } catch (error) {
      this.loadFailed(slot, error);
      return false;
    }
    this.emit([this.roomEvent(slot)]);
    return true;
  }

  private loadFailed(slot: Slot, error: unknown): void {
    this.log.error("room.load_failed", { ...slot.room.logFields(), error: errorText(error) });
    for (const conn of slot.room.connections) this.closeNow(conn, CLOSE_STORAGE_FAILED, REASON_STORAGE_FAILED);
    for (const event of slot.inbox) {
      if (event.t === "attach") this.closeNow(this.conns.get(event.conn.id)?.conn, CLOSE_STORAGE_FAILED, REASON_STORAGE_FAILED);
    }
    slot.inbox = [];
    this.forget(slot);
  }

  private handle(slot: Slot, event: InEvent): void {
    const room = slot.room;
    switch (event.t) {
      case "attach": {
        const entry = this.conns.get(event.conn.id);
        if (entry) room.attach(entry.conn, event.greet);
        return;
      }
      case "adopt": {
        const owners = new Map<number, RoomConn>();
        for (const info of event.conns) {
          const entry = this.conns.get(info.id);
          if (!entry) continue;
          room.attach(entry.conn, false);
          for (const id of info.awarenessIds ?? []) owners.set(id, entry.conn);
        }
        if (event.awareness) room.adoptAwareness(event.awareness, owners);
        return;
      }
      case "frame": {
        const entry = this.conns.get(event.conn);
        if (!entry) return;
        try {
          room.receive(entry.conn, event.data);
        } catch (error) {
          // Never let one connection's bad luck reach the engine.
          this.log.error("connection.handler_error", { ...room.logFields(entry.conn), error: errorText(error) });
          this.closeNow(entry.conn, CLOSE_STORAGE_FAILED, REASON_UNEXPECTED);
        }
        return;
      }
      case "detach": {
        const entry = this.conns.get(event.conn);
        if (!entry) return;
        this.conns.delete(event.conn);
        room.detach(entry.conn);
        return;
      }
      case "unload":
        // an idle unload (the room goes) outranks a memory one (its document goes); a hand-over outranks both
        if (slot.pending !== "evict" && !(slot.pending === "idle" && event.why === "memory")) slot.pending = event.why;
        this.pendingSlots.add(slot);
        return;
      case "evict":
        slot.pending = "evict";
        this.pendingSlots.add(slot);
        return;
      case "shutdown":
      case "max-page-count":
      case "flush":
        return;
    }
  }

  /** Commits what the batch staged in one transaction, then lets its outputs out; then compactions, unloads, hand-overs. */
  private commit(): void {
    const writes = this.staged;
    const held = this.held;
    this.staged = [];
    this.held = [];
    if (writes.length === 0) return this.released(held, writes);
    let result: void | Promise<void>;
    try {
      result = this.store.commit(writes);
    } catch (error) {
      return this.commitFailed(writes, held, error, true);
    }
    if (!(result instanceof Promise)) return this.released(held, writes);
    this.committing = true;
    result.then(
      () => {
        this.committing = false;
        this.released(held, writes);
        this.schedule();
      },
      (error: unknown) => {
        this.committing = false;
        this.commitFailed(writes, held, error, false);
        this.schedule();
      },
    );
  }

  /**
   * The batch's transaction failed. With a store that answers at once, each room's writes
   * are tried alone, so one room's trouble (a full disk for its big update) does not close
   * the others; the rooms whose writes fail (every room of the batch, with a store that
   * answers later) are closed (1011) and dropped, and nothing they would have sent goes out.
   */
  private commitFailed(writes: UpdateWrite[], held: Held[], error: unknown, retryEach: boolean): void {
    const byRoom = new Map<string, UpdateWrite[]>();
    for (const w of writes) {
      const group = byRoom.get(w.room);
      if (group) group.push(w);
      else byRoom.set(w.room, [w]);
    }
    const failed = new Map<string, unknown>();
    for (const [room, group] of byRoom) {
      if (!retryEach || byRoom.size === 1) {
        failed.set(room, error);
        continue;
      }
      try {
        this.store.commit(group);
      } catch (again) {
        failed.set(room, again);
      }
    }
    const committed = writes.filter((w) => !failed.has(w.room));
    this.released(held.filter((h) => !(h.room && failed.has(h.room.name) && h.event.t === "send")), committed);
    for (const [name, why] of failed) this.slots.get(name)?.room.storageFailed(why);
    const after = this.held;
    this.held = [];
    this.released(after, []);
  }

  /** Sends what was held (and the memory of rooms that grew), then runs what waits for a commit. */
  private released(held: Held[], committed: readonly UpdateWrite[]): void {
    const out: OutEvent[] = held.map((h) => h.event);
    let last = "";
    for (const w of committed) {
      if (w.room === last) continue;
      last = w.room;
      const slot = this.slots.get(w.room);
      if (slot && slot.room.loaded && Math.abs(slot.room.memoryBytes - slot.reported) > slot.reported / 4) out.push(this.roomEvent(slot));
    }
    if (out.length > 0) this.emit(out);
    if (this.compactions.size > 0 || this.shuttingDown || this.pendingSlots.size > 0) this.afterCommit();
    if (this.flushWaiters.length > 0) {
      const ids = this.flushWaiters;
      this.flushWaiters = [];
      this.flush();
      this.emit(ids.map((id) => ({ t: "flushed", id })));
    }
  }

  private afterCommit(): void {
    const compactions = [...this.compactions];
    this.compactions.clear();
    let compacted = false;
    for (const room of compactions) compacted = this.compact(room) || compacted;
    // a room that leaves this engine is loaded next from the database, maybe by another engine: journaled updates first
    const flushed = this.pendingSlots.size > 0 || this.shuttingDown ? this.flush() : true;
    let held = false;
    for (const slot of [...this.pendingSlots]) {
      if (slot.pending === null || slot.room.isDestroyed) {
        this.pendingSlots.delete(slot);
        continue;
      }
      if (slot.inbox.length > 0) continue;
      // Not while the journal holds updates the database lacks: the next engine to load the room would
      // miss them and number its next updates with their seqs (the fold would then keep the newer
      // ones and drop these). It stays here, loaded, and goes once a retried flush succeeds. A memory
      // unload keeps the room in this engine, whose loads fold the journal first: it need not wait.
      if (!flushed && slot.pending !== "memory" && !this.shuttingDown) {
        held = true;
        continue;
      }
      const pending = slot.pending;
      slot.pending = null;
      this.pendingSlots.delete(slot);
      if (pending === "evict") this.evict(slot);
      else if (pending === "memory") {
        if (slot.room.compactionDue("idle")) compacted = this.compact(slot.room) || compacted;
        slot.room.unloadContent();
        this.emit([this.roomEvent(slot)]);
      } else if (slot.room.connections.size === 0) {
        if (slot.room.compactionDue("idle")) compacted = this.compact(slot.room) || compacted;
        this.forget(slot);
        this.emit([{ t: "unloaded", room: slot.room.name }, { t: "log", level: "info", event: "room.unloaded", fields: slot.room.logFields() }]);
      }
    }
    if (this.shuttingDown) {
      for (const slot of [...this.slots.values()]) {
        if (slot.room.compactionDue("idle")) compacted = this.compact(slot.room) || compacted;
        this.forget(slot);
      }
    }
    if (compacted) this.maintain();
    if (held) this.retryFlushLater();
    if (this.shuttingDown) this.emit([{ t: "shutdown-done" }]);
  }

  /** Rooms wait to leave until the journal is folded: try again in a while (a turn with nothing else to do runs afterCommit). */
  private retryFlushLater(): void {
    if (this.flushRetry) return;
    this.flushRetry = setTimeout(() => {
      this.flushRetry = null;
      this.schedule();
    }, this.options.flushRetryMs ?? 1000);
    this.flushRetry.unref?.();
  }

  /** Writes the room's whole document as its snapshot (one transaction; its updates' audit rows stay). */
  private compact(room: Room): boolean {
    const snapshot = room.snapshot();
    if (!snapshot) return false;
    const started = Date.now();
    try {
      const result = this.store.compact(room.name, snapshot.data, snapshot.uptoSeq);
      if (result instanceof Promise) {
        result.then(
          () => room.compacted(snapshot.data.length, snapshot.uptoSeq, Date.now() - started),
          (error: unknown) => this.log.error("room.compact_failed", { ...room.logFields(), error: errorText(error) }),
        );
        return true;
      }
      room.compacted(snapshot.data.length, snapshot.uptoSeq, Date.now() - started);
      return true;
    } catch (error) {
      // The updates are still on disk: nothing is lost, the next compaction retries.
      this.log.error("room.compact_failed", { ...room.logFields(), error: errorText(error) });
      return false;
    }
  }

  /** Whether the journal is folded (a store that answers later has no journal: true). */
  private flush(): boolean {
    try {
      const result = this.store.flush?.();
      if (result instanceof Promise) result.catch((error: unknown) => this.log.error("storage.flush_failed", { error: errorText(error) }));
      const failing = this.flushFailing;
      if (failing) {
        this.flushFailing = null;
        this.log.info("storage.flush_recovered", { attempts: failing.attempts, failingMs: Date.now() - failing.since });
      }
      return true;
    } catch (error) {
      // the updates stay in the journal (durable, replayed at the next start) and in the store's memory
      this.flushFailed(error);
      return false;
    }
  }

  /**
   * A failed fold is retried every second while a room waits to leave: its first failure is logged,
   * then one line a minute with the attempts so far (a full disk that lasts a night would otherwise
   * write 40,000 lines, to a log that may be on that disk).
   */
  private flushFailed(error: unknown): void {
    const now = Date.now();
    const failing = (this.flushFailing ??= { since: now, attempts: 0, loggedAt: -Infinity });
    failing.attempts++;
    if (now - failing.loggedAt < FLUSH_FAILED_LOG_EVERY_MS) return;
    failing.loggedAt = now;
    this.log.error("storage.flush_failed", { error: errorText(error), attempts: failing.attempts, failingMs: now - failing.since });
  }

  private maintain(): void {
    try {
      const result = this.store.maintain?.();
      if (result instanceof Promise) result.catch((error: unknown) => this.log.warn("storage.maintain_failed", { error: errorText(error) }));
    } catch (error) {
      this.log.warn("storage.maintain_failed", { error: errorText(error) });
    }
  }

  private evict(slot: Slot): void {
    const room = slot.room;
    const awareness = room.encodedAwareness();
    const owners: Array<[number, number[]]> = [...room.connections].map((c) => [c.id, [...c.awarenessIds]]);
    for (const conn of room.connections) this.conns.delete(conn.id);
    this.forget(slot);
    this.emit([{ t: "evicted", room: room.name, awareness, owners }]);
  }

  private forget(slot: Slot): void {
    if (this.slots.get(slot.room.name) === slot) this.slots.delete(slot.room.name);
    this.compactions.delete(slot.room);
    this.pendingSlots.delete(slot);
    slot.room.destroy();
  }

  private roomEvent(slot: Slot): OutEvent {
    slot.reported = slot.room.memoryBytes;
    return { t: "room", room: slot.room.name, loaded: slot.room.loaded, memoryBytes: slot.room.memoryBytes, storedBytes: slot.room.storedBytes };
  }

  private closeNow(conn: RoomConn | undefined, code: number, reason: string): void {
    if (!conn || conn.closing) return;
    conn.closing = true;
    this.held.push({ room: null, event: { t: "close", conn: conn.id, code, reason } });
  }

  // ---- RoomHost ------------------------------------------------------------------------

  stage(_room: Room, write: UpdateWrite): void {
    this.staged.push(write);
  }

  send(room: Room, to: readonly RoomConn[], frame: Uint8Array): void {
    this.held.push({ room, event: { t: "send", to: to.map((c) => c.id), frame } });
  }

  close(_room: Room, conn: RoomConn, code: number, reason: string): void {
    this.held.push({ room: null, event: { t: "close", conn: conn.id, code, reason } });
  }

  updateDropped(): void {
    this.held.push({ room: null, event: { t: "dropped" } });
  }

  discarded(room: Room): void {
    const slot = this.slots.get(room.name);
    if (slot?.room === room) {
      for (const conn of room.connections) this.conns.delete(conn.id);
      this.slots.delete(room.name);
    }
    this.compactions.delete(room);
    this.held.push({ room: null, event: { t: "discarded", room: room.name } });
  }

  compactionDue(room: Room): void {
    this.compactions.add(room);
  }
}

function roomConn(info: ConnInfo): RoomConn {
  return { id: info.id, token: info.token, canWrite: info.canWrite, quotas: info.quotas, awarenessIds: new Set(info.awarenessIds ?? []), closing: false };
}

/** Events a room can only handle with its document in memory. */
function needsDocument(event: InEvent): boolean {
  if (event.t === "attach") return event.greet;
  if (event.t === "frame") return Room.needsDocument(event.data);
  return false;
}
