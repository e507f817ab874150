import { describe, expect, it } from "vitest";
import type { MatchDecision, ReviewItem } from "../model/index.ts";
import { decisionsByRow, rejectedPair, reviewQueue, rowState } from "./matchReview.ts";

const d = (id: string, patch: Partial<MatchDecision>): MatchDecision => ({
  id, list: "sosial", rowId: "DT-1", householdId: "h1", outcome: "link", by: "Ani", at: "2026-11-22T00:00:00.000Z", ruleVersion: "fs-1", score: 5, evidence: [], supersedes: [], undoes: null, item: null, ...patch,
});
const item = (rowId: string, score: number): ReviewItem => ({ list: "sosial", rowId, batchId: "s0001", at: "", social: null, family: null, candidates: [{ householdId: "h1", score, evidence: [] }] });
const stateOf = (decisions: MatchDecision[]) => rowState(decisionsByRow(decisions).get("sosial|DT-1")?.standing ?? []);

describe("a row's state from its decisions", () => {
  it.each([
    ["no decision", [], "open"],
    ["linked", [d("a", {})], "linked"],
    ["rejected", [d("a", { outcome: "reject" })], "rejected"],
    ["put off", [d("a", { outcome: "later" })], "later"],
    ["a later link over a reject", [d("a", { outcome: "reject" }), d("b", { supersedes: ["a"] })], "linked"],
    ["an undone link", [d("a", {}), d("b", { outcome: "undo", undoes: "a", supersedes: ["a"] })], "open"],
    ["an undone undo brings the link back", [d("a", {}), d("b", { outcome: "undo", undoes: "a", supersedes: ["a"] }), d("c", { outcome: "undo", undoes: "b", supersedes: ["b"] })], "linked"],
    ["two phones: link and reject", [d("a", {}), d("b", { outcome: "reject", by: "Yuli" })], "conflict"],
    ["two phones: linked to two households", [d("a", {}), d("b", { householdId: "h2" })], "conflict"],
    ["two phones: the same link", [d("a", {}), d("b", {})], "linked"],
    ["two phones: later and a link", [d("a", { outcome: "later" }), d("b", {})], "linked"],
  ] as const)("%s: %s", (_, decisions, expected) => {
    expect(stateOf([...decisions])).toBe(expected);
  });

  it("a reject of every candidate rejects each of them", () => {
    const rejected = d("a", { outcome: "reject", householdId: "", item: { ...item("DT-1", 3), candidates: [{ householdId: "h1", score: 3, evidence: [] }, { householdId: "h2", score: 2, evidence: [] }] } });
    expect([rejectedPair([rejected], "h1"), rejectedPair([rejected], "h2"), rejectedPair([rejected], "h3")]).toEqual([true, true, false]);
  });
});

describe("reviewQueue", () => {
  it("shows conflicts first, then open pairs best score first, then those put off; settled rows not at all", () => {
    const items = [item("DT-1", 2), item("DT-2", 9), item("DT-3", 5), item("DT-4", 7)];
    const decisions = [d("a", { rowId: "DT-3", outcome: "later" }), d("b", { rowId: "DT-4" }), d("c", { rowId: "DT-5" }), d("e", { rowId: "DT-5", householdId: "h2", item: item("DT-5", 4) })];
    expect(reviewQueue(items, decisions).map((e) => [e.rowId, e.state])).toEqual([["DT-5", "conflict"], ["DT-2", "open"], ["DT-1", "open"], ["DT-3", "later"]]);
    expect(reviewQueue(items, decisions)[0]!.item?.rowId).toBe("DT-5");
  });
});
