import { describe, expect, it } from "vitest";
import { emptyHousehold, emptyMember, type Household, type Measurement, type Member } from "../model/index.ts";
import { assessHousehold } from "./householdAssessment.ts";
import { lengthForAge } from "./growth/index.ts";
import { DEFAULT_SCREENING_SETTINGS } from "./screening/settings.ts";

const TODAY = "2026-11-22";

function member(id: string, patch: Partial<Member>): Member {
  return { ...emptyMember(), id, ...patch };
}

function household(members: Member[], measurements: Measurement[] = [], patch: Partial<Household> = {}): Household {
  return {
    ...emptyHousehold(),
    id: "h1",
    kepala: "Budi",
    rt: 3,
    rw: 1,
    sumberAir: "ledeng",
    jamban: "jamban_septik",
    aid: [],
    consent: null,
    members,
    measurements,
    conflicts: [],
    createdAt: "",
    updatedAt: "",
    ...patch,
  };
}

const wife36 = member("w", { relation: "istri", sex: "F", birthDate: "1990-01-10", contraception: "modern", childrenCount: 1, lastBirthDate: "2025-05-01" });
const child = member("c", { relation: "anak", sex: "M", birthDate: "2025-05-01" });

describe("assessHousehold", () => {
  it("explains KRS by its factors and not by poverty", () => {
    const a = assessHousehold(household([wife36, child], [], { jamban: "tidak_ada", desil: 1, aid: ["PKH"] }), DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(a.screening.isKrs).toBe(true);
    expect(a.screening.factors).toEqual(expect.arrayContaining(["jamban_tidak_layak", "terlalu_tua"]));
    expect(a.screening.factors).not.toContain("miskin");
    expect(a.screening.priority.miskin).toBe(true);
  });

  it("a family with no target member is not KRS whatever its jamban", () => {
    const grandpa = member("g", { relation: "kepala", sex: "M", birthDate: "1950-01-01" });
    const a = assessHousehold(household([grandpa], [], { jamban: "tidak_ada" }), DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(a.screening.isSasaran).toBe(false);
    expect(a.screening.isKrs).toBe(false);
  });

  it("a child whose sex was not recorded still makes the family sasaran (baduta)", () => {
    const unknownSex = member("c", { relation: "anak", birthDate: "2025-05-01" });
    const a = assessHousehold(household([unknownSex]), DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(a.screening.sasaran.baduta).toBe(true);
  });

  it("gives each measured child the WHO z-score and the worst stunting category of the family", () => {
    const m: Measurement = { id: "x", memberId: "c", date: "2026-11-01", position: "lying", measuredBy: "Ani", lengthCm: 70, weightKg: 8.1 };
    const a = assessHousehold(household([wife36, child], [m]), DEFAULT_SCREENING_SETTINGS, TODAY);
    const direct = lengthForAge({ sex: "M", ageDays: 549, lengthCm: 70, position: "lying" });
    expect(a.children).toHaveLength(1);
    expect(a.children[0]!.latest!.ageDays).toBe(549);
    expect(a.children[0]!.latest!.lengthForAge).toEqual(direct);
    expect(direct.category).toBe("sangat pendek");
    expect(a.stunting).toBe("sangat pendek");
  });

  it("a measurement of a child with no birth date gives no z-score rather than a wrong one", () => {
    const noBirth = member("c", { relation: "anak", sex: "F" });
    const m: Measurement = { id: "x", memberId: "c", date: "2026-11-01", position: "lying", measuredBy: "", lengthCm: 70, weightKg: null };
    const a = assessHousehold(household([noBirth], [m]), DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(a.children[0]!.points).toEqual([]);
    expect(a.stunting).toBeNull();
  });
});
