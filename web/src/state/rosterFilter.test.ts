import { describe, expect, it } from "vitest";
import { emptyHousehold, emptyMember, type Household, type Visit } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { EMPTY_FILTER, matchesFilter, parseQuery, type RosterFilter } from "./rosterFilter.ts";

const h: Household = {
  ...emptyHousehold(),
  id: "h1",
  kepala: "Yohanes Bria",
  noKk: "5371010209110615",
  rt: 3,
  rw: 1,
  desil: 2,
  aid: ["PKH"],
  consent: null,
  members: [{ ...emptyMember(), id: "m1", nama: "Maria Bria", nik: "5371014301879265" }],
  measurements: [],
  conflicts: [],
  createdAt: "",
  updatedAt: "",
};

const krs = {
  screening: { isKrs: true, isSasaran: true, factors: ["jamban_tidak_layak"], sasaran: { pus: true, pusHamil: false, baduta: true, balita: false } },
  stunting: "pendek",
  children: [],
} as unknown as HouseholdAssessment;

const f = (patch: Partial<RosterFilter>): RosterFilter => ({ ...EMPTY_FILTER, ...patch });
const visit = (date: string): Visit => ({ id: date, householdId: "h1", date, visitor: "Bidan Sari", activities: ["konseling"], notes: "", nextVisit: "", by: "Bidan Sari", createdAt: "" });

describe("roster filter", () => {
  it.each<[string, Partial<RosterFilter>, boolean]>([
    ["no filter", {}, true],
    ["head's name, any case", { query: "yohanes" }, true],
    ["a member's name", { query: "maria" }, true],
    ["part of a member's NIK", { query: "43018792" }, true],
    ["No. KK", { query: "5371010209110615" }, true],
    ["RT typed with zeros", { query: "RT 003" }, true],
    ["RT/RW as 3/1", { query: "3/1" }, true],
    ["two words, both present", { query: "bria rt 3" }, true],
    ["name and another RT", { query: "bria rt 4" }, false],
    ["RW typed as rw.01", { query: "rw.01" }, true],
    ["a word that is nowhere", { query: "bria kupang" }, false],
    ["RT filter", { rt: 3 }, true],
    ["other RW", { rw: 2 }, false],
    ["KRS only", { krsOnly: true }, true],
    ["the family's factor", { factor: "jamban_tidak_layak" }, true],
    ["another factor", { factor: "terlalu_muda" }, false],
    ["baduta", { sasaran: "baduta" }, true],
    ["pregnant PUS", { sasaran: "pusHamil" }, false],
    ["poor (desil 1-4)", { desil: "miskin" }, true],
    ["desil 5", { desil: 5 }, false],
    ["desil 5-10", { desil: "desil5_10" }, false],
    ["no desil (not on the social list)", { desil: "tanpaDesil" }, false],
    ["KRS desil 1-4 without aid: it has PKH", { gap: true }, false],
    ["PKH", { aid: "PKH" }, true],
    ["BPNT", { aid: "BPNT" }, false],
    ["any stunting", { stunting: "any" }, true],
    ["severe stunting", { stunting: "sangat pendek" }, false],
  ])("%s", (_name, patch, expected) => {
    expect(matchesFilter(h, () => krs, f(patch))).toBe(expected);
  });

  it.each<[string, Partial<Household>, boolean, Partial<RosterFilter>, boolean]>([
    ["KRS, desil 2, no aid is the gap", { aid: [] }, true, { gap: true }, true],
    ["KRS, desil 2, only KUBE is the gap", { aid: ["KUBE"] }, true, { gap: true }, true],
    ["not KRS, desil 2, no aid is not", { aid: [] }, false, { gap: true }, false],
    ["KRS, desil 6, no aid is not", { desil: 6, aid: [] }, true, { gap: true }, false],
    ["desil 7 is in desil 5-10", { desil: 7 }, true, { desil: "desil5_10" }, true],
    ["desil 10 is in desil 5-10", { desil: 10 }, true, { desil: "desil5_10" }, true],
    ["no desil is not on the social list", { desil: null }, true, { desil: "tanpaDesil" }, true],
    ["no desil is not in desil 1-4", { desil: null }, true, { desil: "miskin" }, false],
    ["KRS never visited is not yet accompanied this month", {}, true, { unvisitedIn: "2026-11" }, true],
    ["KRS visited this month is", { visits: [visit("2026-11-03")] }, true, { unvisitedIn: "2026-11" }, false],
    ["KRS visited last month is not yet this month", { visits: [visit("2026-10-30")] }, true, { unvisitedIn: "2026-11" }, true],
    ["KRS visited this month and after it (a past month chosen) is", { visits: [visit("2026-11-30"), visit("2026-12-02")] }, true, { unvisitedIn: "2026-11" }, false],
    ["KRS visited only after the month chosen is not", { visits: [visit("2026-12-02")] }, true, { unvisitedIn: "2026-11" }, true],
    ["a family not KRS is never listed", {}, false, { unvisitedIn: "2026-11" }, false],
  ])("%s", (_name, patch, isKrs, filter, expected) => {
    const assessment = { ...krs, screening: { ...krs.screening, isKrs } } as HouseholdAssessment;
    expect(matchesFilter({ ...h, ...patch }, () => assessment, f(filter))).toBe(expected);
  });

  it("does not screen a family for a plain name search", () => {
    let screened = 0;
    matchesFilter(h, () => (screened++, krs), f({ query: "bria" }));
    expect(screened).toBe(0);
    matchesFilter(h, () => (screened++, krs), f({ krsOnly: true }));
    expect(screened).toBe(1);
    matchesFilter(h, () => (screened++, krs), f({ unvisitedIn: "2026-11" }));
    expect(screened).toBe(2);
  });

  it.each([
    ["RT 003 RW 01", { terms: [], rt: 3, rw: 1 }],
    ["budi 3/1", { terms: ["budi"], rt: 3, rw: 1 }],
    ["Siti rt5", { terms: ["siti"], rt: 5, rw: null }],
    ["5371", { terms: ["5371"], rt: null, rw: null }],
  ])("reads %s", (query, parsed) => {
    expect(parseQuery(query)).toEqual(parsed);
  });
});
