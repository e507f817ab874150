import { describe, expect, it } from "vitest";
import { epochDay, type CivilDate } from "../../rules/calendar.ts";
import type { Cell } from "../types.ts";
import { civilFromEpochDay, detectDateOrder, excelSerialToDate, readDateCell } from "./date.ts";

const today: CivilDate = { year: 2026, month: 1, day: 15 };

describe("readDateCell: birth dates as lists write them", () => {
  it.each<[string, Cell, string]>([
    ["dd/mm/yyyy", "12/02/1992", "1992-02-12"],
    ["d-m-yyyy", "1-2-1992", "1992-02-01"],
    ["dd.mm.yyyy", "12.02.1992", "1992-02-12"],
    ["yyyy-mm-dd", "1992-02-12", "1992-02-12"],
    ["yyyy-mm-dd with a time", "1992-02-12 00:00:00", "1992-02-12"],
    ["ISO with Z", "1992-02-12T00:00:00.000Z", "1992-02-12"],
    ["Indonesian month name", "12 Februari 1992", "1992-02-12"],
    ["old spelling Pebruari", "12 Pebruari 1992", "1992-02-12"],
    ["Nopember", "3 Nopember 1988", "1988-11-03"],
    ["Agustus abbreviated", "17 Agt 1990", "1990-08-17"],
    ["Excel's 12-Feb-92", "12-Feb-92", "1992-02-12"],
    ["English month first", "February 12, 1992", "1992-02-12"],
    ["capitals", "12 FEBRUARI 1992", "1992-02-12"],
    ["tempat, tanggal lahir", "Kupang, 12-02-1992", "1992-02-12"],
    ["with a weekday", "Rabu, 12 Februari 1992", "1992-02-12"],
    ["two-digit year in the past century", "12/02/92", "1992-02-12"],
    ["two-digit year this century", "12/02/15", "2015-02-12"],
    ["two-digit year that would be in the future goes back a century", "12/02/26", "1926-02-12"],
    ["yyyymmdd", "19920212", "1992-02-12"],
    ["ddmmyyyy", "12021992", "1992-02-12"],
    ["Excel serial as text", "33646", "1992-02-12"],
    ["Excel serial number cell", { kind: "number", value: 33646, text: "33646" }, "1992-02-12"],
    ["Excel serial with a time fraction", { kind: "number", value: 33646.5, text: "33646.5" }, "1992-02-12"],
    ["date cell", { kind: "date", iso: "1992-02-12" }, "1992-02-12"],
    ["29 Feb of a leap year", "29/02/2000", "2000-02-29"],
  ])("%s: %j", (_what, cell, iso) => {
    expect(readDateCell(cell, "dmy", today)).toMatchObject({ iso, problem: null });
  });

  it.each<[string, Cell, string]>([
    ["31 February", "31/02/1992", "tidak_sah"],
    ["29 Feb of a common year", "29/02/2001", "tidak_sah"],
    ["month 13", "12/13/1992", "tidak_sah"],
    ["an unknown month word", "12 Fbruari 1992", "tidak_sah"],
    ["a year alone", "1992", "tidak_sah"],
    ["an age typed into the date column", "35", "tidak_sah"],
    ["free text", "tidak tahu", "tidak_sah"],
    ["a birth date still to come", "12/02/2027", "masa_depan"],
    ["a date cell still to come", { kind: "date", iso: "2030-01-01" }, "masa_depan"],
  ])("%s: %j is named", (_what, cell, problem) => {
    expect(readDateCell(cell, "dmy", today)).toMatchObject({ iso: "", problem });
  });

  it("reads an empty cell as no date and no problem", () => {
    expect(readDateCell(null, "dmy", today)).toEqual({ iso: "", problem: null, written: "" });
  });

  it("reads month first when the column is month first", () => {
    expect(readDateCell("2/12/1992", "mdy", today).iso).toBe("1992-02-12");
  });
});

describe("detectDateOrder", () => {
  it.each<[string, Cell[], string]>([
    ["Indonesian lists", ["12/02/1992", "01/03/1990", "25/12/1985"], "dmy"],
    ["an English Excel", ["2/12/1992", "3/1/1990", "12/25/1985"], "mdy"],
    ["ambiguous dates stay day first", ["02/03/1992", "04/05/1990"], "dmy"],
    ["mixed evidence stays day first (and the bad ones are named)", ["25/12/1985", "12/25/1985"], "dmy"],
  ])("%s", (_what, cells, order) => {
    expect(detectDateOrder(cells)).toBe(order);
  });
});

describe("Excel serial numbers", () => {
  it.each([
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [33646, "1992-02-12"],
    [45658, "2025-01-01"],
  ])("%i is %s", (serial, iso) => {
    const d = excelSerialToDate(serial);
    expect(d && `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`).toBe(iso);
  });

  it("civilFromEpochDay inverts epochDay over four centuries", () => {
    for (let day = epochDay({ year: 1900, month: 1, day: 1 }); day < epochDay({ year: 2300, month: 1, day: 1 }); day += 97) {
      expect(epochDay(civilFromEpochDay(day))).toBe(day);
    }
  });
});
