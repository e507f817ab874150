import { describe, expect, it } from "vitest";
import { Prng } from "@shared/testing/prng.ts";
import { SortedRecords } from "./sortedRecords.ts";

interface Rec {
  id: string;
  rt: number;
  name: string;
}
const byRtThenName = (a: Rec, b: Rec) => a.rt - b.rt || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe("SortedRecords", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("stays equal to a full sort through random edits (seed %i)", (seed) => {
    const prng = new Prng(seed);
    const list = new SortedRecords<Rec>(byRtThenName);
    const truth = new Map<string, Rec>();
    const rec = (id: string): Rec => ({ id, rt: prng.int(1, 5), name: prng.pick(["Ani", "Budi", "Citra", "Dewi", ""]) });
    // a first load (full sort), then small batches (moved one by one) and now and then a large one
    const initial = Array.from({ length: 300 }, (_, i) => `h${i}`).map((id) => [id, rec(id)] as [string, Rec]);
    list.apply(initial);
    for (const [id, r] of initial) truth.set(id, r);
    for (let step = 0; step < 200; step++) {
      const size = prng.bool(0.05) ? SortedRecords.RESORT_AT : prng.int(1, 6);
      const changes: Array<[string, Rec | null]> = [];
      for (let i = 0; i < size; i++) {
        const id = `h${prng.int(0, 400)}`;
        const change: [string, Rec | null] = [id, prng.bool(0.2) ? null : rec(id)];
        changes.push(change);
        if (change[1]) truth.set(id, change[1]);
        else truth.delete(id);
      }
      const before = list.list();
      list.apply(changes);
      expect(list.list()).toEqual([...truth.values()].sort(byRtThenName));
      expect(list.list()).not.toBe(before);
    }
    for (const [id, r] of truth) expect(list.get(id)).toBe(r);
  });

  it("finds a record whose sort keys changed under the same id", () => {
    const list = new SortedRecords<Rec>(byRtThenName);
    list.apply([["a", { id: "a", rt: 1, name: "Ani" }], ["b", { id: "b", rt: 2, name: "Budi" }], ["c", { id: "c", rt: 3, name: "Citra" }]]);
    list.apply([["a", { id: "a", rt: 9, name: "Ani" }]]);
    expect(list.list().map((r) => r.id)).toEqual(["b", "c", "a"]);
  });
});
