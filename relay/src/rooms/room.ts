import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import * as decoding from "lib0/decoding";
import { parseRoomName, type DocKind, type TokenPayload } from "@shared/model/index.ts";
import { errorText, jtiPrefix, listForLog, type LogFields, type Logger } from "../log.ts";
import { encodeAuditIds, type IdRuns } from "../storage/auditIds.ts";
import type { StoredRoom, UpdateAudit, UpdateWrite } from "../storage/types.ts";
import { BoardGuard, confirmClaims, onVerdictsMayBeMissing } from "./boardPolicy.ts";
import { carriesNews } from "./carriesNews.ts";
import {
  CLOSE_MALFORMED, CLOSE_REFUSED, CLOSE_RESYNC, CLOSE_STORAGE_FAILED, CLOSE_TOO_BIG,
  REASON_MALFORMED, REASON_REFUSED, REASON_RESYNC, REASON_STORAGE_FAILED, REASON_TOO_BIG,
} from "./closeCodes.ts";
import { compactionDue, type CompactionPolicy, type TailStats } from "./compactionPolicy.ts";
import { DeletedRanges } from "./deletedRanges.ts";
import { decodeClientMessage, encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate, SYNC_UPDATE } from "./messages.ts";
import { findMissingDependency, type UpdateDependencyProblem } from "./missingDependencies.ts";
import type { Quotas } from "./quotas.ts";
import { newStructBytes, ScanRefusal, scanUpdate, type UpdateScan } from "./updateScan.ts";

/** A connection as a room sees it: who (the token), what it may do, what it announced. The socket lives elsewhere (rooms.ts). */
export interface RoomConn {
  readonly id: number;
  readonly token: TokenPayload;
  readonly canWrite: boolean;
  readonly quotas: Quotas;
  /** awareness client ids this connection announced, removed when it leaves */
  readonly awarenessIds: Set<number>;
  /** set once the relay decided to close it: later frames are ignored */
  closing: boolean;
}

/** What a room needs from the engine that hosts it (roomEngine.ts; a test host in testSupport.ts). */
export interface RoomHost {
  readonly log: Logger;
  readonly compaction: CompactionPolicy;
  /**
   * Stores an update. Nothing the room sends after this call leaves the relay before the
   * update is committed; when the commit fails the host calls `storageFailed`.
   */
  stage(room: Room, write: UpdateWrite): void;
  send(room: Room, to: readonly RoomConn[], frame: Uint8Array): void;
  close(room: Room, conn: RoomConn, code: number, reason: string): void;
  /** A read-only connection tried to write, or an update was refused: counted for /healthz. */
  updateDropped(room: Room, conn: RoomConn): void;
  /** The room closed every connection and dropped its document (a failed store, something parked): forget it. */
  discarded(room: Room): void;
  /** A compaction is due: the host runs `compact` once what is staged is committed. */
  compactionDue(room: Room): void;
}

const LOAD_ORIGIN = Symbol("load");
/** Changes the relay itself makes (claim confirmations). */
const RELAY_ORIGIN = Symbol("relay");

/** Estimated heap per byte of stored document (measured in tests/bench/RELAY.md: a Y.Doc of maps takes ~20x its encoding). */
const HEAP_PER_STORED_BYTE = 20;
/** A room's fixed cost: its Y.Docs, awareness and maps (tests/bench/RELAY.md, per small room). */
const ROOM_BASE_BYTES = 48 * 1024;

/** One transaction's update (null when it was not encoded, see TransactionCapture), its state before, and the ids it inserted and deleted, for the audit. */
interface Captured {
  update: Uint8Array | null;
  before: Map<number, number>;
  inserted: IdRuns;
  deleted: IdRuns;
}

/** A room's document and what follows it; dropped when the room is unloaded under memory pressure. */
interface Content {
  doc: Y.Doc;
  guard: BoardGuard | null;
  /** the document's deleted ranges, made the first time a read-only connection sends something */
  deleted: DeletedRanges | null;
  /** seq of the last update staged for this room (the room numbers its own) */
  lastSeq: number;
  /** seq the stored snapshot covers */
  snapshotSeq: number;
  tail: TailStats;
  /** set when a transaction changed the board's claims or removed a confirmation: claims may need the relay's verdict */
  claimsArrived: boolean;
  /** what an apply's transactions change */
  capture: TransactionCapture;
}

