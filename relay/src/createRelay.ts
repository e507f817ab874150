import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import type { Keyring } from "./auth/keys.ts";
import { nowSeconds } from "./auth/tokens.ts";
import { handleApi } from "./http/api.ts";
import { handleReports } from "./http/reports.ts";
import { handleAddresses } from "./http/addresses.ts";
import { handleAudit } from "./http/audit.ts";
import { sendHealth } from "./http/health.ts";
import { handleMe } from "./http/me.ts";
import { sendError } from "./http/respond.ts";
import { serveStatic } from "./http/static.ts";
import { watchStorage } from "./http/storageHealth.ts";
import { handleTokenStatus } from "./http/tokenStatus.ts";
import { chooseProtocol, decideUpgrade, refuseUpgrade } from "./http/upgrade.ts";
import { errorText, type Logger } from "./log.ts";
import { CLOSE_SERVICE_RESTART, CLOSE_TOKEN_INVALID, REASON_REVOKED, REASON_ROOM_MOVED } from "./rooms/closeCodes.ts";
import { DEFAULT_COMPACTION, type CompactionPolicy } from "./rooms/compactionPolicy.ts";
import { Rooms } from "./rooms/rooms.ts";
import { roomName } from "@shared/model/index.ts";
import type { WebSocket } from "ws";
import { SqliteStorage } from "./storage/sqlite.ts";
import { PostgresStorage } from "./storage/postgres.ts";
import type { WorkerStoreSpec } from "./rooms/engines.ts";
import { journalFile } from "./storage/updateJournal.ts";
import { FORWARDED_HEADER, forwardUpgrade } from "./cluster/forward.ts";
import { RoomOwnership } from "./cluster/ownership.ts";
import type { RelayStorage, RoomStore } from "./storage/types.ts";

