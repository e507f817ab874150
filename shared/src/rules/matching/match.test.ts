import { describe, expect, it } from "vitest";
import { linkQuality, readListFixture } from "../../testing/listFixtures.ts";
import { newListVersion } from "../../testing/listVersions.ts";
import { matchFamiliesToFamilies, matchSocialToFamilies } from "./match.ts";
import { MATCH_EVIDENCE_MESSAGES } from "./messages.ts";
import type { MatchFamily, MatchProgress, MatchSocialRow } from "./types.ts";
import { RULE_VERSION } from "./version.ts";

const fixture = readListFixture("synthetic-kelurahan");

describe("matchSocialToFamilies on the synthetic kelurahan", () => {
  const progress: MatchProgress[] = [];
  const result = matchSocialToFamilies(fixture.families, fixture.social, {}, (p) => progress.push(p));

  it("links a social-list row to at most one family", () => {
    const rows = result.pairs.map((p) => p.otherId);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it("gives a family no more rows than it has people", () => {
    const perFamily = new Map<string, number>();
    for (const p of result.pairs) perFamily.set(p.familyId, (perFamily.get(p.familyId) ?? 0) + 1);
    const people = new Map(fixture.families.map((f) => [f.id, f.people.length]));
    for (const [id, count] of perFamily) expect(count, id).toBeLessThanOrEqual(people.get(id) ?? 0);
  });

  it("decides by the thresholds and returns the rule version and the fitted model", () => {
    for (const p of result.pairs) {
      expect(p.score).toBeGreaterThanOrEqual(result.model.thresholds.review);
      expect(p.decision).toBe(p.score >= result.model.thresholds.auto ? "auto" : "review");
    }
    expect(result.ruleVersion).toBe(RULE_VERSION);
    expect(result.model.ruleVersion).toBe(RULE_VERSION);
    expect(result.model.fields.map((f) => f.field)).toEqual(["nik", "kk", "nama", "nama_pasangan", "tanggal_lahir", "rt_rw", "alamat"]);
    const nikSame = result.model.fields[0]!.levels[0]!;
    expect(nikSame.weight).toBeGreaterThan(5);
    expect(result.model.em.converged).toBe(true);
  });

  it("explains each pair: every evidence code has a message and the weights add up to the score", () => {
    for (const p of result.pairs) {
      for (const e of p.evidence) expect(MATCH_EVIDENCE_MESSAGES, e.code).toHaveProperty(e.code);
      const sum = p.evidence.reduce((s, e) => s + e.weight, 0);
      expect(Math.abs(sum - p.score), p.otherId).toBeLessThan(0.1);
    }
  });

  it("reports progress through every phase, in order, ending each at its total", () => {
    const phases = [...new Set(progress.map((p) => p.phase))];
    expect(phases).toEqual(["normalise", "block", "compare", "estimate", "assign"]);
    for (const phase of phases) {
      const last = progress.filter((p) => p.phase === phase).pop();
      expect(last?.done, phase).toBe(last?.total);
    }
  });

  it("gives the same result for the same lists (deterministic)", () => {
    expect(matchSocialToFamilies(fixture.families, fixture.social)).toEqual(result);
  });

  it("moves pairs between auto and review with the thresholds", () => {
    const strict = matchSocialToFamilies(fixture.families, fixture.social, { autoThreshold: 40, reviewThreshold: 0 });
    expect(strict.pairs.filter((p) => p.decision === "auto").length).toBeLessThan(result.pairs.filter((p) => p.decision === "auto").length);
    expect(strict.pairs.every((p) => p.score >= 0)).toBe(true);
  });
});

describe("matchSocialToFamilies: what a person reviewing sees", () => {
  // two families with the same head's name in one RT; a row without NIK or KK fits both
  const families: MatchFamily[] = fixture.families.slice(0, 300);
  const twin = families[10]!;
  const namesake: MatchFamily = { ...twin, id: "PK-NAMESAKE", noKk: "", people: [{ ...twin.people[0]!, nik: "" }], alamat: twin.alamat.replace(/\d+$/, "999") };
  const row: MatchSocialRow = { id: "DT-AMBIGU", nik: "", noKk: "", name: twin.people[0]!.name, birthDate: "", rt: twin.rt, rw: twin.rw, alamat: twin.alamat.replace(/ No\. \d+$/, "") };
  const result = matchSocialToFamilies([...families, namesake], [...fixture.social, row]);

  it("sends a row that fits two namesake families to review, naming the other", () => {
    const pair = result.pairs.find((p) => p.otherId === "DT-AMBIGU");
    expect(pair?.decision).toBe("review");
    const rival = pair?.evidence.find((e) => e.code === "calon_lain");
    expect(rival?.values?.id).toBe(pair?.familyId === twin.id ? namesake.id : twin.id);
  });
});

describe("matchSocialToFamilies: a row with the spouse's NIK", () => {
  // the head's row carries the wife's NIK (a common slip); the wife's own row carries it too
  const family = fixture.families.find((f) => f.people.length === 2 && f.people.every((p) => p.nik !== "") && !fixture.truth.some(([id]) => id === f.id))!;
  const [head, wife] = family.people as [MatchFamily["people"][number], MatchFamily["people"][number]];
  const base = { noKk: family.noKk, birthDate: "", rt: family.rt, rw: family.rw, alamat: family.alamat };
  const rows: MatchSocialRow[] = [
    { ...base, id: "DT-HEAD", nik: wife.nik, name: head.name },
    { ...base, id: "DT-WIFE", nik: wife.nik, name: wife.name },
  ];
  const result = matchSocialToFamilies(fixture.families, [...fixture.social, ...rows]);

  it("links both rows to the family: the head's by his name, the wife's by hers", () => {
    expect(result.pairs.find((p) => p.otherId === "DT-HEAD")?.familyId).toBe(family.id);
    expect(result.pairs.find((p) => p.otherId === "DT-WIFE")?.familyId).toBe(family.id);
  });
});

describe("matchSocialToFamilies: a list written as Ny. <husband's name>", () => {
  const family = fixture.families.find((f) => f.people.length === 2 && !fixture.truth.some(([id]) => id === f.id))!;
  const [head, wife] = family.people as [MatchFamily["people"][number], MatchFamily["people"][number]];
  const base = { noKk: "", birthDate: "", rt: family.rt, rw: family.rw, alamat: family.alamat };
  const rows: MatchSocialRow[] = [
    { ...base, id: "DT-HEAD", nik: head.nik, name: head.name },
    { ...base, id: "DT-NY", nik: wife.nik, name: `Ny. ${head.name}` },
  ];
  const result = matchSocialToFamilies(fixture.families, [...fixture.social, ...rows]);

  it("takes the row for the wife, beside the head's own row", () => {
    expect(result.pairs.find((p) => p.otherId === "DT-HEAD")?.familyId).toBe(family.id);
    const ny = result.pairs.find((p) => p.otherId === "DT-NY");
    expect(ny?.familyId).toBe(family.id);
    expect(ny?.evidence.map((e) => e.code)).toContain("nama_ny_suami");
  });
});

describe("matchSocialToFamilies: a social list without NIK, No. KK or RW", () => {
  const stripped = fixture.social.map((s) => ({ ...s, nik: "", noKk: "", rw: null }));
  const quality = linkQuality(matchSocialToFamilies(fixture.families, stripped).pairs, fixture.truth);

  it("still finds the families by name and address, in any RW", () => {
    expect(quality.recall).toBeGreaterThan(0.99);
    expect(quality.autoPrecision).toBeGreaterThanOrEqual(0.999);
  });
});

describe("matchSocialToFamilies: names written the ways other registers write them", () => {
  // the fixtures lack these patterns: each social row gets one, and loses its NIK and No. KK,
  // so that names and addresses must carry the match
  const patterns: Array<(name: string) => string> = [
    (n) => n.split(" ").reverse().join(" "), // fam first
    (n) => `Hj. ${n}, S.Pd.`, // title and degree
    (n) => `${n} binti Ahmad`, // patronym on one list only
    (n) => `I Made ${n}`, // Balinese particle and birth-order name on one list only
    (n) => n.replace(/ (\S+)$/, " br. $1"), // Batak woman's marga
    (n) => n.replace(/u/g, "oe").replace(/j/g, "dj").replace(/c/g, "tj"), // old spelling
    (n) => n.toUpperCase().replace(/ /g, "  "), // capitals, doubled spaces
    (n) => `Ibu ${n}`, // honorific
  ];
  const rows = fixture.social.map((s, i) => ({ ...s, nik: "", noKk: "", name: patterns[i % patterns.length]!(s.name.trim()) }));
  const quality = linkQuality(matchSocialToFamilies(fixture.families, rows).pairs, fixture.truth);

  it("still finds the families, links only true pairs without a person, and asks about few", () => {
    expect(quality.recall).toBeGreaterThanOrEqual(0.99);
    expect(quality.autoPrecision).toBeGreaterThanOrEqual(0.999);
    expect(quality.reviewShare).toBeLessThan(0.05);
  });
});

describe("matchFamiliesToFamilies: a new version of the same list", () => {
  const old = fixture.families;
  const version = newListVersion(old, 11);
  const result = matchFamiliesToFamilies(old, version.families);

  it("is one to one", () => {
    expect(new Set(result.pairs.map((p) => p.familyId)).size).toBe(result.pairs.length);
    expect(new Set(result.pairs.map((p) => p.otherId)).size).toBe(result.pairs.length);
  });

  it("finds the families on both versions, and links only true ones without a person", () => {
    const truth = new Set(version.truth.map(([a, b]) => `${a}|${b}`));
    const auto = result.pairs.filter((p) => p.decision === "auto");
    expect(auto.every((p) => truth.has(`${p.familyId}|${p.otherId}`))).toBe(true);
    const found = result.pairs.filter((p) => truth.has(`${p.familyId}|${p.otherId}`)).length;
    expect(found / version.truth.length).toBeGreaterThan(0.99);
  });
});

describe("matchSocialToFamilies: edge cases", () => {
  it("returns no pairs for empty lists", () => {
    expect(matchSocialToFamilies([], []).pairs).toEqual([]);
    expect(matchSocialToFamilies(fixture.families.slice(0, 5), []).pairs).toEqual([]);
    expect(matchFamiliesToFamilies([], fixture.families.slice(0, 5)).pairs).toEqual([]);
  });
});
