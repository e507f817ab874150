import { describe, expect, it } from "vitest";
import { emptyHousehold, emptyMember, type Household, type Measurement, type Member } from "../../model/index.ts";
import { assessHousehold } from "../householdAssessment.ts";
import { DEFAULT_SCREENING_SETTINGS } from "../screening/settings.ts";
import { toDraftFamily } from "./draftFamily.ts";
import type { DraftFamily } from "./draft.ts";

const TODAY = "2026-11-22";
const member = (id: string, patch: Partial<Member>): Member => ({ ...emptyMember(), id, ...patch });
const wife25 = member("w", { relation: "istri", sex: "F", birthDate: "2001-03-10", contraception: "modern", childrenCount: 1, lastBirthDate: "2025-05-01" });
const pregnantWife = member("w", { relation: "istri", sex: "F", birthDate: "2001-03-10", contraception: "tidak", childrenCount: 1, lastBirthDate: "2023-05-01", pregnant: true });
const baduta = member("c", { relation: "anak", sex: "M", birthDate: "2025-05-01" });
const length = (lengthCm: number): Measurement => ({ id: "m", memberId: "c", date: "2026-11-01", position: "lying", measuredBy: "Ani", lengthCm, weightKg: null });

function household(members: Member[], patch: Partial<Household> = {}, measurements: Measurement[] = []): Household {
  return {
    ...emptyHousehold(), id: "h1", kepala: "Budi", rt: 3, rw: 2, sumberAir: "ledeng", jamban: "jamban_septik", aid: [], consent: null,
    members, measurements, conflicts: [], createdAt: "", updatedAt: "", ...patch,
  };
}

const draft = (h: Household) => toDraftFamily(h, assessHousehold(h, DEFAULT_SCREENING_SETTINGS, TODAY));

describe("toDraftFamily", () => {
  it.each<[string, Household, Partial<DraftFamily>]>([
    ["a family that is not KRS carries no factor and no targeting gap, even poor", household([wife25, baduta], { desil: 1 }), { rw: 2, isKrs: false, factors: [], baduta: true, targetingGap: false }],
    ["jamban tidak layak makes it KRS with that factor", household([wife25, baduta], { jamban: "tidak_ada" }), { isKrs: true, factors: ["jamban_tidak_layak"] }],
    ["a poor KRS family without PKH, BPNT or PBI is the targeting gap", household([wife25, baduta], { jamban: "tidak_ada", desil: 2 }), { isKrs: true, targetingGap: true }],
    ["with PKH it is not", household([wife25, baduta], { jamban: "tidak_ada", desil: 2, aid: ["PKH"] }), { isKrs: true, targetingGap: false }],
    ["a pregnant wife in a KRS family (unsafe water)", household([pregnantWife], { sumberAir: "sungai" }), { isKrs: true, pusHamil: true, factors: ["air_tidak_layak"] }],
    ["a child whose latest length is far below its age counts as stunted", household([wife25, baduta], {}, [length(70)]), { stuntedChildren: 1 }],
    ["a child of normal length does not", household([wife25, baduta], {}, [length(81)]), { stuntedChildren: 0 }],
    ["an unrecorded RW stays unrecorded", household([wife25, baduta], { rw: null }), { rw: null }],
  ])("%s", (_name, h, expected) => {
    expect(draft(h)).toMatchObject(expected);
  });
});
