import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import type { Prng } from "./prng.ts";

/**
 * A simulated star network shaped like production: one hub (the relay) and N peers,
 * one Y.Doc per document kind on each. Messages are real y-websocket frames
 * (varUint 0 = sync, then a y-protocols sync message), queued per directed link and
 * document. The PRNG picks which link delivers next: random order across links,
 * FIFO within one, as a websocket is ordered. Disconnecting drops a peer's queues,
 * as a closed socket loses what was in flight.
 */
export const MESSAGE_SYNC = 0;

/**
 * The document kinds the fuzzer simulates. The pokja's internal notes (DOC_KINDS' "internal") are
 * one Y.Text per meeting, the same sync path as the minutes' notes, so they add nothing to simulate;
 * adding a kind here would change the client ids and the schedule of every saved seed.
 */
export const SIMULATED_KINDS = ["roster", "board", "minutes", "meta"] as const;
export type SimKind = (typeof SIMULATED_KINDS)[number];

export type Direction = "toHub" | "toPeer";
export type Docs<K extends string = SimKind> = Record<K, Y.Doc>;

export interface Envelope<K extends string = SimKind> {
  peer: number;
  direction: Direction;
  kind: K;
  data: Uint8Array;
}

export interface SimNetworkOptions<K extends string = SimKind> {
  peers: number;
  prng: Prng;
  /**
   * The documents each replica holds; SIMULATED_KINDS by default. A scenario of its own (the village plan's,
   * planScenario.ts) simulates its kind alone, so the main fuzzer's saved seeds replay unchanged.
   */
  kinds?: readonly K[];
  /**
   * Test-only fault injection: return true to lose a message silently. It exists to
   * prove the convergence check can fail; a real socket never does this.
   */
  dropForTesting?: (message: Envelope<K>) => boolean;
}

export interface SimPeer<K extends string = SimKind> {
  readonly index: number;
  readonly docs: Docs<K>;
  connected: boolean;
  /** kinds whose step 2 from the hub arrived since the last connect: y-websocket's `synced` */
  readonly synced: Set<K>;
}

export interface NetworkStats {
  delivered: number;
  /** messages lost in flight because their socket closed */
  lostOnDisconnect: number;
  droppedForTesting: number;
  disconnects: number;
  /** deliveries after which the receiving doc held updates it could not integrate yet */
  pendingSeen: number;
}

interface Link<K extends string> {
  readonly peer: number;
  readonly direction: Direction;
  readonly kind: K;
  readonly queue: Uint8Array[];
}

