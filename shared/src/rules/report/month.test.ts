import { describe, expect, it } from "vitest";
import { addMonths, inMonth, isReportMonth, localDateOf, monthSpan, monthsEndingWith, referenceDate } from "./month.ts";

describe("the report's month", () => {
  it.each([["2026-11", true], ["2026-13", false], ["2026-1", false], ["26-11", false], ["2026-00", false]])("%s is a month: %s", (m, ok) => {
    expect(isReportMonth(m)).toBe(ok);
  });
  it.each([["2026-02", "2026-02-28"], ["2028-02", "2028-02-29"], ["2026-11", "2026-11-30"], ["2026-12", "2026-12-31"]])("%s ends on %s", (m, last) => {
    expect(monthSpan(m)).toEqual({ first: `${m}-01`, last });
  });
  it.each([["2026-11", 1, "2026-12"], ["2026-12", 1, "2027-01"], ["2026-01", -1, "2025-12"], ["2026-03", -14, "2025-01"]])("%s + %s = %s", (m, n, out) => {
    expect(addMonths(m, n)).toBe(out);
  });
  it("lists months oldest first", () => {
    expect(monthsEndingWith("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });
  it.each([
    ["2026-11", "2026-11-22", "2026-11-22"],
    ["2026-10", "2026-11-22", "2026-10-31"],
    ["2026-11", "2026-11-30", "2026-11-30"],
    ["2026-12", "2026-11-22", null],
  ])("%s seen on %s is taken on %s", (m, today, ref) => {
    expect(referenceDate(m, today)).toBe(ref);
  });
  it.each([["2026-11-05", true], ["2026-11-30T23:00:00Z", true], ["2026-110", false], ["2026-10-31", false], ["", false]])("%s in November: %s", (d, ok) => {
    expect(inMonth(d, "2026-11")).toBe(ok);
  });
  it.each([
    ["2026-10-31T16:30:00Z", 480, "2026-11-01"],
    ["2026-10-31T15:59:59Z", 480, "2026-10-31"],
    ["2026-11-01T02:00:00Z", -300, "2026-10-31"],
    ["not a time", 480, ""],
  ])("%s at UTC%+d min is %s", (iso, offset, day) => {
    expect(localDateOf(iso, offset)).toBe(day);
  });
});
