import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import type { RunningRelay } from "./subjects.ts";

/** A stock y-websocket client in this process, as the PWA makes it (no BroadcastChannel). */
export interface BenchClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  map: Y.Map<unknown>;
  destroy(): void;
}

export function openClient(relay: RunningRelay, ws: string, docKind: string, doc = new Y.Doc()): BenchClient {
  const { room, params } = relay.room(ws, docKind);
  const provider = new WebsocketProvider(relay.serverUrl, room, doc, {
    params,
    disableBc: true,
    maxBackoffTime: 2000,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  return {
    doc,
    provider,
    map: doc.getMap("bench"),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitUntil(predicate: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await sleep(10);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Opens clients in batches (a relay, like a person, is not asked to take 2,000 handshakes in one tick). */
export async function openSynced(relay: RunningRelay, specs: Array<{ ws: string; doc: string }>, batch = 100): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  for (let i = 0; i < specs.length; i += batch) {
    const opened = specs.slice(i, i + batch).map((s) => openClient(relay, s.ws, s.doc));
    clients.push(...opened);
    await waitUntil(() => opened.every((c) => c.provider.synced), `clients ${i}-${i + opened.length} synced`);
  }
  return clients;
}

/**
 * Latency of a map write from one client to the others of its room: the writer stores
 * performance.now() in its own key, every other client's observer takes the difference
 * (all clients live in this process, so one clock).
 */
export function observeLatency(client: BenchClient, ownKey: string, sink: number[], onSeen?: (key: string) => void): void {
  client.map.observe((event) => {
    if (event.transaction.local) return;
    const now = performance.now();
    for (const key of event.keysChanged) {
      if (key === ownKey) continue;
      const value = client.map.get(key) as { t: number } | undefined;
      if (value) sink.push(now - value.t);
      onSeen?.(key);
    }
  });
}

/** A small edit, as a person makes one: about 40 bytes of update. */
export function writeStamp(client: BenchClient, key: string, n: number): void {
  client.map.set(key, { t: performance.now(), n });
}