/**
 * One document (`<workspaceId>/<doc>`): its Y.Doc, awareness and connections, and the
 * pipeline every message goes through (PROTOCOL.md section 1): decoded once (updateScan.ts),
 * quotas, the dependency check, the board guard, apply, stage the store, relay, echo. Every
 * step is synchronous; the host holds what the room sends until what it staged is committed.
 *
 * The document can be unloaded while connections stay (memory pressure, roomEngine.ts) and
 * is loaded again for the next sync message; awareness lives apart from it (its own tiny
 * Y.Doc), so presence keeps flowing meanwhile.
 */
export class Room {
  readonly kind: DocKind;
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());
  readonly connections = new Set<RoomConn>();
  private content: Content | null = null;
  private destroyed = false;

  constructor(
    readonly name: string,
    private readonly host: RoomHost,
  ) {
    this.kind = parseRoomName(name)?.doc ?? "meta";
    // The relay has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.onAwarenessUpdate);
  }

  /** A room with its document loaded from `stored` (tests, and the engine's sync path). */
  static load(name: string, host: RoomHost, stored: StoredRoom): Room {
    const room = new Room(name, host);
    room.loadContent(stored);
    return room;
  }

  get loaded(): boolean {
    return this.content !== null;
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  get isBoard(): boolean {
    return this.kind === "board";
  }

  /** The loaded document; throws when the room's document is not in memory. */
  get doc(): Y.Doc {
    if (!this.content) throw new Error(`room ${this.name} is not loaded`);
    return this.content.doc;
  }

  /** What the room's document costs in memory, estimated from its stored size (0 when not loaded). */
  get memoryBytes(): number {
    if (!this.content) return ROOM_BASE_BYTES / 4;
    return ROOM_BASE_BYTES + HEAP_PER_STORED_BYTE * (this.content.tail.snapshotBytes + this.content.tail.tailBytes);
  }

  get storedBytes(): number {
    return this.content ? this.content.tail.snapshotBytes + this.content.tail.tailBytes : 0;
  }

  /** Snapshot + tail applied in ONE transaction: replaying thousands of updates one by one, or merging them flat, is slow. */
  loadContent(stored: StoredRoom): void {
    if (this.content || this.destroyed) return;
    const doc = new Y.Doc();
    const rows: Array<{ seq: number; data: Uint8Array }> = [];
    if (stored.snapshot) rows.push({ seq: stored.snapshotUptoSeq, data: stored.snapshot });
    rows.push(...stored.updates);
    doc.transact(() => {
      for (const row of rows) {
        try {
          scanUpdate(row.data); // parse fully first, so a corrupt row cannot half-apply
          Y.applyUpdate(doc, row.data, LOAD_ORIGIN);
        } catch (error) {
          this.host.log.error("room.load.corrupt_row_skipped", { ...this.logFields(), seq: row.seq, error: errorText(error) });
        }
      }
    }, LOAD_ORIGIN);
    const content: Content = {
      doc,
      guard: null,
      deleted: null,
      lastSeq: Math.max(stored.snapshotUptoSeq, stored.updates.at(-1)?.seq ?? 0),
      snapshotSeq: stored.snapshotUptoSeq,
      tail: {
        snapshotBytes: stored.snapshot?.length ?? 0,
        tailUpdates: stored.updates.length,
        tailBytes: stored.updates.reduce((n, u) => n + u.data.length, 0),
      },
      claimsArrived: false,
      capture: new TransactionCapture(doc),
    };
    this.content = content;
    this.dropParkedFromDisk(content);
    // a claim stored just before the relay stopped still gets its place in the queue
    if (this.isBoard) {
      content.guard = new BoardGuard(doc);
      this.writeAsRelay(content, () => confirmClaims(doc, new Date()));
      // confirming reads every claim and confirmation: only worth it after an update that
      // brought a claim or took a confirmation away (the only ways a claim loses its verdict)
      onVerdictsMayBeMissing(doc, () => (content.claimsArrived = true));
    }
  }

  /** Drops the document from memory (everything it holds is stored); connections and awareness stay. */
  unloadContent(): void {
    const content = this.content;
    if (!content) return;
    this.content = null;
    content.guard?.destroy();
    content.deleted?.destroy();
    content.doc.destroy();
  }

  /**
   * A relay before the refusal of updates with missing dependencies stored their raw bytes
   * (and a snapshot encodes the doc's pending structs too), so a load can park them again.
   * They are dropped from memory and the room is compacted at once, so they leave the disk:
   * kept, they would be released unjudged by whichever update brings what they wait for.
   * An honest sender still holds its change and sends it again, with what it needs, in its
   * next sync step 2.
   */
  private dropParkedFromDisk(content: Content): void {
    const store = content.doc.store;
    if (store.pendingStructs === null && store.pendingDs === null) return;
    this.host.log.warn("room.load.parked_dropped", { ...this.logFields(), structs: store.pendingStructs !== null, deletes: store.pendingDs !== null });
    store.pendingStructs = null;
    store.pendingDs = null;
    content.tail.tailUpdates = Math.max(1, content.tail.tailUpdates);
    this.host.compactionDue(this);
  }

  /** Adds a connection; `greet` sends sync step 1 and the awareness states (not when a connection moves between engines). */
  attach(conn: RoomConn, greet: boolean): void {
    this.connections.add(conn);
    if (!greet) return;
    this.host.send(this, [conn], encodeSyncStep1(this.doc));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      this.host.send(this, [conn], encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])));
    }
  }

  detach(conn: RoomConn): void {
    if (!this.connections.delete(conn) || this.destroyed) return;
    if (conn.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    }
  }

  /** Whether a frame needs the document (sync messages) or not (awareness, and garbage: closed either way). */
  static needsDocument(frame: Uint8Array): boolean {
    return frame.length > 0 && frame[0] === 0;
  }

  /** Handles one binary frame from `conn`. Sync messages need the document loaded. Malformed input closes that socket only. */
  receive(conn: RoomConn, frame: Uint8Array): void {
    if (conn.closing || this.destroyed) return;
    const message = decodeClientMessage(frame);
    if (!message) return this.rejectMalformed(conn, "undecodable");
    if (message.kind === "awareness") return this.receiveAwareness(conn, message.update);
    const content = this.content;
    if (!content) throw new Error(`room ${this.name} received a sync message unloaded`);
    switch (message.kind) {
      case "sync-step1": {
        let reply: Uint8Array;
        try {
          reply = encodeSyncStep2(content.doc, message.stateVector);
        } catch {
          return this.rejectMalformed(conn, "bad_state_vector");
        }
        this.host.send(this, [conn], reply);
        return;
      }
      case "sync-step2":
      case "sync-update": {
        let scan: UpdateScan;
        try {
          scan = scanUpdate(message.update);
        } catch (error) {
          return this.rejectMalformed(conn, error instanceof ScanRefusal ? error.reason : "bad_update");
        }
        if (!this.withinContentQuotas(conn, scan)) return;
        if (!conn.canWrite) return this.dropReadOnly(content, conn, scan);
        // the echo of an update message is the very frame received
        const echo = message.kind === "sync-update" && frame[1] === SYNC_UPDATE ? frame : null;
        return this.acceptUpdate(content, conn, message.update, scan, echo);
      }
    }
  }

  /** Quotas a scan can tell before anything is applied: the largest value, clocks, subdocuments (PROTOCOL.md "Quotas"). */
  private withinContentQuotas(conn: RoomConn, scan: UpdateScan): boolean {
    const q = conn.quotas;
    if (scan.largestContent > q.valueBytes) return this.overQuota(conn, "value_bytes", scan.largestContent, q.valueBytes);
    if (scan.maxClock > q.maxClock) return this.overQuota(conn, "clock", scan.maxClock, q.maxClock);
    if (scan.subdocs > q.subdocs) return this.overQuota(conn, "subdocuments", scan.subdocs, q.subdocs);
    return true;
  }

  private overQuota(conn: RoomConn, quota: string, value: number, limit: number): false {
    this.host.updateDropped(this, conn);
    this.host.log.warn("quota.exceeded", { ...this.logFields(conn), quota, value, limit });
    this.closeConn(conn, CLOSE_TOO_BIG, REASON_TOO_BIG);
    return false;
  }

  /**
   * Check, apply, stage the store, relay to the others and echo the received bytes to the
   * sender (its confirmation). The host lets nothing out before the store is committed.
   */
  private acceptUpdate(content: Content, conn: RoomConn, update: Uint8Array, scan: UpdateScan, echo: Uint8Array | null): void {
    const doc = content.doc;
    const stateOf = (client: number) => Y.getState(doc.store, client);
    const problem = findMissingDependency(scan, stateOf);
    if (problem?.kind === "malformed") return this.rejectMalformed(conn, problem.reason);
    if (problem) return this.refuseMissingDependency(conn, update, problem);
    const growth = newStructBytes(scan, stateOf);
    if (growth > 0 && this.storedBytes + growth > conn.quotas.documentBytes) {
      this.overQuota(conn, "document_bytes", this.storedBytes + growth, conn.quotas.documentBytes);
      return;
    }
    const guard = content.guard;
    if (guard && !this.passesBoardGuard(guard, conn, update)) return;
    // An update message whose every block starts where the doc's state for its client ends is applied
    // whole (its dependencies were checked above): it is what gets stored and relayed, as received, and
    // Yjs need not encode the transaction again. A step 2 (it carries its sender's whole delete set)
    // and anything overlapping what the doc holds are stored as Yjs encodes what they changed.
    const whole = echo !== null && startsAtState(scan, stateOf);
    const { captured, error: applyError } = content.capture.run(scan.blocks.map((b) => b.client), !whole, () => {
      // the guard's copy holds this update already: it need not follow this apply (one decode less)
      if (guard) guard.applyJudged(() => Y.applyUpdate(doc, update, conn));
      else Y.applyUpdate(doc, update, conn);
    });
    const store = doc.store;
    // before anything is stored: the check above should have made this impossible
    if (store.pendingStructs !== null || store.pendingDs !== null) return this.discardAfterParking(conn, update);
    let echoed = false;
    if (captured.length > 0) {
      const asReceived = whole && applyError === null && captured.length === 1;
      const emitted = this.stage(content, asReceived ? update : updateOf(doc, captured), idsOf(captured), auditOf(conn.token));
      const frame = asReceived ? echo : encodeSyncUpdate(emitted);
      const others: RoomConn[] = [];
      for (const c of this.connections) if (c !== conn && !c.closing) others.push(c);
      // stored as received, the relay and the echo are the same frame: one send, the sender last (framed once)
      if (asReceived) {
        others.push(conn);
        echoed = true;
      }
      if (others.length > 0) this.host.send(this, others, frame);
    }
    if (applyError !== null) {
      guard?.reset(); // the doc may hold part of the update, the guard's copy all of it
      this.host.log.warn("room.update.apply_failed", { ...this.logFields(conn), error: errorText(applyError) });
      this.rejectMalformed(conn, "apply_failed");
    } else if (!echoed) {
      this.host.send(this, [conn], echo ?? encodeSyncUpdate(update));
    }
    // also after a failed apply: the part that did apply is stored and relayed, its claims get their place now
    if (content.claimsArrived) {
      content.claimsArrived = false;
      this.writeAsRelay(content, () => confirmClaims(doc, new Date()));
    }
    if (compactionDue(this.host.compaction, content.tail, "write")) this.host.compactionDue(this);
  }

  /** Stages what one apply changed; returns the stored bytes. */
  private stage(content: Content, emitted: Uint8Array, ids: Uint8Array, who: Omit<UpdateAudit, "ids" | "at">): Uint8Array {
    this.host.stage(this, { room: this.name, seq: ++content.lastSeq, data: emitted, audit: { jti: who.jti, role: who.role, agency: who.agency, at: Date.now(), ids } });
    content.tail.tailUpdates++;
    content.tail.tailBytes += emitted.length;
    return emitted;
  }

  /**
   * The update needs something neither the room's doc nor the update holds: Yjs would keep
   * that part aside and apply it, unjudged, when a later update (anyone's) brings what it
   * waits for. Refused before it is judged, stored or applied; the sender reconnects and
   * syncs again, and an honest client's next step 2 carries what was missing.
   */
  private refuseMissingDependency(conn: RoomConn, update: Uint8Array, problem: UpdateDependencyProblem & { kind: "missing" }): void {
    this.host.updateDropped(this, conn);
    this.host.log.warn("room.update.missing_dependency", {
      ...this.logFields(conn),
      needs: problem.reason,
      client: problem.client,
      clock: problem.clock,
      bytes: update.length,
    });
    this.closeConn(conn, CLOSE_RESYNC, REASON_RESYNC);
  }

  /**
   * Safety net: the apply left structs or deletions parked although findMissingDependency
   * saw nothing missing (a case it does not know). Nothing of the update was stored, relayed
   * or echoed, but the doc holds the part that did apply, and the parked part, in memory;
   * Yjs cannot take either back. So the room is dropped like after a failed store: every
   * connection is told to sync again and the room reloads from disk, which never saw the
   * update, on the next join.
   */
  private discardAfterParking(conn: RoomConn, update: Uint8Array): void {
    this.host.updateDropped(this, conn);
    this.host.log.error("room.update.parked_after_apply", { ...this.logFields(conn), bytes: update.length });
    this.discard(CLOSE_RESYNC, REASON_RESYNC);
  }

  /**
   * The board guard (boardPolicy.ts): an update that writes in another agency's
   * name, or touches what only the relay writes, is not applied, not stored, not
   * relayed; it is counted and logged, and the socket is closed with 4403.
   */
  private passesBoardGuard(guard: BoardGuard, conn: RoomConn, update: Uint8Array): boolean {
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
    this.closeConn(conn, CLOSE_REFUSED, REASON_REFUSED);
    return false;
  }

  /** A change made by the relay itself: stored first, then sent to every connection. */
  private writeAsRelay(content: Content, change: () => void): void {
    const doc = content.doc;
    const { captured, error } = content.capture.run([doc.clientID], true, () => doc.transact(change, RELAY_ORIGIN));
    if (error !== null) throw error;
    if (captured.length === 0) return;
    const emitted = this.stage(content, updateOf(doc, captured), idsOf(captured), { jti: null, role: "relay", agency: null });
    const targets = [...this.connections].filter((c) => !c.closing);
    if (targets.length > 0) this.host.send(this, targets, encodeSyncUpdate(emitted));
  }

  /**
   * Read-only roles' step 2 and updates are dropped. One that would change the document is
   * counted and logged; the step 2 every client sends on connect (nothing new, its whole
   * delete set again) is dropped silently. Deciding that costs the message's size
   * (carriesNews.ts), and the rate quotas bound how often it can be sent.
   */
  private dropReadOnly(content: Content, conn: RoomConn, scan: UpdateScan): void {
    content.deleted ??= new DeletedRanges(content.doc);
    if (!carriesNews(content.doc, content.deleted, scan)) return;
    this.host.updateDropped(this, conn);
    this.host.log.warn("room.update.dropped_read_only", { ...this.logFields(conn), bytes: scan.bytes });
  }

  /** Awareness is applied and broadcast to every connection (sender included), within its quota of client ids per socket. */
  private receiveAwareness(conn: RoomConn, update: Uint8Array): void {
    let announced: number[];
    try {
      announced = awarenessClients(update);
    } catch {
      return this.rejectMalformed(conn, "bad_awareness");
    }
    const ids = new Set([...conn.awarenessIds, ...announced]);
    if (ids.size > conn.quotas.awarenessClients) {
      this.overQuota(conn, "awareness_clients", ids.size, conn.quotas.awarenessClients);
      return;
    }
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn);
    } catch {
      this.rejectMalformed(conn, "bad_awareness");
    }
  }

  rejectMalformed(conn: RoomConn, why: string): void {
    if (conn.closing) return;
    this.host.log.warn("connection.malformed", { ...this.logFields(conn), why });
    this.closeConn(conn, CLOSE_MALFORMED, REASON_MALFORMED);
  }

  private closeConn(conn: RoomConn, code: number, reason: string): void {
    if (conn.closing) return;
    conn.closing = true;
    this.host.close(this, conn, code, reason);
  }

  /** The store failed (disk full, read-only FS, I/O error): close the room; clients keep their edits and resend them on reconnect. */
  storageFailed(error: unknown): void {
    if (this.destroyed) return;
    this.host.log.error("room.storage_failed", { ...this.logFields(), error: errorText(error) });
    this.discard(CLOSE_STORAGE_FAILED, REASON_STORAGE_FAILED);
  }

  /** Closes every connection (clients reconnect) and drops the room; it reloads from disk on the next join. */
  private discard(code: number, reason: string): void {
    for (const conn of this.connections) this.closeConn(conn, code, reason);
    this.destroy();
    this.host.discarded(this);
  }

  private readonly onAwarenessUpdate = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length === 0) return;
    if (origin !== null && this.connections.has(origin as RoomConn)) {
      const conn = origin as RoomConn;
      for (const id of [...change.added, ...change.updated]) conn.awarenessIds.add(id);
      for (const id of change.removed) conn.awarenessIds.delete(id);
    }
    const targets = [...this.connections].filter((c) => !c.closing);
    if (targets.length > 0) this.host.send(this, targets, encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
  };

  /** The encoded awareness states, for a room that moves to another engine. */
  encodedAwareness(): Uint8Array | null {
    const states = this.awareness.getStates();
    return states.size === 0 ? null : awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()]);
  }

  /** Takes over awareness states (a room that moved from another engine); nothing is broadcast. */
  adoptAwareness(update: Uint8Array, owners: ReadonlyMap<number, RoomConn>): void {
    this.awareness.off("update", this.onAwarenessUpdate);
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, null);
      for (const [id, conn] of owners) if (this.awareness.getStates().has(id)) conn.awarenessIds.add(id);
    } finally {
      this.awareness.on("update", this.onAwarenessUpdate);
    }
  }

  /** Whether the updates since the snapshot are worth a compaction at `moment` (compactionPolicy.ts). */
  compactionDue(moment: "write" | "idle"): boolean {
    return this.content !== null && compactionDue(this.host.compaction, this.content.tail, moment);
  }

  /** The whole document as a snapshot and the seq it covers; the host stores it, then calls `compacted`. */
  snapshot(): { data: Uint8Array; uptoSeq: number } | null {
    if (!this.content || this.destroyed) return null;
    return { data: Y.encodeStateAsUpdate(this.content.doc), uptoSeq: this.content.lastSeq };
  }

  compacted(snapshotBytes: number, uptoSeq: number, ms: number): void {
    const content = this.content;
    if (!content) return;
    this.host.log.info("room.compacted", { ...this.logFields(), updates: uptoSeq - content.snapshotSeq, bytes: snapshotBytes, ms });
    // updates staged after the snapshot was taken stay in the tail (none: the host compacts between commits)
    content.snapshotSeq = uptoSeq;
    content.tail = { snapshotBytes, tailUpdates: content.lastSeq - uptoSeq, tailBytes: content.lastSeq === uptoSeq ? 0 : content.tail.tailBytes };
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.awareness.off("update", this.onAwarenessUpdate);
    this.awareness.destroy();
    this.awareness.doc.destroy();
    this.unloadContent();
  }

  logFields(conn?: RoomConn): LogFields {
    const parsed = parseRoomName(this.name);
    const fields: LogFields = { ws: parsed?.workspaceId ?? "?", doc: parsed?.doc ?? "?" };
    if (conn) {
      fields.role = conn.token.role;
      fields.jti = jtiPrefix(conn.token.jti);
    }
    return fields;
  }
}

