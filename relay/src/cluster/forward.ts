import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, type RawData, type WebSocketServer } from "ws";
import { refuseUpgrade } from "../http/upgrade.ts";
import { errorText, type Logger } from "../log.ts";
import { CLOSE_SERVICE_RESTART, REASON_ROOM_MOVED } from "../rooms/closeCodes.ts";

/**
 * A socket for a room another process holds (ownership.ts) is forwarded there, frame for frame: the
 * holder sees an ordinary client with the same token (in the same subprotocol list) and does all
 * the work (quotas, the board guard, claims, durability before relaying); this process only
 * copies bytes both ways. The holder's close code reaches the client unchanged (4401 a revoked
 * token, 4403 a refused change...); when the holder goes away (it died, it stopped) the client
 * gets 1012 and reconnects, to whichever process then holds the room.
 *
 * `FORWARDED_HEADER` marks the hop: a process that gets a forwarded socket for a room it does not
 * hold (the room moved meanwhile) refuses it with 503 instead of forwarding again; the client
 * retries.
 */
export const FORWARDED_HEADER = "x-rembuk-forwarded";

export interface ForwardOptions {
  log: Logger;
  /** frames above this are refused on both sides, as on the holder */
  maxPayload: number;
  /** the client is pinged this often; one that does not answer is cut (the holder only sees this process) */
  heartbeatMs: number;
  /** bytes the client may have queued before it is cut (a phone gone, or too slow) */
  maxQueuedBytes: number;
  /** called with the live pair, so a revocation or shutdown here can cut it */
  onOpen?: (client: WebSocket, close: (code: number, reason: string) => void) => () => void;
}

export function forwardUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, wss: WebSocketServer, holder: string, options: ForwardOptions): void {
  const header = req.headers["sec-websocket-protocol"];
  const protocols = typeof header === "string" ? header.split(",").map((p) => p.trim()).filter(Boolean) : [];
  const upstream = new WebSocket(`${holder}${req.url ?? "/"}`, protocols, {
    headers: { [FORWARDED_HEADER]: "1" },
    maxPayload: options.maxPayload,
    perMessageDeflate: false,
    handshakeTimeout: 10_000,
  });
  let opened = false;
  upstream.on("unexpected-response", (_request, response) => {
    // the holder refused (its own checks, or the room moved again): the client hears the same status
    refuseUpgrade(socket, response.statusCode ?? 502, "ditolak oleh proses pemegang ruang");
    upstream.terminate();
  });
  upstream.on("error", (error) => {
    if (opened) return;
    options.log.warn("cluster.forward_failed", { error: errorText(error) });
    if (!socket.destroyed) refuseUpgrade(socket, 503, "proses pemegang ruang tidak terjangkau; coba lagi");
  });
  upstream.once("open", () => {
    opened = true;
    if (socket.destroyed) {
      upstream.close();
      return;
    }
    // the holder greets at once (sync step 1): nothing it says is lost before the client's side is open
    const early: Array<[RawData, boolean]> = [];
    const keep = (data: RawData, isBinary: boolean) => early.push([data, isBinary]);
    upstream.on("message", keep);
    wss.handleUpgrade(req, socket, head, (client) => {
      upstream.off("message", keep);
      for (const [data, isBinary] of early) client.send(data as Buffer, { binary: isBinary });
      pipe(client, upstream, options);
    });
  });
}

function pipe(client: WebSocket, upstream: WebSocket, options: ForwardOptions): void {
  let done = false;
  let alive = true;
  const finish = (code: number, reason: string) => {
    if (done) return;
    done = true;
    clearInterval(heartbeat);
    forget?.();
    if (client.readyState === WebSocket.OPEN) client.close(code, reason);
    else client.terminate();
    if (upstream.readyState === WebSocket.OPEN) upstream.close(1000);
    else upstream.terminate();
  };
  const forget = options.onOpen?.(client, finish);
  const heartbeat = setInterval(() => {
    if (!alive || client.bufferedAmount > options.maxQueuedBytes) {
      client.terminate();
      return finish(CLOSE_SERVICE_RESTART, REASON_ROOM_MOVED);
    }
    alive = false;
    client.ping();
  }, options.heartbeatMs);
  heartbeat.unref();
  client.on("pong", () => (alive = true));
  client.on("message", (data: RawData, isBinary: boolean) => {
    alive = true;
    if (upstream.readyState === WebSocket.OPEN) upstream.send(data as Buffer, { binary: isBinary });
  });
  upstream.on("message", (data: RawData, isBinary: boolean) => {
    if (client.readyState !== WebSocket.OPEN) return;
    if (client.bufferedAmount > options.maxQueuedBytes) return finish(CLOSE_SERVICE_RESTART, REASON_ROOM_MOVED);
    client.send(data as Buffer, { binary: isBinary });
  });
  // the holder's code, unless it is one a peer may not send (1005 none, 1006 abnormal): then "moved, reconnect"
  upstream.on("close", (code: number, reason: Buffer) => finish(sendable(code) ? code : CLOSE_SERVICE_RESTART, sendable(code) ? reason.toString() : REASON_ROOM_MOVED));
  upstream.on("error", () => finish(CLOSE_SERVICE_RESTART, REASON_ROOM_MOVED));
  client.on("close", () => finish(1000, ""));
  client.on("error", () => finish(1000, ""));
}

function sendable(code: number): boolean {
  return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}
