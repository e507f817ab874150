import type { TokenPayload } from "@shared/model/index.ts";
import type { LogFields } from "../log.ts";
import type { Quotas } from "./quotas.ts";

/**
 * What the relay's main thread (rooms.ts: sockets, quotas on rates, heartbeats, placement)
 * and a room engine (roomEngine.ts: the documents) tell each other. The same messages go
 * through a function call (the engine on the main thread) or a worker's message port
 * (roomWorker.ts), so they are plain data.
 */
export interface ConnInfo {
  id: number;
  token: TokenPayload;
  canWrite: boolean;
  quotas: Quotas;
  /** awareness client ids it announced (a connection that moves between engines keeps them) */
  awarenessIds?: number[];
}

export type InEvent =
  /** a connection joins a room; `greet`: send it sync step 1 and the awareness states */
  | { t: "attach"; room: string; conn: ConnInfo; greet: boolean }
  | { t: "frame"; conn: number; data: Uint8Array }
  /** its socket closed */
  | { t: "detach"; conn: number }
  /**
   * Drop a room from memory: `idle` when it has no connection (compacted first if the policy
   * says so, then forgotten), `memory` under memory pressure (its document only: the
   * connections stay and the next sync message loads it again).
   */
  | { t: "unload"; room: string; why: "idle" | "memory" }
  /** Hand the room over to another engine: answered by `evicted` with its connections' awareness. */
  | { t: "evict"; room: string }
  /** Take over a room another engine evicted, with its connections (not greeted again). */
  | { t: "adopt"; room: string; conns: ConnInfo[]; awareness: Uint8Array | null }
  /** Compact what is worth it, forget every room; answered by `shutdown-done`. */
  | { t: "shutdown" }
  /** Test and operations knob of the SQLite store (storage/sqlite.ts). */
  | { t: "max-page-count"; pages: number }
  /**
   * Fold the engine's update journal into the database once what it holds now is committed:
   * answered by `flushed` with the same id (another connection, the audit trail's, then reads it all).
   */
  | { t: "flush"; id: number };

export type OutEvent =
  | { t: "send"; to: number[]; frame: Uint8Array }
  | { t: "close"; conn: number; code: number; reason: string }
  | { t: "log"; level: "debug" | "info" | "warn" | "error"; event: string; fields: LogFields }
  | { t: "dropped" }
  /** a room's document was loaded or unloaded, or its estimated memory changed */
  | { t: "room"; room: string; loaded: boolean; memoryBytes: number; storedBytes: number }
  /** the room closed its connections after a failure and is gone from the engine */
  | { t: "discarded"; room: string }
  /** an idle room is gone from the engine */
  | { t: "unloaded"; room: string }
  | { t: "evicted"; room: string; awareness: Uint8Array | null; owners: Array<[conn: number, ids: number[]]> }
  | { t: "shutdown-done" }
  /** answers `flush` (also when the fold failed: the reader reads what the database holds) */
  | { t: "flushed"; id: number };
