import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { nowSeconds } from "./auth/tokens.ts";
import { handleApi } from "./http/api.ts";
import { handleReports } from "./http/reports.ts";
import { handleAddresses } from "./http/addresses.ts";
import { handleAudit } from "./http/audit.ts";
import { sendHealth } from "./http/health.ts";
import { sendError } from "./http/respond.ts";
import { serveStatic } from "./http/static.ts";
import { handleTokenStatus } from "./http/tokenStatus.ts";
import { decideUpgrade, refuseUpgrade } from "./http/upgrade.ts";
import { errorText, type Logger } from "./log.ts";
import { CLOSE_TOKEN_INVALID, REASON_REVOKED } from "./rooms/closeCodes.ts";
import { DEFAULT_COMPACTION, type CompactionPolicy } from "./rooms/compactionPolicy.ts";
import { Rooms } from "./rooms/rooms.ts";
import { SqliteStorage } from "./storage/sqlite.ts";
import type { RelayStorage, RoomStore } from "./storage/types.ts";

export interface RelayOptions {
  /** the relay's store; a SqliteStorage also lets big rooms load in worker threads (their own connections to its file) */
  storage: RelayStorage & RoomStore;
  secret: string;
  log: Logger;
  /** the built PWA (dist/); omitted → only relay endpoints */
  staticDir?: string | undefined;
  /** frames above this close the socket with 1009 */
  maxFrameBytes?: number;
  /** an idle room is unloaded (compacted first if worth it) this long after its last connection left */
  unloadDelayMs?: number;
  /** when rooms are compacted (rooms/compactionPolicy.ts) */
  compaction?: Partial<CompactionPolicy>;
  /** connections are pinged this often; a peer that showed no sign of life for one period is dropped (default 30 s) */
  heartbeatMs?: number;
  /** bytes a connection may have queued before it is cut as a reader too slow or gone (default 16 MiB) */
  maxQueuedBytes?: number;
  /** estimated memory of loaded rooms above which idle ones are unloaded, least recently used first (default 1 GiB) */
  memoryBudgetBytes?: number;
  /** a room whose connections sent no sync message for this long counts as idle for the memory budget (default 60 s) */
  idleAfterMs?: number;
  /** rooms stored at this size or more load in a worker thread (default 512 KiB) */
  heavyRoomBytes?: number;
  /** a frame this big for a room on the main thread moves it to a worker first (default 1 MiB) */
  heavyFrameBytes?: number;
  /** worker threads for big rooms, at most (default 2; 0: every room on the main thread) */
  roomWorkers?: number;
  /**
   * start one room worker with the relay and keep it, so the first big room does not wait for a thread to boot
   * (default false: the thread costs about 40 MiB, and a relay whose villages are small never needs it)
   */
  prestartWorker?: boolean;
  /** how often live sockets are checked for expired tokens */
  tokenCheckIntervalMs?: number;
  tls?: { cert: Buffer | string; key: Buffer | string } | undefined;
  /** PUBLIC_URL: the base invite links use first (a relay behind a proxy or with a DNS name) */
  publicUrl?: string | null;
  /** the clock reports are received by (a sane month, receivedAt); tests pin it */
  now?: () => Date;
}

export interface Relay {
  listen(port: number, host?: string): Promise<{ port: number }>;
  /** Compacts loaded rooms, closes sockets and the server. Does not close the storage (its owner does). */
  close(): Promise<void>;
  stats(): { rooms: number; connections: number; droppedUpdates: number; uptimeSeconds: number };
  /** Test and operations knob: caps the database size on every connection of the relay (SQLITE_FULL past it). */
  setMaxPageCount(pages: number): void;
}

/** One process: the PWA's static files, the invite API, /healthz and the sync WebSocket. */
export function createRelay(options: RelayOptions): Relay {
  const { storage, secret, log } = options;
  const startedAt = Date.now();
  const rooms = new Rooms({
    storage,
    log,
    compaction: { ...DEFAULT_COMPACTION, ...options.compaction },
    unloadDelayMs: options.unloadDelayMs ?? 30_000,
    heartbeatMs: options.heartbeatMs ?? 30_000,
    maxQueuedBytes: options.maxQueuedBytes ?? 16 * 1024 * 1024,
    memoryBudgetBytes: options.memoryBudgetBytes ?? 1024 * 1024 * 1024,
    idleAfterMs: options.idleAfterMs ?? 60_000,
    heavyRoomBytes: options.heavyRoomBytes ?? 512 * 1024,
    heavyFrameBytes: options.heavyFrameBytes ?? 1024 * 1024,
    maxWorkers: options.roomWorkers ?? 2,
    prestartWorker: options.prestartWorker ?? false,
    workerStore: storage instanceof SqliteStorage ? { file: storage.file, options: storage.options } : null,
  });
  let listening: { port: number; host: string } | null = null;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes ?? 16 * 1024 * 1024 });

  const stats = () => ({
    rooms: rooms.roomCount,
    connections: rooms.connectionCount,
    droppedUpdates: rooms.droppedUpdates,
    uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000),
  });

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const handle = async () => {
      if (path === "/healthz") return sendHealth(res, stats());
      if (path === "/api/token-status") return handleTokenStatus(req, res, { secret, storage, log });
      if (path === "/api/addresses") {
        return handleAddresses(req, res, {
          secret,
          storage,
          listen: () => listening && { ...listening, tls: options.tls !== undefined, publicUrl: options.publicUrl ?? null },
        });
      }
      if (await handleReports(req, res, path, { secret, storage, log, now: options.now ?? (() => new Date()) })) return;
      if (await handleAudit(req, res, path, { secret, storage, log })) return;
      if (path === "/api" || path.startsWith("/api/")) {
        return handleApi(req, res, path, {
          secret,
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
    try {
      const decision = decideUpgrade(req.url, secret, storage);
      if (!decision.ok) {
        log.warn("upgrade.refused", { status: decision.status, why: decision.why });
        refuseUpgrade(socket, decision.status, decision.why);
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        rooms.join(ws, decision.payload, decision.workspaceId, decision.doc);
      });
    } catch (error) {
      log.error("upgrade.error", { error: errorText(error) });
      refuseUpgrade(socket, 500, "kesalahan relay");
    }
  };

  const server: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, onRequest)
    : createHttpServer(onRequest);
  server.on("upgrade", onUpgrade);
  server.on("clientError", (_error, socket) => socket.destroy());

  const expiryTimer = setInterval(() => rooms.closeExpired(nowSeconds()), options.tokenCheckIntervalMs ?? 60_000);
  expiryTimer.unref();

  return {
    stats,
    setMaxPageCount: (pages) => rooms.setMaxPageCount(pages),
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
      await rooms.closeAll();
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
