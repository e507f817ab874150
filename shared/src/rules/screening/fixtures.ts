/**
 * Builders for the screening tests (not used at runtime). The baseline is a
 * keluarga sasaran with no factor, so each test changes one thing and sees
 * exactly that factor appear.
 */
import type { ScreeningFamily, ScreeningHousehold, ScreeningMember } from "./types.ts";

export const TODAY = "2025-06-01";

/** Birth date of someone exactly `years` old on TODAY (a day later and they are a year younger). */
export function bornYearsAgo(years: number, dayOffset = 0): string {
  return shift(`${2025 - years}-06-01`, dayOffset);
}

/** Birth date of a child of exactly `months` completed months on TODAY. */
export function bornMonthsAgo(months: number, dayOffset = 0): string {
  const total = 2025 * 12 + 5 - months; // June = month index 5
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return shift(`${year}-${String(month).padStart(2, "0")}-01`, dayOffset);
}

function shift(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const husband = (): ScreeningMember => ({ relation: "kepala", sex: "M", birthDate: bornYearsAgo(33) });

export const wife = (overrides: Partial<ScreeningMember> = {}): ScreeningMember => ({
  relation: "istri",
  sex: "F",
  birthDate: bornYearsAgo(30),
  pregnant: false,
  contraception: "modern",
  childrenCount: 2,
  ...overrides,
});

export const child = (months: number, relation: ScreeningMember["relation"] = "anak"): ScreeningMember => ({
  relation,
  sex: "M",
  birthDate: bornMonthsAgo(months),
});

export const goodHousehold = (overrides: Partial<ScreeningHousehold> = {}): ScreeningHousehold => ({
  sumberAir: "ledeng",
  jamban: "jamban_septik",
  desil: 6,
  aidProgrammes: [],
  motherEducation: "sma",
  ...overrides,
});

/** Husband, wife of 30 on modern KB with 2 children (12 and 48 months old), ledeng, septic jamban. */
export function baselineFamily(overrides: { wife?: Partial<ScreeningMember>; household?: Partial<ScreeningHousehold>; children?: ScreeningMember[] } = {}): ScreeningFamily {
  return {
    members: [husband(), wife(overrides.wife), ...(overrides.children ?? [child(12), child(48)])],
    household: goodHousehold(overrides.household),
  };
}
