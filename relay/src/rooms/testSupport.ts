/**
 * Test helpers for the room unit tests: a room on memory storage whose host commits each
 * staged update at once and delivers what the room sends at once (the engine, roomEngine.ts,
 * holds it until the commit), connections that record what they receive, hand-written
 * updates. Not used by the relay.
 */
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { parseRoomName, type TokenPayload } from "@shared/model/index.ts";
import { memoryLogger } from "../log.ts";
import { MemoryStorage } from "../storage/memory.ts";
import { DEFAULT_COMPACTION } from "./compactionPolicy.ts";
import { quotasFor, type Quotas } from "./quotas.ts";
import { Room, type RoomConn, type RoomHost } from "./room.ts";

/** A verified token as the relay holds it; `name` is the one its invite gave, which the tests sign board records with. */
export function testToken(role: TokenPayload["role"], jti: string, opd?: string, name = "Pak Dedi"): TokenPayload {
  return { v: 2, jti, ws: "desa-uji", role, ...(opd ? { opd } : {}), name, iat: 0, exp: 2 ** 31 };
}

export interface TestRoom {
  room: Room;
  storage: MemoryStorage;
  log: ReturnType<typeof memoryLogger>;
  /** jtis of connections whose update was dropped (read-only or refused) */
  dropped: string[];
  discarded: Room[];
}

/** A connection that records what the room sent it and how it was closed. */
interface RecordingConn extends RoomConn {
  sent: Uint8Array[];
  closed: Array<{ code: number; reason: string }>;
}

export function loadTestRoom(name = "desa-uji/board", storage = new MemoryStorage()): TestRoom {
  const log = memoryLogger();
  const dropped: string[] = [];
  const discarded: Room[] = [];
  const host: RoomHost = {
    log,
    compaction: { ...DEFAULT_COMPACTION, maxUpdates: 10_000 },
    stage: (room, write) => {
      try {
        storage.commit([write]);
      } catch (error) {
        room.storageFailed(error);
      }
    },
    send: (_room, to, frame) => {
      for (const conn of to as RecordingConn[]) conn.sent.push(frame);
    },
    close: (_room, conn, code, reason) => (conn as RecordingConn).closed.push({ code, reason }),
    updateDropped: (_room, conn) => dropped.push(conn.token.jti),
    discarded: (room) => discarded.push(room),
    compactionDue: (room) => {
      const snapshot = room.snapshot();
      if (!snapshot) return;
      storage.compact(room.name, snapshot.data, snapshot.uptoSeq);
      room.compacted(snapshot.data.length, snapshot.uptoSeq, 0);
    },
  };
  return { room: Room.load(name, host, storage.loadRoom(name)), storage, log, dropped, discarded };
}

export interface FakeConnection {
  conn: RoomConn;
  /** frames the relay sent */
  sent: Uint8Array[];
  closed: Array<{ code: number; reason: string }>;
}

let nextConnId = 1;

export function connect(room: Room, token: TokenPayload, canWrite = true, quotas: Quotas = generousQuotas(room)): FakeConnection {
  const conn: RecordingConn = { id: nextConnId++, token, canWrite, quotas, awarenessIds: new Set(), closing: false, sent: [], closed: [] };
  room.attach(conn, true);
  return { conn, sent: conn.sent, closed: conn.closed };
}

/** The room kind's quotas, but for update sizes (the unit tests send hand-made megabyte updates to judge them). */
function generousQuotas(room: Room): Quotas {
  const q = quotasFor("lurah", parseRoomName(room.name)?.doc ?? "board");
  return { ...q, valueBytes: 64 * 1024 * 1024, documentBytes: 1024 * 1024 * 1024 };
}

/** A sync frame (type 0) carrying `update`: subtype 2 = update, 1 = step 2. */
export function syncFrame(update: Uint8Array, subtype = 2): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, subtype);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** The update payloads (step 2 and update) of the sync frames the relay sent. */
export function sentUpdates(frames: Uint8Array[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const frame of frames) {
    const d = decoding.createDecoder(frame);
    if (decoding.readVarUint(d) !== 0) continue;
    if (decoding.readVarUint(d) === 0) continue;
    out.push(decoding.readVarUint8Array(d));
  }
  return out;
}

/** A V1 update written block by block, as a hostile client may: `blocks` of structs, then a delete set of [client, clock, len]. */
export function writeBlocks(blocks: Array<{ client: number; clock: number; structs: Array<Y.Item | Y.GC | Y.Skip> }>, ds: Array<[number, number, number]> = []): Uint8Array {
  const enc = new Y.UpdateEncoderV1();
  encoding.writeVarUint(enc.restEncoder, blocks.length);
  for (const block of blocks) {
    encoding.writeVarUint(enc.restEncoder, block.structs.length);
    enc.writeClient(block.client);
    encoding.writeVarUint(enc.restEncoder, block.clock);
    for (const struct of block.structs) struct.write(enc, 0);
  }
  const byClient = new Map<number, Array<[number, number]>>();
  for (const [client, clock, len] of ds) byClient.set(client, [...(byClient.get(client) ?? []), [clock, len]]);
  encoding.writeVarUint(enc.restEncoder, byClient.size);
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(enc.restEncoder, client);
    encoding.writeVarUint(enc.restEncoder, ranges.length);
    for (const [clock, len] of ranges) {
      encoding.writeVarUint(enc.restEncoder, clock);
      encoding.writeVarUint(enc.restEncoder, len);
    }
  }
  return enc.toUint8Array();
}

/**
 * The reviewer's parked change: clock 0 of `client` is an invisible item whose right origin
 * (or origin) is `waitsOn`; clocks 1.. are what `write` does on a copy of `base`.
 */
export function parkedBehind(base: Y.Doc, waitsOn: Y.ID, write: (doc: Y.Doc) => void, options: { client?: number; via?: "origin" | "right-origin" } = {}): Uint8Array {
  const client = options.client ?? 777;
  const forge = new Y.Doc();
  forge.clientID = client;
  Y.applyUpdate(forge, Y.encodeStateAsUpdate(base));
  forge.getArray("placeholder").insert(0, [0]); // clock 0, replaced below
  write(forge);
  const rest = (Y.decodeUpdate(Y.encodeStateAsUpdate(forge, Y.encodeStateVector(base))).structs as Array<Y.Item | Y.GC>).filter(
    (s) => s.id.client === client && s.id.clock > 0,
  );
  const via = options.via === "origin" ? { origin: waitsOn, rightOrigin: null } : { origin: null, rightOrigin: waitsOn };
  const head = new Y.Item(Y.createID(client, 0), null, via.origin, null, via.rightOrigin, null, null, new Y.ContentDeleted(1));
  forge.destroy();
  return writeBlocks([{ client, clock: 0, structs: [head, ...rest] }]);
}
