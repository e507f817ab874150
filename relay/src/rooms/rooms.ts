import type { WebSocket } from "ws";
import { canWrite, roomName, type DocKind, type TokenPayload } from "@shared/model/index.ts";
import { errorText, jtiPrefix, type Logger } from "../log.ts";
import type { RelayStorage } from "../storage/types.ts";
import { CLOSE_GOING_AWAY, CLOSE_STORAGE_FAILED, CLOSE_TOKEN_INVALID, REASON_EXPIRED, REASON_STORAGE_FAILED } from "./closeCodes.ts";
import { Connection } from "./connection.ts";
import { Room, type RoomHost } from "./room.ts";

export interface RoomsOptions {
  storage: RelayStorage;
  log: Logger;
  compactEvery: number;
  unloadDelayMs: number;
}

/**
 * The registry of loaded rooms and live connections: loads rooms on first join,
 * unloads idle ones, and finds sockets by token id for revocation and expiry.
 */
export class Rooms implements RoomHost {
  readonly storage: RelayStorage;
  readonly log: Logger;
  readonly compactEvery: number;
  private readonly unloadDelayMs: number;
  private readonly rooms = new Map<string, Room>();
  private readonly byJti = new Map<string, Set<Connection>>();
  droppedUpdates = 0;

  constructor(options: RoomsOptions) {
    this.storage = options.storage;
    this.log = options.log;
    this.compactEvery = options.compactEvery;
    this.unloadDelayMs = options.unloadDelayMs;
  }

  get roomCount(): number {
    return this.rooms.size;
  }

  get connectionCount(): number {
    let n = 0;
    for (const set of this.byJti.values()) n += set.size;
    return n;
  }

  /** Attaches an authenticated socket to its room; the upgrade already checked token and role. */
  join(socket: WebSocket, token: TokenPayload, workspaceId: string, doc: DocKind): void {
    const name = roomName(workspaceId, doc);
    const conn = new Connection(socket, token, name, doc, canWrite(token.role, doc));
    let room: Room;
    try {
      room = this.roomFor(name);
    } catch (error) {
      this.log.error("room.load_failed", { ws: workspaceId, doc, error: errorText(error) });
      conn.close(CLOSE_STORAGE_FAILED, REASON_STORAGE_FAILED);
      return;
    }
    this.track(conn);
    socket.on("message", (data, isBinary) => {
      try {
        if (isBinary) room.receive(conn, toBytes(data));
        else room.rejectMalformed(conn, "text_frame");
      } catch (error) {
        // Never let one connection's bad luck reach the process.
        this.log.error("connection.handler_error", { ...room.logFields(conn), error: errorText(error) });
        conn.close(CLOSE_STORAGE_FAILED, "kesalahan relay");
      }
    });
    socket.on("error", (error) => {
      // ws reports oversize frames (and closes with 1009) and protocol errors here.
      this.log.warn("connection.socket_error", { ...room.logFields(conn), error: errorText(error) });
    });
    socket.on("close", () => {
      this.untrack(conn);
      room.removeConnection(conn);
    });
    room.addConnection(conn);
    this.log.debug("connection.open", { ...room.logFields(conn), write: conn.canWrite });
  }

  /** Closes every live socket that authenticated with `jti`. */
  closeJti(jti: string, code: number, reason: string): number {
    const conns = [...(this.byJti.get(jti) ?? [])];
    for (const conn of conns) conn.close(code, reason);
    if (conns.length > 0) this.log.info("connection.closed_by_token", { jti: jtiPrefix(jti), count: conns.length, code });
    return conns.length;
  }

  closeExpired(nowSeconds: number): void {
    for (const [jti, conns] of this.byJti) {
      const first = conns.values().next().value;
      if (first && first.token.exp <= nowSeconds) this.closeJti(jti, CLOSE_TOKEN_INVALID, REASON_EXPIRED);
    }
  }

  /** Shutdown: compact every loaded room, then close all sockets (clients retry). */
  closeAll(): void {
    for (const room of this.rooms.values()) {
      room.compact();
      for (const conn of room.connections) conn.close(CLOSE_GOING_AWAY, "relay berhenti");
      room.destroy();
    }
    this.rooms.clear();
  }

  roomDiscarded(room: Room): void {
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
  }

  updateDropped(): void {
    this.droppedUpdates++;
  }

  roomEmpty(room: Room): void {
    if (room.unloadTimer) clearTimeout(room.unloadTimer);
    room.unloadTimer = setTimeout(() => this.unload(room), this.unloadDelayMs);
    room.unloadTimer.unref();
  }

  private unload(room: Room): void {
    room.unloadTimer = null;
    if (room.connections.size > 0 || room.isDestroyed) return;
    room.compact();
    room.destroy();
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
    this.log.info("room.unloaded", room.logFields());
  }

  private roomFor(name: string): Room {
    const existing = this.rooms.get(name);
    if (existing && !existing.isDestroyed) {
      if (existing.unloadTimer) clearTimeout(existing.unloadTimer);
      existing.unloadTimer = null;
      return existing;
    }
    const room = Room.load(name, this);
    this.rooms.set(name, room);
    return room;
  }

  private track(conn: Connection): void {
    let set = this.byJti.get(conn.token.jti);
    if (!set) this.byJti.set(conn.token.jti, (set = new Set()));
    set.add(conn);
  }

  private untrack(conn: Connection): void {
    const set = this.byJti.get(conn.token.jti);
    if (!set) return;
    set.delete(conn);
    if (set.size === 0) this.byJti.delete(conn.token.jti);
  }
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data);
}
