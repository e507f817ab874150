import type { ServerResponse } from "node:http";
import { sendJson } from "./respond.ts";

export interface HealthStats {
  rooms: number;
  connections: number;
  droppedUpdates: number;
  uptimeSeconds: number;
}

/** GET /healthz: liveness plus a few counters; nothing about who is connected. */
export function sendHealth(res: ServerResponse, stats: HealthStats): void {
  sendJson(res, 200, { ok: true, ...stats });
}