/**
 * Collects what each transaction of a doc changes while `run` applies something: with `encode`, the
 * update Yjs encodes for it (a listener on 'update', attached for the run: it makes Yjs encode every
 * transaction); without, its ids only, from a listener on 'afterTransaction' that stays attached and
 * idle between runs (attaching one per update cost a Set each time).
 */
class TransactionCapture {
  private into: Captured[] | null = null;
  private writers: readonly number[] = [];
  private encode = false;

  constructor(private readonly doc: Y.Doc) {
    doc.on("afterTransaction", this.onTransaction);
  }

  /** Runs `apply`; returns what its transactions changed and what it threw (what applied before stays collected). */
  run(writers: readonly number[], encode: boolean, apply: () => void): { captured: Captured[]; error: unknown } {
    const captured: Captured[] = [];
    this.into = captured;
    this.writers = writers;
    this.encode = encode;
    if (encode) this.doc.on("update", this.onUpdate);
    let error: unknown = null;
    try {
      apply();
    } catch (thrown) {
      error = thrown;
    } finally {
      this.into = null;
      if (encode) this.doc.off("update", this.onUpdate);
    }
    return { captured, error };
  }

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (this.into === null || this.encode) return;
    const ids = transactionIds(transaction, this.writers);
    // what Yjs would have sent an 'update' event for: something inserted or deleted
    if (ids.inserted.length > 0 || ids.deleted.length > 0) this.into.push({ update: null, before: transaction.beforeState, ...ids });
  };

  private readonly onUpdate = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    this.into?.push({ update, before: transaction.beforeState, ...transactionIds(transaction, this.writers) });
  };
}

