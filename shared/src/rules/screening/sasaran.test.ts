import { describe, expect, it } from "vitest";
import { bornMonthsAgo, bornYearsAgo, child, goodHousehold, husband, TODAY, wife } from "./fixtures.ts";
import { screenFamily } from "./screenFamily.ts";
import { DEFAULT_SCREENING_SETTINGS } from "./settings.ts";
import type { ScreeningMember } from "./types.ts";

const screen = (members: ScreeningMember[]) => screenFamily({ members, household: goodHousehold() }, DEFAULT_SCREENING_SETTINGS, TODAY);

describe("PUS: a wife aged 15-49", () => {
  it.each([
    ["14 (a day before turning 15)", bornYearsAgo(15, 1), false],
    ["15", bornYearsAgo(15), true],
    ["49", bornYearsAgo(49), true],
    ["50", bornYearsAgo(50), false],
  ])("wife %s -> PUS %s", (_age, birthDate, pus) => {
    const result = screen([husband(), wife({ birthDate })]);
    expect(result.sasaran.pus).toBe(pus);
    expect(result.isSasaran).toBe(pus);
  });

  it("a woman heading her family alone is not a PUS", () => {
    const result = screen([{ relation: "kepala", sex: "F", birthDate: bornYearsAgo(30) }]);
    expect(result.isSasaran).toBe(false);
  });

  it("a pregnant wife of a PUS makes a PUS hamil", () => {
    const result = screen([husband(), wife({ pregnant: true })]);
    expect(result.sasaran).toEqual({ pus: true, pusHamil: true, baduta: false, balita: false });
    expect(result.sasaranCounts).toEqual({ pus: 1, pusHamil: 1, baduta: 0, balita: 0 });
  });

  it("a wife without a birth date cannot be placed: reported as missing", () => {
    const result = screen([husband(), wife({ birthDate: null })]);
    expect(result.isSasaran).toBe(false);
    expect(result.missing).toEqual(["usia_istri"]);
  });
});

describe("baduta 0-23 months, balita 24-59 months", () => {
  const old = (): ScreeningMember[] => [husband(), wife({ birthDate: bornYearsAgo(55) })];
  it.each([
    ["born today", 0, { baduta: true, balita: false }],
    ["23 months", 23, { baduta: true, balita: false }],
    ["24 months", 24, { baduta: false, balita: true }],
    ["59 months", 59, { baduta: false, balita: true }],
    ["60 months", 60, { baduta: false, balita: false }],
  ])("%s", (_what, months, expected) => {
    const result = screen([...old(), child(months)]);
    expect(result.sasaran).toMatchObject(expected);
    expect(result.isSasaran).toBe(expected.baduta || expected.balita);
  });

  it("23 months and 30 days is still baduta", () => {
    const result = screen([...old(), { relation: "anak", sex: "F", birthDate: bornMonthsAgo(24, 1) }]);
    expect(result.sasaran.baduta).toBe(true);
  });

  it("counts a grandchild (lainnya) and counts every child", () => {
    const result = screen([...old(), child(10, "lainnya"), child(30), child(40)]);
    expect(result.sasaranCounts).toEqual({ pus: 0, pusHamil: 0, baduta: 1, balita: 2 });
  });

  it("ignores a birth date in the future", () => {
    expect(screen([...old(), { relation: "anak", sex: "M", birthDate: "2025-07-01" }]).isSasaran).toBe(false);
  });
});
