import { describe, expect, it } from "vitest";
import { AID_PROGRAMMES, emptyHousehold, emptyMember, type AidProgramme, type Household, type Visit } from "@shared/model/index.ts";
import { FACTOR_KEYS, type FactorKey, type HouseholdAssessment } from "@shared/rules/index.ts";
import { Prng } from "@shared/testing/prng.ts";
import { EMPTY_FILTER, matchesFilter, parseQuery, type RosterFilter, type SasaranKey } from "./rosterFilter.ts";
import { RosterIndex } from "./rosterIndex.ts";
import { makeRosterSearch, narrows } from "./rosterSearch.ts";

// few, overlapping words, so typed prefixes match many families and narrowing is exercised
const WORDS = ["maria", "bria", "mariana", "yohanes", "agustina", "seran", "siti", "nur", "ani", "tefa", "nahak", "Bria", "SERAN"];
const SASARAN: SasaranKey[] = ["pus", "pusHamil", "baduta", "balita"];
const KEYS = [..."abeimnorstuy 0123/".split(""), "rt ", "rw ", "RT 00", "σ", "ς", "ß", "i\u0307"];
// letters whose lowercase depends on context (final sigma) or changes the length (İ), and letters outside a-z,
// which share one of the index's letter bits
const EXOTIC = [["ΟΔΟΣ", "ẞ"], ["İlham", "ΟΔΟΣ"], []] as const;

function household(prng: Prng, n: number, words: readonly string[] = WORDS): Household {
  const name = () => `${prng.pick(words)} ${prng.pick(words)}`;
  const digits = () => Array.from({ length: 16 }, () => prng.int(0, 9)).join("");
  return {
    ...emptyHousehold(),
    id: `h${n}`,
    kepala: name(),
    noKk: prng.bool(0.9) ? digits() : "",
    dusun: prng.pick(["", "Dusun A", "Oebufu"]),
    rt: prng.bool(0.1) ? null : prng.int(1, 12),
    rw: prng.bool(0.1) ? null : prng.int(1, 4),
    desil: prng.bool(0.3) ? null : prng.int(1, 10),
    aid: AID_PROGRAMMES.filter(() => prng.bool(0.25)),
    consent: null,
    members: Array.from({ length: prng.int(0, 4) }, (_, m) => ({ ...emptyMember(), id: `m${m}`, nama: name(), nik: digits() })),
    measurements: [],
    visits: prng.bool(0.5) ? undefined : Array.from({ length: prng.int(1, 3) }, (_, k) => visitOn(`h${n}`, k, prng.pick(VISIT_DAYS))),
    conflicts: [],
    createdAt: "",
    updatedAt: "",
  };
}

// days around the months the filter asks about (and a visit with no day)
const VISIT_DAYS = ["2026-09-30", "2026-10-01", "2026-10-31", "2026-11-01", "2026-11-15", "2026-11-30", "2026-12-01", ""];
const MONTHS = ["2026-10", "2026-11", "2026-12"];
function visitOn(householdId: string, k: number, date: string): Visit {
  return { id: `v${k}`, householdId, date, visitor: "Bidan Sari", activities: [], notes: "", nextVisit: "", by: "", createdAt: "" };
}

function assessmentOf(prng: Prng): HouseholdAssessment {
  const factors = FACTOR_KEYS.filter(() => prng.bool(0.2));
  const sasaran = Object.fromEntries(SASARAN.map((s) => [s, prng.bool(0.4)]));
  const stunting = prng.pick([null, null, "pendek", "sangat pendek"] as const);
  return { screening: { isKrs: factors.length > 0 && prng.bool(0.8), factors, sasaran }, stunting, children: [] } as unknown as HouseholdAssessment;
}

