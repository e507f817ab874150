import { describe, expect, it } from "vitest";
import { familyLabel, NEED_DOMAIN, needReasons } from "./boardNeeds.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";

const assessment = (isKrs: boolean, factors: string[], stunting: "pendek" | null) =>
  ({ screening: { isKrs, factors }, children: [], stunting }) as unknown as HouseholdAssessment;

describe("needs the pokja publishes from a household", () => {
  it("labels a family by the head's initials and RT/RW only (RT numbers repeat across RWs)", () => {
    expect(familyLabel({ kepala: "Budi Santoso", rt: 3, rw: 2 })).toBe("Kel. B. S., RT 03/RW 02");
    expect(familyLabel({ kepala: "Budi Santoso", rt: 3, rw: null })).toBe("Kel. B. S., RT 03");
    expect(familyLabel({ kepala: "  siti  'aminah ", rt: null, rw: 1 })).toBe("Kel. S. A.");
    expect(familyLabel({ kepala: "", rt: 12, rw: 10 })).toBe("Kel. ?, RT 12/RW 10");
  });

  it("offers each KRS factor and a stunted child, each with a Ragapantas domain", () => {
    expect(needReasons(assessment(true, ["jamban_tidak_layak", "terlalu_tua"], "pendek"))).toEqual(["jamban_tidak_layak", "terlalu_tua", "stunting"]);
    expect(needReasons(assessment(false, [], null))).toEqual([]);
    expect(NEED_DOMAIN.jamban_tidak_layak).toBe("pantas_tempat_tinggal");
    expect(NEED_DOMAIN.tidak_kb_modern).toBe("pantas_sehat");
    expect(NEED_DOMAIN.stunting).toBe("pantas_pangan");
  });
});
