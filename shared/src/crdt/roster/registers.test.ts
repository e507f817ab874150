import { describe, expect, it } from "vitest";
import { KEPT_REPLACED_PER_FIELD, headsOf, planWrite, type EditEntry } from "./registers.ts";

const e = (id: string, stored: unknown, at: number, ...supersedes: string[]): EditEntry => ({ id, stored, by: id.toUpperCase(), at, supersedes });

describe("planWrite", () => {
  it.each<[string, EditEntry[], boolean, unknown, string[]]>([
    ["the first edit of a field keeps nothing", [], false, "x", []],
    ["a sequential edit keeps nothing: the writer saw the value it replaces", [e("a", "Jl. Mawar", 10)], false, "Jl. Melati", []],
    ["settling a race of an ordinary field keeps the value that lost (not the one shown)", [e("a", "Jl. Mawar", 10), e("b", "Jl. Melati", 11)], false, "Jl. Melati", ["a"]],
    ["writing a third value over a race keeps the one that lost, not the one shown", [e("a", "Jl. Mawar", 10), e("b", "Jl. Melati", 11)], false, "Jl. Kenanga", ["a"]],
    ["choosing the losing value keeps nothing: no value was replaced unseen", [e("a", "Jl. Mawar", 10), e("b", "Jl. Melati", 11)], false, "Jl. Mawar", []],
    ["resolving a critical conflict keeps the value not chosen", [e("a", 71, 10), e("b", 72.5, 11)], true, 72.5, ["a"]],
    ["a critical conflict overwritten by a third value keeps both", [e("a", 71, 10), e("b", 72.5, 11)], true, 73, ["b", "a"]],
    ["a value kept before stays at the next edit", [e("a", "Jl. Mawar", 10), e("c", "Jl. Melati", 12, "a", "b")], false, "Jl. Kenanga", ["a"]],
    ["heads that agree are no race", [e("a", "Jl. Mawar", 10), e("b", "Jl. Mawar", 11)], false, "Jl. Melati", []],
  ])("%s", (_name, entries, critical, stored, keep) => {
    const plan = planWrite(entries, critical, stored);
    expect(plan.keep).toEqual(keep);
    expect(plan.supersedes.sort()).toEqual(entries.map((x) => x.id).sort());
  });

  it(`keeps at most ${KEPT_REPLACED_PER_FIELD} replaced values per field, the newest by the writers' clocks`, () => {
    const kept = Array.from({ length: KEPT_REPLACED_PER_FIELD }, (_, i) => e(`k${i}`, `old ${i}`, 100 + i));
    const entries = [...kept, e("a", "Jl. Mawar", 200, ...kept.map((k) => k.id)), e("b", "Jl. Melati", 201, ...kept.map((k) => k.id))];
    const plan = planWrite(entries, false, "Jl. Kenanga");
    expect(plan.keep).toEqual(["a", "k4", "k3", "k2", "k1"]);
  });

  it("a kept value never becomes a head again once the entry that replaced it is deleted", () => {
    const entries = [e("a", "Jl. Mawar", 10), e("c", "Jl. Melati", 12, "a", "b")];
    const plan = planWrite(entries, false, "Jl. Kenanga");
    const after = [...entries.filter((x) => plan.keep.includes(x.id)), e("d", "Jl. Kenanga", 13, ...plan.supersedes)];
    expect(headsOf(after).map((h) => h.id)).toEqual(["d"]);
  });
});
