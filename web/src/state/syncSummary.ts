import type { LinkState } from "../sync/docConnection.ts";
import type { PendingSnapshot } from "../sync/pendingTracker.ts";

/**
 * One honest line for the whole workspace: the worst link wins, and pending
 * changes are summed with the oldest "since".
 */
export type SyncMode = "online" | "syncing" | "offline" | "refused";

export interface SyncSummary {
  mode: SyncMode;
  pending: number;
  since: number | null;
  refusal: string | null;
}

export interface LinkReport {
  link: LinkState;
  pending: PendingSnapshot;
  refusal: string | null;
}

export function summariseSync(links: LinkReport[], browserOnline: boolean): SyncSummary {
  let pending = 0;
  let since: number | null = null;
  let refusal: string | null = null;
  let anyOffline = !browserOnline;
  let anySyncing = false;
  for (const l of links) {
    pending += l.pending.count;
    if (l.pending.since !== null) since = since === null ? l.pending.since : Math.min(since, l.pending.since);
    if (l.link === "refused") refusal = refusal ?? l.refusal ?? "ditolak";
    else if (l.link === "offline") anyOffline = true;
    else if (l.link === "connecting" || l.link === "connected") anySyncing = true;
  }
  const mode: SyncMode = refusal ? "refused" : anyOffline ? "offline" : anySyncing || pending > 0 ? "syncing" : "online";
  return { mode, pending, since, refusal };
}
