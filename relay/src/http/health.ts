import type { ServerResponse } from "node:http";
import { sendJson } from "./respond.ts";
import type { StorageHealth } from "./storageHealth.ts";

export interface HealthStats {
  rooms: number;
  connections: number;
  droppedUpdates: number;
  uptimeSeconds: number;
}

/**
 * GET /healthz: liveness, the store's health and a few counters; nothing about who is connected. 503 when
 * the store fails (a monitor or a load balancer must not take a relay that cannot keep updates for healthy).
 */
export function sendHealth(res: ServerResponse, stats: HealthStats, storage: StorageHealth): void {
  sendJson(res, storage.ok ? 200 : 503, {
    ok: storage.ok,
    storage: { ok: storage.ok, error: storage.error, since: storage.since === null ? null : new Date(storage.since).toISOString() },
    ...stats,
  });
}
