/**
 * When a room's updates are merged into its snapshot (issue 17 item 4). A compaction
 * rewrites the whole document, so doing it every N updates made 1,000 small edits to the
 * 20,000-household roster (8 MiB) write 101 MB. It is done by bytes instead: when the updates
 * since the snapshot reach a share of the snapshot (so the bytes a compaction writes are at
 * most 1/ratio times the bytes that arrived since the last one), or when there are so many
 * that a load would replay too many; and when a room goes idle (unloaded, or the relay stops),
 * only if the updates since the snapshot are worth it.
 */
export interface CompactionPolicy {
  /** while the room is in use: compact once the updates since the snapshot reach this share of it */
  ratio: number;
  /** ...and at least this many bytes (a small document is not rewritten for every few edits) */
  minBytes: number;
  /** ...or this many updates, whatever their size */
  maxUpdates: number;
  /** when the room goes idle: compact if the updates reach this share of the snapshot */
  idleRatio: number;
}

export const DEFAULT_COMPACTION: CompactionPolicy = {
  ratio: 0.5,
  minBytes: 256 * 1024,
  maxUpdates: 5000,
  idleRatio: 0.1,
};

export interface TailStats {
  /** bytes of the stored snapshot (0: none yet) */
  snapshotBytes: number;
  /** updates stored since the snapshot, and their bytes */
  tailUpdates: number;
  tailBytes: number;
}

export function compactionDue(policy: CompactionPolicy, stats: TailStats, moment: "write" | "idle"): boolean {
  if (stats.tailUpdates === 0) return false;
  if (stats.tailUpdates >= policy.maxUpdates) return true;
  if (stats.tailBytes >= Math.max(policy.minBytes, policy.ratio * stats.snapshotBytes)) return true;
  return moment === "idle" && stats.tailBytes >= policy.idleRatio * stats.snapshotBytes;
}