/** One random change a person makes: a key, a deletion, a choice in a filter. */
function nextFilter(prng: Prng, f: RosterFilter): RosterFilter {
  const roll = prng.next();
  if (roll < 0.5) return { ...f, query: f.query + prng.pick(KEYS) };
  if (roll < 0.6) return { ...f, query: f.query.slice(0, -1) };
  if (roll < 0.65) return { ...f, query: "" };
  if (roll < 0.7) return { ...f, query: prng.pick([`${prng.pick(WORDS)} `, `${prng.int(1, 12)}/${prng.int(1, 4)} `, `rt ${prng.int(1, 12)} `]) };
  const field = prng.pick(["rt", "rw", "factor", "sasaran", "desil", "aid", "stunting", "krsOnly", "gap", "unvisitedIn"] as const);
  const choice: Partial<RosterFilter> = {
    rt: { rt: prng.pick([null, prng.int(1, 12)]) },
    rw: { rw: prng.pick([null, prng.int(1, 4)]) },
    factor: { factor: prng.pick<FactorKey | "">(["", ...FACTOR_KEYS]) },
    sasaran: { sasaran: prng.pick<SasaranKey | "">(["", ...SASARAN]) },
    desil: { desil: prng.pick<RosterFilter["desil"]>([null, "miskin", "desil5_10", "tanpaDesil", prng.int(1, 10)]) },
    aid: { aid: prng.pick<AidProgramme | "">(["", ...AID_PROGRAMMES]) },
    stunting: { stunting: prng.pick<RosterFilter["stunting"]>(["", "any", "pendek", "sangat pendek"]) },
    krsOnly: { krsOnly: !f.krsOnly },
    gap: { gap: !f.gap },
    unvisitedIn: { unvisitedIn: prng.pick(["", ...MONTHS]) },
  }[field];
  return { ...f, ...choice };
}

describe("roster search (index and narrowing) equals a full pass of matchesFilter", () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))("random session, seed %i", (seed) => {
    const prng = new Prng(seed);
    const words = [...WORDS, ...EXOTIC[seed % EXOTIC.length]!];
    let households = Array.from({ length: prng.int(0, 400) }, (_, n) => household(prng, n, words));
    let generation = {};
    let assessments = new Map(households.map((h) => [h, assessmentOf(prng)]));
    const assess = (h: Household) => assessments.get(h)!;
    let index = new RosterIndex(households);
    const search = makeRosterSearch();
    let f: RosterFilter = EMPTY_FILTER;
    for (let step = 0; step < 150; step++) {
      const roll = prng.next();
      if (roll < 0.03) {
        // a family edited on another phone: a new record, a new index
        households = households.map((h) => (prng.bool(0.05) ? { ...h, kepala: prng.pick(WORDS), rt: prng.int(1, 12), visits: [...(h.visits ?? []), visitOn(h.id, 9, prng.pick(VISIT_DAYS))] } : h));
        assessments = new Map(households.map((h) => [h, assessments.get(h) ?? assessmentOf(prng)]));
        index = new RosterIndex(prng.bool(0.5) ? households : prng.shuffle(households));
      } else if (roll < 0.05) {
        // the screening thresholds changed: every assessment may differ
        generation = {};
        assessments = new Map(households.map((h) => [h, assessmentOf(prng)]));
      } else if (roll < 0.1) {
        // idle time built part of the index before the key
        let budget = prng.int(0, 3);
        if (index.fillSearch(() => budget-- <= 0)) index.fillScreening(assess, generation, () => budget-- <= 0);
      } else f = nextFilter(prng, f);
      const got = search.run(index, f, assess, generation);
      const q = parseQuery(f.query);
      const expected = index.households.flatMap((h, i) => (matchesFilter(h, () => assess(h), f, q) ? [i] : []));
      expect([...(got ?? index.households.keys())], `seed ${seed}, step ${step}, filter ${JSON.stringify(f)}`).toEqual(expected);
    }
  });

  it("finds a typed NIK's next digit where the word first occurs, or further on, in every family of the region", () => {
    // every number shares the region code, as a kelurahan's NIKs do; in B's text 537102 (its KK)
    // comes before 537103 (a member's NIK), so the sixth digit is not where the first five were
    const families: Array<[string, string, string[]]> = [
      ["A", "5371031204850001", ["5371034509900002"]],
      ["B", "5371021204850003", ["5371031204850004", "5371039999999999"]],
      ["C", "5371020000000005", []],
      ["D", "", ["5371021111110006", "5371031204850006"]],
    ];
    const prng = new Prng(5);
    const households = families.map(([kepala, noKk, niks], n) => ({
      ...household(prng, n),
      kepala,
      noKk,
      members: niks.map((nik, m) => ({ ...emptyMember(), id: `m${m}`, nama: `anggota ${m}`, nik })),
    }));
    const index = new RosterIndex(households);
    const search = makeRosterSearch();
    const assess = () => assessmentOf(new Prng(1));
    const generation = {}; // one screening generation: the search keeps its results between keys
    const typed = "5371031204850004";
    for (let length = 1; length <= typed.length; length++) {
      const f = { ...EMPTY_FILTER, query: `anggota ${typed.slice(0, length)}` };
      const expected = households.flatMap((h, i) => (matchesFilter(h, assess, f) ? [i] : []));
      expect([...(search.run(index, f, assess, generation) ?? [])], f.query).toEqual(expected);
    }
    // B still matches after the sixth digit; the whole NIK leaves B alone
    expect([...(search.run(index, { ...EMPTY_FILTER, query: "anggota 537103" }, assess, generation) ?? [])]).toEqual([0, 1, 3]);
    expect([...(search.run(index, { ...EMPTY_FILTER, query: `anggota ${typed}` }, assess, generation) ?? [])]).toEqual([1]);
  });

  it("decides a value the index has no slot for record by record", () => {
    const prng = new Prng(7);
    const households = Array.from({ length: 50 }, (_, n) => ({ ...household(prng, n), aid: n % 3 === 0 ? ["BARU" as AidProgramme] : [] }));
    const rows = makeRosterSearch().run(new RosterIndex(households), { ...EMPTY_FILTER, aid: "BARU" as AidProgramme }, () => assessmentOf(prng), {});
    expect([...(rows ?? [])]).toEqual(households.flatMap((_h, i) => (i % 3 === 0 ? [i] : [])));
  });

  it("does not screen a family for a name or address search", () => {
    const prng = new Prng(3);
    const index = new RosterIndex(Array.from({ length: 100 }, (_, n) => household(prng, n)));
    let screened = 0;
    const assess = () => (screened++, assessmentOf(prng));
    makeRosterSearch().run(index, { ...EMPTY_FILTER, query: "bria rt 3", desil: "miskin" }, assess, {});
    expect(screened).toBe(0);
  });
});

