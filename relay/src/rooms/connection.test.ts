import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { testToken } from "./testSupport.ts";
import { Connection } from "./connection.ts";
import { quotasFor } from "./quotas.ts";
import { binaryFrame } from "./wsFrame.ts";

// The relay writes frames it framed itself to ws's TCP socket (ws does not make that public), and
// corks it for a batch: real sockets on port 0 show that a stock ws client reads them, in order with
// ws's own frames, and that a reader too slow is still cut.

let server: Server | null = null;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  server = null;
});

async function pair(maxQueuedBytes = 16 * 1024 * 1024): Promise<{ conn: Connection; client: WebSocket; received: Buffer[]; slow: number[] }> {
  const wss = new WebSocketServer({ noServer: true });
  server = createServer();
  const accepted = new Promise<WebSocket>((resolve) => server!.on("upgrade", (req, socket, head) => wss.handleUpgrade(req, socket, head, resolve)));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const received: Buffer[] = [];
  client.on("message", (data) => received.push(data as Buffer));
  const socket = await accepted;
  await new Promise((resolve) => client.once("open", resolve));
  const slow: number[] = [];
  const conn = new Connection(1, socket, testToken("kader", "jti-1"), "desa-uji/minutes", "minutes", true, quotasFor("kader", "minutes"), maxQueuedBytes, (_c, queued) => slow.push(queued));
  return { conn, client, received, slow };
}

async function until(predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}

const message = (n: number, size = 70) => new Uint8Array(size).fill(n);

describe("frames the relay framed itself, on ws's socket", () => {
  it("a stock client reads them in order, with a ping of ws's between them, corked or not", async () => {
    const { conn, client, received } = await pair();
    let pongs = 0;
    client.on("ping", () => pongs++);
    conn.send(binaryFrame(message(1)), message(1));
    conn.socket.ping();
    expect(conn.cork()).toBe(true);
    conn.send(binaryFrame(message(2, 200)), message(2, 200));
    conn.send(binaryFrame(message(3, 70_000)), message(3, 70_000));
    conn.uncork();
    await until(() => received.length === 3 && pongs === 1);
    expect(received.map((b) => [b[0], b.length])).toEqual([[1, 70], [2, 200], [3, 70_000]]);
    client.close();
  });

  it("a reader that stops reading is cut once more than the bound waits for it", async () => {
    const { conn, client, slow } = await pair(256 * 1024);
    (client as unknown as { _socket: { pause(): void } })._socket.pause();
    const big = message(9, 64 * 1024);
    const framed = binaryFrame(big);
    for (let i = 0; i < 1000 && slow.length === 0; i++) conn.send(framed, big);
    expect(slow).toHaveLength(1);
    expect(slow[0]).toBeGreaterThan(0);
    expect(conn.closing).toBe(true);
    await until(() => conn.socket.readyState === conn.socket.CLOSED);
  });

  it("without ws's TCP socket (another ws), the message goes through ws.send", () => {
    const sent: Uint8Array[] = [];
    const socket = { readyState: 1, OPEN: 1, bufferedAmount: 0, send: (data: Uint8Array) => sent.push(data) };
    const conn = new Connection(2, socket as unknown as WebSocket, testToken("kader", "jti-2"), "desa-uji/minutes", "minutes", true, quotasFor("kader", "minutes"), 1024, () => {});
    conn.send(binaryFrame(message(5)), message(5));
    expect(sent).toEqual([message(5)]);
    expect(conn.cork()).toBe(false);
  });
});
