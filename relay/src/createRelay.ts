import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import type { Keyring } from "./auth/keys.ts";
import { nowSeconds } from "./auth/tokens.ts";
import { handleApi } from "./http/api.ts";
import { handleReports } from "./http/reports.ts";
import { handleAddresses } from "./http/addresses.ts";
import { sendHealth } from "./http/health.ts";
import { handleMe } from "./http/me.ts";
import { sendError } from "./http/respond.ts";
import { serveStatic } from "./http/static.ts";
import { watchStorage } from "./http/storageHealth.ts";
import { handleTokenStatus } from "./http/tokenStatus.ts";
import { chooseProtocol, decideUpgrade, refuseUpgrade } from "./http/upgrade.ts";
import { errorText, type Logger } from "./log.ts";
import { CLOSE_TOKEN_INVALID, REASON_REVOKED } from "./rooms/closeCodes.ts";
import { Rooms } from "./rooms/rooms.ts";
import type { RelayStorage } from "./storage/types.ts";

export interface RelayOptions {
  storage: RelayStorage;
  /** the keys tokens are signed and verified with (auth/keys.ts) */
  keys: Keyring;
  log: Logger;
  /** the built PWA (dist/); omitted → only relay endpoints */
  staticDir?: string | undefined;
  /** frames above this close the socket with 1009 */
  maxFrameBytes?: number;
  /** an idle room is compacted and unloaded this long after its last connection left */
  unloadDelayMs?: number;
  /** stored updates per room before a compaction is scheduled */
  compactEvery?: number;
  /** how often live sockets are checked for expired tokens */
  tokenCheckIntervalMs?: number;
  tls?: { cert: Buffer | string; key: Buffer | string } | undefined;
  /** PUBLIC_URL: the base invite links use first (a relay behind a proxy or with a DNS name) */
  publicUrl?: string | null;
  /** the clock reports are received by (a sane month, receivedAt); tests pin it */
  now?: () => Date;
  /** how often `/healthz` may probe the store with a write (storageHealth.ts) */
  healthProbeEveryMs?: number;
}

export interface Relay {
  listen(port: number, host?: string): Promise<{ port: number }>;
  /** Compacts loaded rooms, closes sockets and the server. Does not close the storage (its owner does). */
  close(): Promise<void>;
  stats(): { rooms: number; connections: number; droppedUpdates: number; uptimeSeconds: number };
}

/** One process: the PWA's static files, the invite API, /healthz and the sync WebSocket. */
export function createRelay(options: RelayOptions): Relay {
  const { keys, log } = options;
  // every call to the store is watched: /healthz says when writes fail (storageHealth.ts)
  const storageWatch = watchStorage(options.storage, { probeEveryMs: options.healthProbeEveryMs });
  const storage = storageWatch.storage;
  const startedAt = Date.now();
  let lastTokenInUrlLog = -Infinity;
  const rooms = new Rooms({
    storage,
    log,
    compactEvery: options.compactEvery ?? 200,
    unloadDelayMs: options.unloadDelayMs ?? 30_000,
  });
  let listening: { port: number; host: string } | null = null;
  // the app offers "rembuk" and "rembuk-token.<token>": the relay answers "rembuk", never echoing the token
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes ?? 16 * 1024 * 1024, handleProtocols: chooseProtocol });

  const stats = () => ({
    rooms: rooms.roomCount,
    connections: rooms.connectionCount,
    droppedUpdates: rooms.droppedUpdates,
    uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000),
  });

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const handle = async () => {
      if (path === "/healthz") return sendHealth(res, stats(), storageWatch.check());
      if (path === "/api/token-status") return handleTokenStatus(req, res, { keys, storage, log });
      if (path === "/api/me") return handleMe(req, res, { keys, storage });
      if (path === "/api/addresses") {
        return handleAddresses(req, res, {
          keys,
          storage,
          listen: () => listening && { ...listening, tls: options.tls !== undefined, publicUrl: options.publicUrl ?? null },
        });
      }
      if (await handleReports(req, res, path, { keys, storage, log, now: options.now ?? (() => new Date()) })) return;
      if (path === "/api" || path.startsWith("/api/")) {
        return handleApi(req, res, path, {
          keys,
          storage,
          log,
          revokeLive: (jti) => rooms.closeJti(jti, CLOSE_TOKEN_INVALID, REASON_REVOKED),
        });
      }
      if (options.staticDir && serveStatic(req, res, path, options.staticDir)) return;
      sendError(res, 404, "tidak_ditemukan", "Tidak ditemukan.");
    };
    handle().catch((error: unknown) => {
      log.error("http.handler_error", { path: path.slice(0, 64), error: errorText(error) });
      if (!res.headersSent) sendError(res, 500, "kesalahan_relay", "Kesalahan pada relay.");
      else res.destroy();
    });
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on("error", () => socket.destroy());
    const decide = async () => {
      const decision = await decideUpgrade(req, keys, storage);
      // the peer may have gone while the token was checked
      if (socket.destroyed) return;
      if (!decision.ok) {
        log.warn("upgrade.refused", { status: decision.status, why: decision.why });
        refuseUpgrade(socket, decision.status, decision.why);
        return;
      }
      if (decision.tokenInUrl && Date.now() - lastTokenInUrlLog > 60_000) {
        // an app build from before issue 17 (v 1 tokens only): accepted until its token expires; said once a minute
        lastTokenInUrlLog = Date.now();
        log.warn("upgrade.token_in_url", { ws: decision.workspaceId, role: decision.payload.role });
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        rooms.join(ws, decision.payload, decision.workspaceId, decision.doc);
      });
    };
    decide().catch((error: unknown) => {
      log.error("upgrade.error", { error: errorText(error) });
      refuseUpgrade(socket, 500, "kesalahan relay");
    });
  };

  const server: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, onRequest)
    : createHttpServer(onRequest);
  server.on("upgrade", onUpgrade);
  // A request the HTTP parser refuses gets an answer, not a TCP reset: 431 for headers above Node's limit
  // (16 KiB: a token in the subprotocol list is a few hundred bytes), 400 for the rest (PROTOCOL.md section 4b).
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    const code = error.code;
    if (code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = code === "HPE_HEADER_OVERFLOW" ? 431 : code === "HPE_HEADERS_TIMEOUT" || code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    log.debug("http.client_error", { status, code: code ?? "unknown" });
    refuseUpgrade(socket, status, status === 431 ? "header terlalu besar" : status === 408 ? "waktu habis" : "permintaan rusak");
  });

  const expiryTimer = setInterval(() => rooms.closeExpired(nowSeconds()), options.tokenCheckIntervalMs ?? 60_000);
  expiryTimer.unref();

  return {
    stats,
    listen(port, host = "0.0.0.0") {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const address = server.address();
          listening = { port: typeof address === "object" && address ? address.port : port, host };
          resolve({ port: listening.port });
        });
      });
    },
    async close() {
      clearInterval(expiryTimer);
      rooms.closeAll();
      // Let the 1001 close frames go out, briefly; then cut whatever is left.
      const deadline = Date.now() + 500;
      while (wss.clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      log.info("relay.closed", {});
    },
  };
}