describe("narrows", () => {
  const f = (patch: Partial<RosterFilter>): RosterFilter => ({ ...EMPTY_FILTER, ...patch });
  it.each<[string, Partial<RosterFilter>, Partial<RosterFilter>, boolean]>([
    ["one more letter", { query: "mari" }, { query: "maria" }, true],
    ["one letter fewer", { query: "maria" }, { query: "mari" }, false],
    ["a second word", { query: "maria" }, { query: "maria se" }, true],
    ["the word moved", { query: "ria" }, { query: "se maria" }, true],
    ["another word", { query: "maria" }, { query: "marta" }, false],
    ["an RT typed", { query: "bria" }, { query: "bria rt 3" }, true],
    ["RT 1 becomes RT 12", { query: "rt 1" }, { query: "rt 12" }, false],
    ["'rt' stops being a word once it is an RT", { query: "rt" }, { query: "rt 3" }, false],
    ["typed RT kept as a chosen RT", { query: "rt 3" }, { rt: 3 }, true],
    ["KRS ticked", {}, { krsOnly: true }, true],
    ["KRS unticked", { krsOnly: true }, {}, false],
    ["a factor chosen", { query: "b" }, { query: "b", factor: "terlalu_tua" }, true],
    ["another factor", { factor: "air_tidak_layak" }, { factor: "terlalu_tua" }, false],
    ["desil chosen", {}, { desil: 2 }, true],
    ["desil changed", { desil: 2 }, { desil: "miskin" }, false],
    ["not accompanied this month ticked", { krsOnly: true }, { krsOnly: true, unvisitedIn: "2026-11" }, true],
    ["not accompanied in another month", { unvisitedIn: "2026-10" }, { unvisitedIn: "2026-11" }, false],
    ["not accompanied unticked", { unvisitedIn: "2026-11" }, {}, false],
  ])("%s", (_name, prev, next, expected) => {
    expect(narrows(f(next), parseQuery(f(next).query), f(prev), parseQuery(f(prev).query))).toBe(expected);
  });
});