export interface RelayOptions {
  /** the relay's store; a SqliteStorage also lets big rooms load in worker threads (their own connections to its file) */
  storage: RelayStorage & RoomStore;
  /** the keys tokens are signed and verified with (auth/keys.ts) */
  keys: Keyring;
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
  /** how often `/healthz` may probe the store with a write (storageHealth.ts) */
  healthProbeEveryMs?: number;
  /**
   * Several processes serving the same workspaces on one PostgreSQL (issue 18, PROTOCOL.md 6): each room is
   * held by one process (cluster/ownership.ts), the others forward its sockets there. `address` is where the
   * other processes reach this one (default ws://127.0.0.1:<port>).
   */
  cluster?: { databaseUrl: string; address: string | null } | undefined;
  /**
   * SQLite: the room engines commit small batches through an append-only update journal, folded into the
   * database about once a second (storage/updateJournal.ts); default true. At creation the relay replays the
   * journals a killed process left.
   */
  journal?: boolean;
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
/**
 * How room workers reach the relay's store: their own connection to the SQLite file, or their
 * own pool of two connections to PostgreSQL (its schema is up already). Null for a store only
 * this thread can reach (the in-memory one of tests): every room stays on the main thread.
 */
function workerStoreOf(storage: RelayStorage, journal: boolean): WorkerStoreSpec | null {
  if (storage instanceof SqliteStorage) return { kind: "sqlite", file: storage.file, options: storage.options, journal };
  if (storage instanceof PostgresStorage) return { kind: "postgres", url: storage.url, options: { maxConnections: 2, migrate: false } };
  return null;
}

export function createRelay(options: RelayOptions): Relay {
  const { keys, log } = options;
  const sqlite = options.storage instanceof SqliteStorage ? options.storage : null;
  const journal = sqlite !== null && options.journal !== false && sqlite.file !== ":memory:" && sqlite.file !== "";
  if (sqlite && journal) {
    // what a killed relay had acknowledged but not folded yet: into the database before any room loads
    const replayed = sqlite.recoverJournals();
    if (replayed > 0) log.warn("storage.journal_replayed", { updates: replayed });
    sqlite.useJournal("main", (error) => log.error("storage.fold_failed", { error: errorText(error) }), { checkpointsInBackground: true });
  }
  // every call to the store is watched: /healthz says when writes fail (storageHealth.ts)
  const storageWatch = watchStorage(options.storage, { probeEveryMs: options.healthProbeEveryMs });
  const storage = storageWatch.storage;
  const startedAt = Date.now();
  let lastTokenInUrlLog = -Infinity;
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
    workerStore: workerStoreOf(options.storage, journal),
    onWorkerGone: (worker) => {
      if (!sqlite || !journal) return;
      try {
        const replayed = sqlite.recoverJournal(journalFile(sqlite.file, worker));
        if (replayed > 0) log.warn("storage.journal_replayed", { worker, updates: replayed });
      } catch (error) {
        log.error("storage.journal_replay_failed", { worker, error: errorText(error) });
      }
    },
    onRoomGone: (room) => ownership?.release(room),
  });
  // several processes: set up once the port is known (listen)
  let ownership: RoomOwnership | null = null;
  /** forwarded sockets on this process, by the jti they carry: a revocation cuts them here too */
  const forwarded = new Map<string, Set<(code: number, reason: string) => void>>();
  const closeForwarded = (jti: string, code: number, reason: string): number => {
    const set = forwarded.get(jti);
    if (!set) return 0;
    for (const close of [...set]) close(code, reason);
    return set.size;
  };
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
      if (path === "/healthz") return sendHealth(res, stats(), await storageWatch.check());
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
      if (await handleAudit(req, res, path, { keys, storage, log, settled: (room) => rooms.settled(room) })) return;
      if (path === "/api" || path.startsWith("/api/")) {
        return handleApi(req, res, path, {
          keys,
          storage,
          log,
          revokeLive: (jti) => {
            // the other processes hear it too (they may hold the rooms this token is connected to)
            ownership?.announceRevoked(jti).catch((error: unknown) => log.error("cluster.announce_failed", { error: errorText(error) }));
            return rooms.closeJti(jti, CLOSE_TOKEN_INVALID, REASON_REVOKED) + closeForwarded(jti, CLOSE_TOKEN_INVALID, REASON_REVOKED);
          },
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
      if (ownership) {
        const room = roomName(decision.workspaceId, decision.doc);
        const claim = await ownership.claim(room);
        if (socket.destroyed) return;
        if (!claim.mine) {
          // a socket forwarded to us for a room we do not hold: the room moved meanwhile; the client retries
          if (req.headers[FORWARDED_HEADER] !== undefined) return refuseUpgrade(socket, 503, "ruang sedang pindah; coba lagi");
          const jti = decision.payload.jti;
          return forwardUpgrade(req, socket, head, wss, claim.address, {
            log,
            maxPayload: options.maxFrameBytes ?? 16 * 1024 * 1024,
            heartbeatMs: options.heartbeatMs ?? 30_000,
            maxQueuedBytes: options.maxQueuedBytes ?? 16 * 1024 * 1024,
            onOpen: (_client: WebSocket, close) => {
              let set = forwarded.get(jti);
              if (!set) forwarded.set(jti, (set = new Set()));
              set.add(close);
              return () => {
                set.delete(close);
                if (set.size === 0) forwarded.delete(jti);
              };
            },
          });
        }
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        rooms.join(ws, decision.payload, decision.workspaceId, decision.doc);
      });
    };
    decide().catch((error: unknown) => {
      log.error("upgrade.error", { error: errorText(error) });
      // the database out of reach (several processes, PostgreSQL): 503, the client retries by itself
      if (!socket.destroyed) refuseUpgrade(socket, ownership ? 503 : 500, ownership ? "basis data tidak terjangkau; coba lagi" : "kesalahan relay");
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
    setMaxPageCount: (pages) => rooms.setMaxPageCount(pages),
    listen(port, host = "0.0.0.0") {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const address = server.address();
          listening = { port: typeof address === "object" && address ? address.port : port, host };
          const bound = listening.port;
          if (!options.cluster) return resolve({ port: bound });
          ownership = new RoomOwnership({
            databaseUrl: options.cluster.databaseUrl,
            address: options.cluster.address ?? `${options.tls ? "wss" : "ws"}://127.0.0.1:${bound}`,
            log,
            // the lock connection dropped: every room held here may now be another's; their clients reconnect
            onLost: (lost) => {
              for (const room of lost) rooms.closeRoom(room, CLOSE_SERVICE_RESTART, REASON_ROOM_MOVED);
            },
            onRevoked: (jti) => {
              rooms.closeJti(jti, CLOSE_TOKEN_INVALID, REASON_REVOKED);
              closeForwarded(jti, CLOSE_TOKEN_INVALID, REASON_REVOKED);
            },
          });
          ownership.start().then(
            () => resolve({ port: bound }),
            (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
          );
        });
      });
    },
    async close() {
      clearInterval(expiryTimer);
      await rooms.closeAll();
      for (const jti of [...forwarded.keys()]) closeForwarded(jti, CLOSE_SERVICE_RESTART, REASON_ROOM_MOVED);
      // after the rooms are compacted and closed: their locks go with this connection
      await ownership?.close();
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
