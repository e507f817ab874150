import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { MatchPair } from "@shared/rules/matching/types.ts";
import { describeEvidence } from "@shared/rules/matching/index.ts";
import { pairsToCsv } from "./pairsCsv.ts";

const pair = (familyId: string, otherId: string, score: number, decision: MatchPair["decision"], evidence: MatchPair["evidence"]): MatchPair => ({ familyId, otherId, score, decision, evidence });

describe("pairsToCsv", () => {
  it("writes the header, the lists' ids, the decision, the score to 2 decimals and the reasons in Bahasa", () => {
    const evidence = [
      { code: "kk_sama", weight: 9.1 },
      { code: "nama_mirip", weight: 3.2, values: { peran: "kepala", a: 'Moh. "Ucup" Yusuf, S.Pd', b: "Muhammad Yusuf" } },
    ];
    const csv = pairsToCsv([pair("PK-00001", "DT-00129", 18.456, "auto", evidence.slice(0, 1)), pair("17", "DT-1", -1.5, "review", evidence)]);
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { header: false }).data;
    expect(parsed[0]).toEqual(["family_id", "social_id", "decision", "score", "reasons"]);
    expect(parsed[1]).toEqual(["PK-00001", "DT-00129", "auto", "18.46", describeEvidence(evidence[0]!)]);
    // a comma and quotes inside a name survive the round trip
    expect(parsed[2]).toEqual(["17", "DT-1", "review", "-1.50", evidence.map(describeEvidence).join("; ")]);
    expect(csv.endsWith("\n")).toBe(true);
  });

  it("writes only the header when nothing matched", () => {
    expect(pairsToCsv([])).toBe("family_id,social_id,decision,score,reasons\n");
  });
});
