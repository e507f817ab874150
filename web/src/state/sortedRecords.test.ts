import { describe, expect, it } from "vitest";
import { Prng } from "@shared/testing/prng.ts";
import { SortedRecords } from "./sortedRecords.ts";
import { StepMerge, StepSort } from "./stepSort.ts";

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

  it.each([1, 2, 3, 4, 5, 6])("applyInSteps gives what apply gives, whatever step it is cut at, and changes nothing before its last step (seed %i)", (seed) => {
    const prng = new Prng(seed);
    const rec = (id: string): Rec => ({ id, rt: prng.int(1, 5), name: prng.pick(["Ani", "Budi", "Citra", "Dewi", ""]) });
    const sameKey = (a: Rec, b: Rec) => a.rt === b.rt && a.name === b.name;
    const stepped = new SortedRecords<Rec>(byRtThenName, sameKey);
    const plain = new SortedRecords<Rec>(byRtThenName);
    const initial = Array.from({ length: prng.int(0, 700) }, (_, i) => [`h${i}`, rec(`h${i}`)] as [string, Rec]);
    stepped.apply(initial);
    plain.apply(initial);
    for (let round = 0; round < 4; round++) {
      const changes = new Map<string, Rec | null>();
      const size = prng.int(1, 1500);
      for (let i = 0; i < size; i++) {
        const id = `h${prng.int(0, 1200)}`;
        const old = plain.get(id);
        // many keep their place (new data, same name and RT), some move, some go, some are new
        changes.set(id, prng.bool(0.1) ? null : old && prng.bool(0.6) ? { ...old } : rec(id));
      }
      const list = [...changes];
      const before = stepped.list();
      const stepper = stepped.applyInSteps(list);
      let calls = 0;
      // yield at the first look every time: the most cuts possible
      while (!stepper.step(() => true)) {
        calls += 1;
        expect(stepped.list()).toBe(before);
      }
      plain.apply(list);
      expect(stepped.list()).toEqual(plain.list());
      for (const [id] of list) expect(stepped.get(id)).toBe(plain.get(id));
      if (list.length > 600) expect(calls).toBeGreaterThan(1);
    }
  });

  it("StepSort and StepMerge match a plain sort", () => {
    const prng = new Prng(7);
    for (const n of [0, 1, 2, 15, 16, 17, 33, 1000, 4097]) {
      const items = Array.from({ length: n }, (_, i): Rec => ({ id: `r${i}`, rt: prng.int(1, 9), name: prng.pick(["Ani", "Budi", "Citra"]) }));
      const sort = new StepSort(items, byRtThenName);
      while (!sort.step(() => prng.bool(0.3)));
      expect(sort.result()).toEqual([...items].sort(byRtThenName));
      const half = Math.floor(n / 2);
      const left = [...items.slice(0, half)].sort(byRtThenName);
      const right = [...items.slice(half)].sort(byRtThenName);
      const merge = new StepMerge(left, right, byRtThenName);
      while (!merge.step(() => prng.bool(0.3)));
      expect(merge.result()).toEqual([...items].sort(byRtThenName));
    }
  });
});
