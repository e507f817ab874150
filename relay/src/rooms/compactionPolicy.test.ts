import { describe, expect, it } from "vitest";
import { compactionDue, DEFAULT_COMPACTION, type TailStats } from "./compactionPolicy.ts";

const MiB = 1024 * 1024;
const stats = (snapshotBytes: number, tailUpdates: number, tailBytes: number): TailStats => ({ snapshotBytes, tailUpdates, tailBytes });

describe("compaction by bytes, not every N updates", () => {
  it.each<[string, TailStats, "write" | "idle", boolean]>([
    ["nothing since the snapshot", stats(8 * MiB, 0, 0), "idle", false],
    ["1,000 small edits (30 KB) to the 8 MiB roster, in use", stats(8 * MiB, 1000, 30_000), "write", false],
    ["the same, when the room goes idle: under a tenth of the snapshot", stats(8 * MiB, 1000, 30_000), "idle", false],
    ["an import-sized update (4.6 MiB) on the 8 MiB roster: half of it", stats(8 * MiB, 1, 4.6 * MiB), "write", true],
    ["a small meeting document: 200 keystrokes are not worth a rewrite while in use", stats(4_000, 200, 6_000), "write", false],
    ["...but are when it goes idle", stats(4_000, 200, 6_000), "idle", true],
    ["a room never compacted, idle with one update", stats(0, 1, 500), "idle", true],
    ["5,000 updates, whatever their size", stats(8 * MiB, 5000, 150_000), "write", true],
    ["small document, 256 KiB of edits", stats(10_000, 900, 256 * 1024), "write", true],
  ])("%s", (_name, tail, moment, due) => {
    expect(compactionDue(DEFAULT_COMPACTION, tail, moment)).toBe(due);
  });

  it("bounds what compactions write: updates arriving in small pieces on a big document cost at most 1/ratio of the snapshot per ratio x snapshot received", () => {
    // simulate a stream of 300-byte edits to an 8 MiB document that grows by what arrives
    let snapshot = 8 * MiB;
    const tail = { n: 0, bytes: 0 };
    let written = 0;
    let received = 0;
    for (let i = 0; i < 60_000; i++) {
      tail.n++;
      tail.bytes += 300;
      received += 300;
      written += 300;
      if (compactionDue(DEFAULT_COMPACTION, stats(snapshot, tail.n, tail.bytes), "write")) {
        snapshot += tail.bytes * 0.2; // most edits replace values
        written += snapshot;
        tail.n = 0;
        tail.bytes = 0;
      }
    }
    expect(written / received).toBeLessThan(10);
  });
});