/** Distinct, seed-derived client ids: conflict resolution orders by client id, so replays need them fixed. */
function makeDocs<K extends string>(prng: Prng, used: Set<number>, kinds: readonly K[]): Docs<K> {
  const docs = {} as Docs<K>;
  for (const kind of kinds) {
    const doc = new Y.Doc();
    let id = prng.int(1, 0x3fffffff);
    while (used.has(id)) id = prng.int(1, 0x3fffffff);
    used.add(id);
    doc.clientID = id;
    docs[kind] = doc;
  }
  return docs;
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

export class SimNetwork<K extends string = SimKind> {
  readonly hub: Docs<K>;
  readonly peers: Array<SimPeer<K>> = [];
  readonly kinds: readonly K[];
  readonly stats: NetworkStats = { delivered: 0, lostOnDisconnect: 0, droppedForTesting: 0, disconnects: 0, pendingSeen: 0 };
  private readonly links: Array<Link<K>> = [];
  private readonly prng: Prng;
  private readonly dropForTesting: ((message: Envelope<K>) => boolean) | undefined;

  constructor(options: SimNetworkOptions<K>) {
    this.prng = options.prng;
    this.dropForTesting = options.dropForTesting;
    this.kinds = options.kinds ?? (SIMULATED_KINDS as readonly string[] as readonly K[]);
    const used = new Set<number>();
    this.hub = makeDocs(this.prng, used, this.kinds);
    for (let index = 0; index < options.peers; index++) {
      const peer: SimPeer<K> = { index, docs: makeDocs(this.prng, used, this.kinds), connected: false, synced: new Set() };
      this.peers.push(peer);
      for (const kind of this.kinds) {
        this.links.push({ peer: index, direction: "toHub", kind, queue: [] });
        this.links.push({ peer: index, direction: "toPeer", kind, queue: [] });
        this.watchPeerDoc(peer, kind);
      }
    }
    // Like y-websocket's server: every change of the hub's doc goes to every connected
    // peer, the sender included (the echo is harmless and real, so we keep it).
    for (const kind of this.kinds) {
      this.hub[kind].on("update", (update: Uint8Array) => {
        const data = frame((e) => syncProtocol.writeUpdate(e, update));
        for (const peer of this.peers) if (peer.connected) this.send(peer.index, "toPeer", kind, data);
      });
    }
    for (const peer of this.peers) this.connect(peer.index);
  }

  /** Like the y-websocket provider: local changes go out while the socket is open, remote ones are not re-sent. */
  private watchPeerDoc(peer: SimPeer<K>, kind: K): void {
    peer.docs[kind].on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === this || !peer.connected) return;
      this.send(peer.index, "toHub", kind, frame((e) => syncProtocol.writeUpdate(e, update)));
    });
  }

  private link(peer: number, direction: Direction, kind: K): Link<K> {
    const found = this.links.find((l) => l.peer === peer && l.direction === direction && l.kind === kind);
    if (!found) throw new Error(`no link ${peer} ${direction} ${kind}`);
    return found;
  }

  private send(peer: number, direction: Direction, kind: K, data: Uint8Array): void {
    if (this.dropForTesting?.({ peer, direction, kind, data })) {
      this.stats.droppedForTesting++;
      return;
    }
    this.link(peer, direction, kind).queue.push(data);
  }

  /** A fresh socket: the peer opens with step 1 for every document. */
  connect(index: number): void {
    const peer = this.peers[index];
    if (!peer || peer.connected) return;
    peer.connected = true;
    peer.synced.clear();
    for (const kind of this.kinds) {
      this.send(index, "toHub", kind, frame((e) => syncProtocol.writeSyncStep1(e, peer.docs[kind])));
    }
  }

  disconnect(index: number): void {
    const peer = this.peers[index];
    if (!peer || !peer.connected) return;
    peer.connected = false;
    peer.synced.clear();
    this.stats.disconnects++;
    for (const link of this.links) {
      if (link.peer !== index) continue;
      this.stats.lostOnDisconnect += link.queue.length;
      link.queue.length = 0;
    }
  }

  queued(): number {
    let n = 0;
    for (const link of this.links) n += link.queue.length;
    return n;
  }

  /** Delivers the head of one randomly chosen non-empty link; false when all are empty. */
  deliverOne(): boolean {
    const busy = this.links.filter((l) => l.queue.length > 0);
    if (busy.length === 0) return false;
    const link = this.prng.pick(busy);
    const data = link.queue.shift() as Uint8Array;
    this.stats.delivered++;
    if (link.direction === "toHub") this.receiveAtHub(link.peer, link.kind, data);
    else this.receiveAtPeer(link.peer, link.kind, data);
    return true;
  }

  /** Reconnects everyone and delivers until quiet. */
  flushAll(maxDeliveries = 1_000_000): void {
    for (const peer of this.peers) this.connect(peer.index);
    for (let i = 0; i < maxDeliveries; i++) if (!this.deliverOne()) return;
    throw new Error(`network did not go quiet after ${maxDeliveries} deliveries`);
  }

  private receiveAtHub(peer: number, kind: K, data: Uint8Array): void {
    const doc = this.hub[kind];
    const reply = this.readSync(data, doc, this.peers[peer]);
    if (reply.answer) this.send(peer, "toPeer", kind, reply.answer);
    // Client-server variant of the handshake (y-protocols/sync.js): after step 2 the hub sends its own step 1.
    if (reply.type === syncProtocol.messageYjsSyncStep1) {
      this.send(peer, "toPeer", kind, frame((e) => syncProtocol.writeSyncStep1(e, doc)));
    }
    if (hasPending(doc)) this.stats.pendingSeen++;
  }

  private receiveAtPeer(peer: number, kind: K, data: Uint8Array): void {
    const target = this.peers[peer];
    if (!target) return;
    const doc = target.docs[kind];
    const reply = this.readSync(data, doc, this);
    if (reply.type === syncProtocol.messageYjsSyncStep2) target.synced.add(kind);
    if (reply.answer) this.send(peer, "toHub", kind, reply.answer);
    if (hasPending(doc)) this.stats.pendingSeen++;
  }

  private readSync(data: Uint8Array, doc: Y.Doc, origin: unknown): { type: number; answer: Uint8Array | null } {
    const decoder = decoding.createDecoder(data);
    const outer = decoding.readVarUint(decoder);
    if (outer !== MESSAGE_SYNC) throw new Error(`unexpected message type ${outer}`);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    // Rethrow: by default readSyncMessage logs and swallows a failed update, and a fuzzer must see it.
    const type = syncProtocol.readSyncMessage(decoder, encoder, doc, origin, (error) => {
      throw error;
    });
    return { type, answer: encoding.length(encoder) > 1 ? encoding.toUint8Array(encoder) : null };
  }
}
