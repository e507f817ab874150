import { describe, expect, it } from "vitest";
import { ageInDays, completedMonths, completedYears, parseIsoDate } from "./calendar.ts";

const d = (iso: string) => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return date;
};

describe("ageInDays", () => {
  it.each([
    ["2024-01-01", "2024-01-01", 0],
    ["2024-02-28", "2024-03-01", 2], // leap year
    ["2023-02-28", "2023-03-01", 1],
    ["2020-01-01", "2021-01-01", 366],
    ["2022-03-27", "2022-03-28", 1], // a DST night elsewhere changes nothing
    ["0099-12-31", "0100-01-01", 1], // no Date.UTC 19xx surprise
    ["2024-05-10", "2024-05-01", -9],
  ])("%s -> %s = %s", (birth, measured, days) => {
    expect(ageInDays(birth, measured)).toBe(days);
  });

  it.each([["2024-02-30"], ["2024-2-3"], ["03-02-2024"], [""], ["2023-02-29"]])("rejects %j", (bad) => {
    expect(ageInDays(bad, "2024-03-01")).toBeNull();
  });
});

describe("completedMonths and completedYears", () => {
  it.each([
    ["2024-01-15", "2024-02-14", 0],
    ["2024-01-15", "2024-02-15", 1],
    ["2024-01-31", "2024-02-29", 1], // month-end birthday reached on the last day
    ["2022-03-10", "2024-03-09", 23],
    ["2022-03-10", "2024-03-10", 24],
  ])("%s -> %s = %s months", (from, to, months) => {
    expect(completedMonths(d(from), d(to))).toBe(months);
  });

  it.each([
    ["2004-06-01", "2024-05-31", 19],
    ["2004-06-01", "2024-06-01", 20],
    ["2000-02-29", "2001-02-28", 1],
  ])("%s -> %s = %s years", (from, to, years) => {
    expect(completedYears(d(from), d(to))).toBe(years);
  });
});

describe("parseIsoDate", () => {
  it.each([
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
    ["0001-01-01", { year: 1, month: 1, day: 1 }],
    ["2026-12-31", { year: 2026, month: 12, day: 31 }],
  ])("%s is a real day", (iso, date) => {
    expect(parseIsoDate(iso)).toEqual(date);
  });

  it.each([
    ["2023-02-29"], ["2024-13-01"], ["2024-00-10"], ["2024-04-31"], ["2024-01-00"], // not a day
    ["2024-1-01"], ["2024-01-1"], ["24-01-01"], ["2024-01-011"], [" 2024-01-01"], ["2024-01-01 "], // not the format
    ["2024/01/01"], ["2024-01-0a"], ["2024-0+-01"], ["２０２４-01-01"], ["2024-01-٠١"], [""], // not ASCII digits and dashes
  ])("rejects %j", (bad) => {
    expect(parseIsoDate(bad)).toBeNull();
  });
});