/**
 * The update of what the captured transactions changed: the one encoded, or several merged; when
 * they were not encoded (an update that failed half-way, rare), everything the doc gained since the
 * first one's state, with the doc's delete set (bigger, and correct).
 */
function updateOf(doc: Y.Doc, captured: readonly Captured[]): Uint8Array {
  if (captured.every((c) => c.update !== null)) {
    return captured.length === 1 ? captured[0]!.update! : Y.mergeUpdates(captured.map((c) => c.update!));
  }
  return Y.encodeStateAsUpdate(doc, Y.encodeStateVector(captured[0]!.before));
}

function idsOf(captured: readonly Captured[]): Uint8Array {
  if (captured.length === 1) return encodeAuditIds(captured[0]!.inserted, captured[0]!.deleted);
  return encodeAuditIds(captured.flatMap((c) => c.inserted), captured.flatMap((c) => c.deleted));
}

/** Whether every client block of the update starts at the doc's state for its client (nothing in it is known already). */
function startsAtState(scan: UpdateScan, stateOf: (client: number) => number): boolean {
  for (const block of scan.blocks) if (block.clock !== stateOf(block.client)) return false;
  return true;
}

function auditOf(token: TokenPayload): Omit<UpdateAudit, "ids" | "at"> {
  return { jti: token.jti, role: token.role, agency: token.opd ?? null };
}

/**
 * The ids a transaction inserted (its state vector before and after, for the clients that can
 * have written: a document edited by hundreds of devices has hundreds of entries, an update a
 * few) and deleted (its delete set).
 */
function transactionIds(transaction: Y.Transaction, writers: readonly number[]): { inserted: IdRuns; deleted: IdRuns } {
  const inserted: IdRuns = [];
  for (const client of writers) {
    const before = transaction.beforeState.get(client) ?? 0;
    const after = transaction.afterState.get(client) ?? 0;
    if (after > before) inserted.push([client, before, after - before]);
  }
  const deleted: IdRuns = [];
  for (const [client, items] of transaction.deleteSet.clients) for (const item of items) deleted.push([client, item.clock, item.len]);
  return { inserted, deleted };
}

/** The client ids an awareness update names (y-protocols' layout: count, then id, clock, state per client). */
function awarenessClients(update: Uint8Array): number[] {
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  if (n > update.length) throw new RangeError("more clients than bytes");
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(decoding.readVarUint(d));
    decoding.readVarUint(d);
    decoding.readVarString(d);
  }
  return ids;
}
