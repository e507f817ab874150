/** Test helpers for the room unit tests: a room on memory storage, fake sockets, hand-written updates. Not used by the relay. */
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { TokenPayload } from "@shared/model/index.ts";
import { memoryLogger } from "../log.ts";
import { MemoryStorage } from "../storage/memory.ts";
import { Connection } from "./connection.ts";
import { Room, type RoomHost } from "./room.ts";

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

export function loadTestRoom(name = "desa-uji/board", storage = new MemoryStorage()): TestRoom {
  const log = memoryLogger();
  const dropped: string[] = [];
  const discarded: Room[] = [];
  const host: RoomHost = {
    storage,
    log,
    compactEvery: 10_000,
    roomDiscarded: (room) => discarded.push(room),
    updateDropped: (_room, conn) => dropped.push(conn.token.jti),
    roomEmpty: () => {},
  };
  return { room: Room.load(name, host), storage, log, dropped, discarded };
}

export interface FakeConnection {
  conn: Connection;
  /** frames the relay sent */
  sent: Uint8Array[];
  closed: Array<{ code: number; reason: string }>;
}

export function connect(room: Room, token: TokenPayload, canWrite = true): FakeConnection {
  const sent: Uint8Array[] = [];
  const closed: FakeConnection["closed"] = [];
  const socket = {
    OPEN: 1,
    readyState: 1,
    send: (frame: Uint8Array) => sent.push(frame),
    close: (code: number, reason: string) => closed.push({ code, reason }),
    terminate: () => {},
  };
  const conn = new Connection(socket as never, token, room.name, "board", canWrite);
  room.addConnection(conn);
  return { conn, sent, closed };
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
