import type { LinkState } from "../sync/docConnection.ts";
import type { PendingSnapshot } from "../sync/pendingTracker.ts";
import { ACCESS_RANK, type AccessVerdict } from "../sync/accessCheck.ts";

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
  /** the relay refuses this device's token (revoked, expired, not accepted): the whole workspace is cut off */
  access: AccessVerdict | null;
  /** a document this device has never received from the relay is being loaded (its empty state means nothing yet) */
  firstSync: boolean;
  /** the device's own copy could not be written: changes live in memory and reach only the relay */
  storageFailed: boolean;
}

export interface LinkReport {
  link: LinkState;
  pending: PendingSnapshot;
  refusal: string | null;
  access: AccessVerdict | null;
  everSynced: boolean;
  storageFailed: boolean;
}

export function summariseSync(links: LinkReport[], browserOnline: boolean): SyncSummary {
  let pending = 0;
  let since: number | null = null;
  let refusal: string | null = null;
  let access: AccessVerdict | null = null;
  let anyOffline = !browserOnline;
  let anySyncing = false;
  let firstSync = false;
  let storageFailed = false;
  for (const l of links) {
    pending += l.pending.count;
    if (l.pending.since !== null) since = since === null ? l.pending.since : Math.min(since, l.pending.since);
    if (l.storageFailed) storageFailed = true;
    if (l.access && (!access || ACCESS_RANK[l.access] > ACCESS_RANK[access])) access = l.access;
    if (l.link === "refused") refusal = refusal ?? l.refusal ?? "ditolak";
    else if (l.link === "offline") anyOffline = true;
    else if (l.link === "connecting" || l.link === "connected") {
      anySyncing = true;
      if (!l.everSynced) firstSync = true;
    }
  }
  const mode: SyncMode = refusal || access ? "refused" : anyOffline ? "offline" : anySyncing || pending > 0 ? "syncing" : "online";
  return { mode, pending, since, refusal, access, firstSync: firstSync && mode === "syncing", storageFailed };
}
