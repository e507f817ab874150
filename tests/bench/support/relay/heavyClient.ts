/**
 * A helper process of the relay benchmark: the big-roster client. Applying or generating an
 * 8 MiB roster blocks a Node event loop for hundreds of ms, so it happens here, not in the
 * process that measures the small rooms' latency. Commands are JSON lines on stdin, answers
 * JSON lines on stdout (`{"done": <command>, ...}`).
 *
 *   {"cmd":"join","server":"ws://…/sync","room":"besar-1/roster","token":"…"}   empty doc, until synced
 *   {"cmd":"edits","room":…,"count":250,"perSecond":25}                      small edits, one by one
 *   {"cmd":"grow","room":…,"households":10000}                                one big update (an import's size)
 *   {"cmd":"push","server":…,"room":…,"token":…,"bytes":"<file>"}            connect holding a whole roster
 */
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { householdIds, updateHousehold } from "@shared/crdt/index.ts";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import { watchOwnUpdates } from "./echo.ts";

interface Held {
  doc: Y.Doc;
  provider: WebsocketProvider;
  confirmed: number;
}
const held = new Map<string, Held>();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(predicate: () => boolean, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(5);
  }
}

function connect(server: string, room: string, token: string, doc: Y.Doc, own?: (client: number) => boolean): Held {
  const provider = new WebsocketProvider(server, room, doc, {
    params: token ? { token } : {},
    disableBc: true,
    maxBackoffTime: 2000,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  const h: Held = { doc, provider, confirmed: 0 };
  watchOwnUpdates(provider, () => h.confirmed++, own);
  held.set(room, h);
  return h;
}

async function run(msg: Record<string, unknown>): Promise<Record<string, unknown>> {
  const room = String(msg.room);
  switch (msg.cmd) {
    case "join": {
      const started = performance.now();
      const h = connect(String(msg.server), room, String(msg.token ?? ""), new Y.Doc());
      await until(() => h.provider.synced);
      return { ms: performance.now() - started };
    }
    case "push": {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(readFileSync(String(msg.bytes))));
      const authors = new Set(doc.store.clients.keys());
      const h = connect(String(msg.server), room, String(msg.token ?? ""), doc, (client) => authors.has(client));
      await until(() => h.provider.synced && h.confirmed > 0);
      return {};
    }
    case "edits": {
      const h = held.get(room)!;
      const ids = householdIds(h.doc);
      const count = Number(msg.count);
      const gap = 1000 / Number(msg.perSecond);
      let bytes = 0;
      h.doc.on("update", (u: Uint8Array) => (bytes += u.length));
      const started = performance.now();
      for (let i = 0; i < count; i++) {
        const before = h.confirmed;
        updateHousehold(h.doc, ids[(i * 7919) % ids.length]!, { alamat: `Jl. Uji No. ${i}` }, new Date());
        await until(() => h.confirmed > before);
        const wait = started + (i + 1) * gap - performance.now();
        if (wait > 0) await sleep(wait);
      }
      return { bytes };
    }
    case "grow": {
      const h = held.get(room)!;
      let bytes = 0;
      const onUpdate = (u: Uint8Array) => (bytes += u.length);
      h.doc.on("update", onUpdate);
      const before = h.confirmed;
      h.doc.transact(() => generateRoster(h.doc, { households: Number(msg.households), seed: 99 }));
      h.doc.off("update", onUpdate);
      await until(() => h.confirmed > before);
      return { bytes };
    }
    case "close": {
      for (const h of held.values()) h.provider.destroy();
      held.clear();
      return {};
    }
    default:
      throw new Error(`unknown command ${String(msg.cmd)}`);
  }
}

const lines = createInterface({ input: process.stdin });
let chain = Promise.resolve();
lines.on("line", (line) => {
  const msg = JSON.parse(line) as Record<string, unknown>;
  chain = chain.then(async () => {
    try {
      process.stdout.write(`${JSON.stringify({ done: msg.cmd, ...(await run(msg)) })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ done: msg.cmd, error: String(error) })}\n`);
    }
  });
});
lines.on("close", () => process.exit(0));
