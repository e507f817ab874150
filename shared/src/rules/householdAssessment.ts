/**
 * Everything the roster derives from one household, never stored (PRODUCT.md):
 * its KRS screening and each young child's growth. Pure: the roster record in,
 * plain results out, so the table, the household page and the monthly report
 * all say the same thing.
 */
import type { Household, Measurement, Member } from "../model/index.ts";
import { ageInDays } from "./calendar.ts";
import { lengthForAge, weightForAge, weightForLength, LAST_TABLE_DAY, type GrowthResult, type LengthForAgeCategory, type WeightForAgeCategory, type WeightForLengthCategory } from "./growth/index.ts";
import { screenFamily, type ScreeningResult } from "./screening/screenFamily.ts";
import type { ScreeningSettings } from "./screening/settings.ts";
import type { ScreeningFamily, ScreeningMember } from "./screening/types.ts";

export interface GrowthPoint {
  measurement: Measurement;
  ageDays: number;
  lengthForAge: GrowthResult<LengthForAgeCategory> | null;
  weightForAge: GrowthResult<WeightForAgeCategory> | null;
  weightForLength: GrowthResult<WeightForLengthCategory> | null;
}

export interface ChildGrowth {
  member: Member;
  /** age today in days, null when the birth date is unknown */
  ageDays: number | null;
  points: GrowthPoint[];
  latest: GrowthPoint | null;
}

export interface HouseholdAssessment {
  screening: ScreeningResult;
  children: ChildGrowth[];
  /** the worst length/height-for-age category among the children's latest measurements */
  stunting: "sangat pendek" | "pendek" | null;
}

export function toScreeningFamily(h: Household): ScreeningFamily {
  const members: ScreeningMember[] = h.members.map((m) => {
    const member: ScreeningMember = {
      relation: m.relation === "" ? "lainnya" : m.relation,
      // sex matters only for PUS, which needs relation "istri"; an unanswered sex must not hide a child
      sex: m.sex === "" ? (m.relation === "istri" ? "F" : "M") : m.sex,
      birthDate: m.birthDate === "" ? null : m.birthDate,
      contraception: m.contraception,
      lastBirthDate: m.lastBirthDate,
    };
    if (m.pregnant !== null) member.pregnant = m.pregnant;
    if (m.childrenCount !== null) member.childrenCount = m.childrenCount;
    return member;
  });
  const wife = h.members.find((m) => m.relation === "istri");
  return {
    members,
    household: {
      sumberAir: h.sumberAir,
      jamban: h.jamban,
      desil: h.desil,
      aidProgrammes: h.aid,
      motherEducation: wife && wife.education !== "" ? wife.education : null,
    },
  };
}

function growthPoint(member: Member, m: Measurement): GrowthPoint | null {
  if (member.sex === "" || member.birthDate === "" || m.date === "") return null;
  const ageDays = ageInDays(member.birthDate, m.date);
  if (ageDays === null || ageDays < 0) return null;
  const sex = member.sex;
  return {
    measurement: m,
    ageDays,
    lengthForAge: m.lengthCm === null ? null : lengthForAge({ sex, ageDays, lengthCm: m.lengthCm, position: m.position }),
    weightForAge: m.weightKg === null ? null : weightForAge({ sex, ageDays, weightKg: m.weightKg }),
    weightForLength: m.lengthCm === null || m.weightKg === null ? null : weightForLength({ sex, ageDays, lengthCm: m.lengthCm, position: m.position, weightKg: m.weightKg }),
  };
}

export function assessHousehold(h: Household, settings: ScreeningSettings, today: string): HouseholdAssessment {
  const children: ChildGrowth[] = [];
  for (const member of h.members) {
    const ageDays = member.birthDate ? ageInDays(member.birthDate, today) : null;
    const measured = h.measurements.filter((m) => m.memberId === member.id);
    const underFive = ageDays !== null && ageDays >= 0 && ageDays <= LAST_TABLE_DAY;
    if (!underFive && measured.length === 0) continue;
    const points = measured.map((m) => growthPoint(member, m)).filter((p): p is GrowthPoint => p !== null);
    children.push({ member, ageDays, points, latest: points.at(-1) ?? null });
  }
  let stunting: HouseholdAssessment["stunting"] = null;
  for (const c of children) {
    const category = c.latest?.lengthForAge?.category;
    if (category === "sangat pendek") stunting = "sangat pendek";
    else if (category === "pendek" && stunting === null) stunting = "pendek";
  }
  return { screening: screenFamily(toScreeningFamily(h), settings, today), children, stunting };
}
