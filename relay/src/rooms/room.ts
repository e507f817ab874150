import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import { parseRoomName } from "@shared/model/index.ts";
import { errorText, jtiPrefix, listForLog, type LogFields, type Logger } from "../log.ts";
import type { RelayStorage } from "../storage/types.ts";
import { carriesNews } from "./carriesNews.ts";
import {
  CLOSE_MALFORMED,
  CLOSE_REFUSED,
  CLOSE_RESYNC,
  CLOSE_STORAGE_FAILED,
  REASON_MALFORMED,
  REASON_REFUSED,
  REASON_RESYNC,
  REASON_STORAGE_FAILED,
} from "./closeCodes.ts";
import type { Connection } from "./connection.ts";
import { decodeClientMessage, encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from "./messages.ts";
import { BoardGuard, confirmClaims, onVerdictsMayBeMissing } from "./boardPolicy.ts";
import { findMissingDependency, type UpdateDependencyProblem } from "./missingDependencies.ts";

/** What a room needs from the registry that owns it. */
export interface RoomHost {
  readonly storage: RelayStorage;
  readonly log: Logger;
  readonly compactEvery: number;
  /**
   * The room closed its connections and dropped its memory (the store failed, or an update
   * left something parked in the doc): the host forgets it so it reloads from disk next time.
   */
  roomDiscarded(room: Room): void;
  /** A read-only connection tried to write, or an update was refused: counted for /healthz. */
  updateDropped(room: Room, conn: Connection): void;
  /** The last connection left. */
  roomEmpty(room: Room): void;
}

const LOAD_ORIGIN = Symbol("load");
/** Changes the relay itself makes (claim confirmations). */
const RELAY_ORIGIN = Symbol("relay");

/**
 * One document (`<workspaceId>/<doc>`) held in memory: its Y.Doc, awareness and
 * connections. Every step is synchronous (better-sqlite3), so an update is stored
 * before any byte about it leaves the relay, with no interleaving to reason about.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  /** seq of the last stored update reflected in `doc` */
  private lastSeq = 0;
  private storedSinceSnapshot = 0;
  private compactionPending = false;
  private destroyed = false;
  /** collects the doc's 'update' events while one client update is applied */
  private captured: Uint8Array[] | null = null;
  /** the board guard (board rooms only), made once the room is loaded */
  private boardGuard: BoardGuard | null = null;
  /** set when a transaction changed the board's claims or removed a confirmation: claims may need the relay's verdict */
  private claimsArrived = false;
  unloadTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly name: string,
    private readonly host: RoomHost,
  ) {
    // The relay has no presence of its own.
    this.awareness.setLocalState(null);
    this.doc.on("update", (update: Uint8Array) => this.captured?.push(update));
    this.awareness.on("update", this.onAwarenessUpdate);
  }

  /** Snapshot + tail applied in ONE transaction: replaying thousands of updates one by one, or merging them flat, is slow. */
  static load(name: string, host: RoomHost): Room {
    const room = new Room(name, host);
    const stored = host.storage.loadRoom(name);
    const rows: Array<{ seq: number; data: Uint8Array }> = [];
    if (stored.snapshot) rows.push({ seq: stored.snapshotUptoSeq, data: stored.snapshot });
    rows.push(...stored.updates);
    room.doc.transact(() => {
      for (const row of rows) {
        try {
          Y.decodeUpdate(row.data); // parse fully first, so a corrupt row cannot half-apply
          Y.applyUpdate(room.doc, row.data, LOAD_ORIGIN);
        } catch (error) {
          host.log.error("room.load.corrupt_row_skipped", { ...room.logFields(), seq: row.seq, error: errorText(error) });
        }
      }
    }, LOAD_ORIGIN);
    room.lastSeq = Math.max(stored.snapshotUptoSeq, stored.updates.at(-1)?.seq ?? 0);
    room.storedSinceSnapshot = stored.updates.length;
    room.dropParkedFromDisk();
    // a claim stored just before the relay stopped still gets its place in the queue
    if (room.isBoard) {
      room.boardGuard = new BoardGuard(room.doc);
      room.writeAsRelay(() => confirmClaims(room.doc, new Date()));
      // confirming reads every claim and confirmation: only worth it after an update that
      // brought a claim or took a confirmation away (the only ways a claim loses its verdict)
      onVerdictsMayBeMissing(room.doc, () => (room.claimsArrived = true));
    }
    return room;
  }

  /**
   * A relay before the refusal of updates with missing dependencies stored their raw bytes
   * (and a snapshot encodes the doc's pending structs too), so a load can park them again.
   * They are dropped from memory and the room is compacted at once, so they leave the disk:
   * kept, they would be released unjudged by whichever update brings what they wait for.
   * An honest sender still holds its change and sends it again, with what it needs, in its
   * next sync step 2.
   */
  private dropParkedFromDisk(): void {
    const store = this.doc.store;
    if (store.pendingStructs === null && store.pendingDs === null) return;
    this.host.log.warn("room.load.parked_dropped", { ...this.logFields(), structs: store.pendingStructs !== null, deletes: store.pendingDs !== null });
    store.pendingStructs = null;
    store.pendingDs = null;
    this.writeSnapshot();
  }

  get isBoard(): boolean {
    return parseRoomName(this.name)?.doc === "board";
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  get hasUncompactedUpdates(): boolean {
    return this.storedSinceSnapshot > 0;
  }

  addConnection(conn: Connection): void {
    this.connections.add(conn);
    conn.send(encodeSyncStep1(this.doc));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])));
    }
  }

  removeConnection(conn: Connection): void {
    if (!this.connections.delete(conn) || this.destroyed) return;
    if (conn.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    }
    if (this.connections.size === 0) this.host.roomEmpty(this);
  }

  /** Handles one binary frame from `conn`. Malformed input closes that socket only. */
  receive(conn: Connection, frame: Uint8Array): void {
    if (conn.closing || this.destroyed) return;
    const message = decodeClientMessage(frame);
    if (!message) return this.rejectMalformed(conn, "undecodable");
    switch (message.kind) {
      case "sync-step1": {
        let reply: Uint8Array;
        try {
          reply = encodeSyncStep2(this.doc, message.stateVector);
        } catch {
          return this.rejectMalformed(conn, "bad_state_vector");
        }
        conn.send(reply);
        return;
      }
      case "sync-step2":
      case "sync-update":
        if (!conn.canWrite) return this.dropReadOnly(conn, message.update);
        return this.acceptUpdate(conn, message.update);
      case "awareness":
        try {
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, conn);
        } catch {
          return this.rejectMalformed(conn, "bad_awareness");
        }
        return;
    }
  }

  /**
   * Check, apply, store what changed, then relay to the others and echo the received
   * bytes to the sender (its confirmation). Nothing leaves the relay before the store.
   */
  private acceptUpdate(conn: Connection, update: Uint8Array): void {
    let problem: UpdateDependencyProblem | null;
    try {
      // decodes the whole update (garbage cannot half-apply) and walks it as Yjs would
      problem = findMissingDependency(update, (client) => Y.getState(this.doc.store, client));
    } catch {
      return this.rejectMalformed(conn, "bad_update");
    }
    if (problem?.kind === "malformed") return this.rejectMalformed(conn, problem.reason);
    if (problem) return this.refuseMissingDependency(conn, update, problem);
    if (this.boardGuard && !this.passesBoardGuard(this.boardGuard, conn, update)) return;
    const captured: Uint8Array[] = [];
    this.captured = captured;
    let applyError: unknown = null;
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch (error) {
      applyError = error;
    } finally {
      this.captured = null;
    }
    const store = this.doc.store;
    // before anything is stored: the check above should have made this impossible
    if (store.pendingStructs !== null || store.pendingDs !== null) return this.discardAfterParking(conn, update);
    const emitted = captured.length === 0 ? null : captured.length === 1 ? captured[0]! : Y.mergeUpdates(captured);
    if (emitted) {
      try {
        this.lastSeq = this.host.storage.appendUpdate(this.name, emitted);
        this.storedSinceSnapshot++;
      } catch (error) {
        this.failStorage(error);
        return;
      }
      const frame = encodeSyncUpdate(emitted);
      for (const other of this.connections) if (other !== conn) other.send(frame);
    }
    if (applyError !== null) {
      this.boardGuard?.reset(); // the doc may hold part of the update, the guard's copy all of it
      this.host.log.warn("room.update.apply_failed", { ...this.logFields(conn), error: errorText(applyError) });
      this.rejectMalformed(conn, "apply_failed");
    } else {
      conn.send(encodeSyncUpdate(update));
    }
    // also after a failed apply: the part that did apply is stored and relayed, its claims get their place now
    if (this.claimsArrived) {
      this.claimsArrived = false;
      this.writeAsRelay(() => confirmClaims(this.doc, new Date()));
    }
    this.scheduleCompactionIfDue();
  }

  /**
   * The update needs something neither the room's doc nor the update holds: Yjs would keep
   * that part aside and apply it, unjudged, when a later update (anyone's) brings what it
   * waits for. Refused before it is judged, stored or applied; the sender reconnects and
   * syncs again, and an honest client's next step 2 carries what was missing.
   */
  private refuseMissingDependency(conn: Connection, update: Uint8Array, problem: UpdateDependencyProblem & { kind: "missing" }): void {
    this.host.updateDropped(this, conn);
    this.host.log.warn("room.update.missing_dependency", {
      ...this.logFields(conn),
      needs: problem.reason,
      client: problem.client,
      clock: problem.clock,
      bytes: update.length,
    });
    conn.close(CLOSE_RESYNC, REASON_RESYNC);
  }

  /**
   * Safety net: the apply left structs or deletions parked although findMissingDependency
   * saw nothing missing (a case it does not know). Nothing of the update was stored, relayed
   * or echoed, but the doc holds the part that did apply, and the parked part, in memory;
   * Yjs cannot take either back. So the room is dropped like after a failed store: every
   * connection is told to sync again and the room reloads from disk, which never saw the
   * update, on the next join.
   */
  private discardAfterParking(conn: Connection, update: Uint8Array): void {
    this.host.updateDropped(this, conn);
    this.host.log.error("room.update.parked_after_apply", { ...this.logFields(conn), bytes: update.length });
    this.discard(CLOSE_RESYNC, REASON_RESYNC);
  }

  /**
   * The board guard (boardPolicy.ts): an update that writes in another agency's
   * name, or touches what only the relay writes, is not applied, not stored, not
   * relayed; it is counted and logged, and the socket is closed with 4403.
   */
  private passesBoardGuard(guard: BoardGuard, conn: Connection, update: Uint8Array): boolean {
    let verdict;
    try {
      verdict = guard.check(update, conn.token);
    } catch {
      this.rejectMalformed(conn, "bad_board_update");
      return false;
    }
    if (verdict.noted.length > 0) this.host.log.info("board.update.noted", { ...this.logFields(conn), notes: listForLog(verdict.noted) });
    if (verdict.refused.length === 0) return true;
    this.host.updateDropped(this, conn);
    this.host.log.warn("board.update.refused", { ...this.logFields(conn), reasons: listForLog(verdict.refused) });
    conn.close(CLOSE_REFUSED, REASON_REFUSED);
    return false;
  }

  /** A change made by the relay itself: stored first, then sent to every connection. */
  private writeAsRelay(change: () => void): void {
    const captured: Uint8Array[] = [];
    this.captured = captured;
    try {
      this.doc.transact(change, RELAY_ORIGIN);
    } finally {
      this.captured = null;
    }
    if (captured.length === 0) return;
    const emitted = captured.length === 1 ? captured[0]! : Y.mergeUpdates(captured);
    try {
      this.lastSeq = this.host.storage.appendUpdate(this.name, emitted);
      this.storedSinceSnapshot++;
    } catch (error) {
      this.failStorage(error);
      return;
    }
    const frame = encodeSyncUpdate(emitted);
    for (const conn of this.connections) conn.send(frame);
  }

  private dropReadOnly(conn: Connection, update: Uint8Array): void {
    if (!carriesNews(this.doc, update)) return;
    this.host.updateDropped(this, conn);
    this.host.log.warn("room.update.dropped_read_only", { ...this.logFields(conn), bytes: update.length });
  }

  rejectMalformed(conn: Connection, why: string): void {
    if (conn.closing) return;
    this.host.log.warn("connection.malformed", { ...this.logFields(conn), why });
    conn.close(CLOSE_MALFORMED, REASON_MALFORMED);
  }

  /** Disk full, read-only FS, I/O error: close the room; clients keep their edits and resend them on reconnect. */
  private failStorage(error: unknown): void {
    this.host.log.error("room.storage_failed", { ...this.logFields(), error: errorText(error) });
    this.discard(CLOSE_STORAGE_FAILED, REASON_STORAGE_FAILED);
  }

  /** Closes every connection (clients reconnect) and drops the room from memory; it reloads from disk on the next join. */
  private discard(code: number, reason: string): void {
    for (const conn of this.connections) conn.close(code, reason);
    this.destroy();
    this.host.roomDiscarded(this);
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length === 0) return;
    if (origin !== null && this.connections.has(origin as Connection)) {
      const conn = origin as Connection;
      for (const id of [...change.added, ...change.updated]) conn.awarenessIds.add(id);
      for (const id of change.removed) conn.awarenessIds.delete(id);
    }
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const conn of this.connections) conn.send(frame);
  };

  private scheduleCompactionIfDue(): void {
    if (this.compactionPending || this.storedSinceSnapshot < this.host.compactEvery) return;
    this.compactionPending = true;
    // Off the hot path: the update that crossed the threshold is already relayed.
    setImmediate(() => {
      this.compactionPending = false;
      if (!this.destroyed) this.compact();
    });
  }

  /** Writes the whole doc as the room's snapshot and drops the updates it covers (one SQLite transaction). */
  compact(): void {
    if (this.destroyed || this.storedSinceSnapshot === 0) return;
    this.writeSnapshot();
  }

  private writeSnapshot(): void {
    try {
      const started = Date.now();
      const snapshot = Y.encodeStateAsUpdate(this.doc);
      this.host.storage.compact(this.name, snapshot, this.lastSeq);
      this.host.log.info("room.compacted", {
        ...this.logFields(),
        updates: this.storedSinceSnapshot,
        bytes: snapshot.length,
        ms: Date.now() - started,
      });
      this.storedSinceSnapshot = 0;
    } catch (error) {
      // The updates are still on disk: nothing is lost, the next compaction retries.
      this.host.log.error("room.compact_failed", { ...this.logFields(), error: errorText(error) });
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.unloadTimer) clearTimeout(this.unloadTimer);
    this.unloadTimer = null;
    this.awareness.off("update", this.onAwarenessUpdate);
    this.awareness.destroy();
    this.boardGuard?.destroy();
    this.doc.destroy();
  }

  logFields(conn?: Connection): LogFields {
    const parsed = parseRoomName(this.name);
    const fields: LogFields = { ws: parsed?.workspaceId ?? "?", doc: parsed?.doc ?? "?" };
    if (conn) {
      fields.role = conn.token.role;
      fields.jti = jtiPrefix(conn.token.jti);
    }
    return fields;
  }
}
