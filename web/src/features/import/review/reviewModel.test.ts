import { describe, expect, it } from "vitest";
import type { ReviewCandidate, ReviewItem } from "@shared/model/index.ts";
import type { ReviewEntry } from "@shared/rules/matchReview.ts";
import { bulkAcceptable, candidatesOf, decisionFor, scoreRange } from "./reviewModel.ts";

const candidate = (householdId: string, score: number): ReviewCandidate => ({ householdId, score, evidence: [{ code: "nama_mirip", weight: 2, values: { a: "Moh. Yusuf", b: "Muhammad Yusuf", peran: "kepala keluarga" } }] });
const entry = (rowId: string, state: ReviewEntry["state"], ...candidates: ReviewCandidate[]): ReviewEntry => ({
  list: "sosial",
  rowId,
  state,
  heads: [],
  item: { list: "sosial", rowId, batchId: "b0001", at: "2026-11-22T00:00:00.000Z", social: null, family: null, candidates } satisfies ReviewItem,
});

describe("the review screen's rules", () => {
  it("shows the best candidate first", () => {
    expect(candidatesOf(entry("DT-1", "open", candidate("a", 1), candidate("b", 4))).map((c) => c.householdId)).toEqual(["b", "a"]);
  });

  it.each([
    ["at or above the score", 5, ["DT-1", "DT-4"]],
    ["a lower score takes more", 2, ["DT-1", "DT-2", "DT-4"]],
    ["above every pair takes none", 9, []],
  ])("bulk accept takes open and put-off pairs %s, never a conflict nor a near tie", (_, min, rows) => {
    const entries = [
      entry("DT-1", "open", candidate("a", 6)),
      entry("DT-2", "later", candidate("b", 3)),
      entry("DT-3", "conflict", candidate("c", 8)),
      entry("DT-4", "open", candidate("d", 7.5), candidate("e", 2)),
      entry("DT-5", "open", candidate("f", 6), candidate("g", 5.5)),
    ];
    expect(bulkAcceptable(entries, min).map((p) => p.entry.rowId)).toEqual(rows);
  });

  it("the slider spans the waiting pairs' best scores", () => {
    expect(scoreRange([entry("DT-1", "open", candidate("a", -2.4)), entry("DT-2", "open", candidate("b", 7.2))])).toEqual({ min: -3, max: 8 });
    expect(scoreRange([])).toEqual({ min: 0, max: 0 });
  });

  it.each([
    ["accept links the chosen candidate with its score and evidence", "link" as const, { householdId: "a", outcome: "link", score: 6, evidence: ["nama_mirip"] }],
    ["reject says the row is none of its candidates", "reject" as const, { householdId: "", outcome: "reject", score: null, evidence: [] }],
    ["later keeps the pair waiting", "later" as const, { householdId: "a", outcome: "later", score: 6, evidence: ["nama_mirip"] }],
  ])("%s, under the rule version given", (_, outcome, expected) => {
    const e = entry("DT-1", "open", candidate("a", 6));
    expect(decisionFor(e, outcome, candidatesOf(e)[0]!, "m1")).toEqual({ list: "sosial", rowId: "DT-1", ruleVersion: "m1", ...expected });
  });
});
