import { describe, expect, it } from "vitest";
import { readListFixture } from "../../testing/listFixtures.ts";
import { candidatePairs } from "./blocking.ts";
import { prepareFamily, prepareSocialRow } from "./prepare.ts";
import { TokenTable } from "./tokens.ts";
import type { MatchFamily, MatchSocialRow } from "./types.ts";

const family = (id: string, over: Partial<MatchFamily> = {}): MatchFamily => ({
  id,
  noKk: "",
  people: [{ nik: "", name: "Yusuf Nenobais", birthDate: "", sex: "", role: "kepala" }],
  rt: 3,
  rw: 1,
  alamat: "Jl. Mawar No. 12",
  kodeWilayah: "",
  ...over,
});
const row = (over: Partial<MatchSocialRow>): MatchSocialRow => ({ id: "DT", nik: "", noKk: "", name: "", birthDate: "", rt: 3, rw: 1, alamat: "", ...over });

function pairsOf(families: MatchFamily[], rows: MatchSocialRow[]): Array<[string, string]> {
  const table = new TokenTable();
  const b = families.map((f, i) => prepareFamily(f, i, table));
  const a = rows.map((r, i) => prepareSocialRow(r, i, table));
  const c = candidatePairs(a, b, table);
  return Array.from(c.a, (ai, k) => [rows[ai]!.id, families[c.b[k]!]!.id]);
}

describe("candidatePairs: which pairs are compared", () => {
  it("pairs a NIK one digit off, in another RW, with no name or address in common", () => {
    const f = family("F", { people: [{ nik: "5371011412832968", name: "Budi", birthDate: "", sex: "", role: "kepala" }] });
    expect(pairsOf([f], [row({ id: "R", nik: "5371011412832960", name: "Rina", rw: 9 })])).toEqual([["R", "F"]]);
  });

  it("pairs a No. KK with two neighbouring digits swapped", () => {
    const f = family("F", { noKk: "5371012609110945", people: [] });
    expect(pairsOf([f], [row({ id: "R", noKk: "5371012609101945", name: "Rina", rw: 9 })])).toEqual([["R", "F"]]);
  });

  it("pairs two names sharing two tokens in the RW, in any order, a middle name dropped", () => {
    const f = family("F", { people: [{ nik: "", name: "Yusuf Daniel Nenobais", birthDate: "", sex: "", role: "kepala" }] });
    expect(pairsOf([f], [row({ id: "R", name: "NENOBAIS YUSUF" })])).toEqual([["R", "F"]]);
    expect(pairsOf([f], [row({ id: "R", name: "Yusuf Nenobais", rw: 2 })])).toEqual([]);
  });

  it("pairs a first name only with the names of its RT", () => {
    expect(pairsOf([family("F")], [row({ id: "R", name: "Yusuf" })])).toEqual([["R", "F"]]);
    expect(pairsOf([family("F")], [row({ id: "R", name: "Yusuf", rt: 4 })])).toEqual([]);
  });

  it("pairs the same street and house number in the RW", () => {
    expect(pairsOf([family("F")], [row({ id: "R", name: "Rina", alamat: "JALAN MAWAR NOMOR 12" })])).toEqual([["R", "F"]]);
  });

  it("does not key on Muhammad alone", () => {
    const f = family("F", { people: [{ nik: "", name: "Muhammad Hasan", birthDate: "", sex: "", role: "kepala" }], alamat: "" });
    expect(pairsOf([f], [row({ id: "R", name: "Muhammad Umar", rt: 5 })])).toEqual([]);
  });

  it("pairs each row with a family once, however many keys they share", () => {
    const f = family("F", { noKk: "5371012609110945", people: [{ nik: "5371011412832968", name: "Yusuf Nenobais", birthDate: "", sex: "", role: "kepala" }] });
    const r = row({ id: "R", nik: "5371011412832968", noKk: "5371012609110945", name: "Yusuf Nenobais", alamat: "Jl. Mawar No. 12" });
    expect(pairsOf([f], [r])).toEqual([["R", "F"]]);
  });

  it("compares a small share of all pairs on the hard set, yet every true pair", () => {
    const fixture = readListFixture("kelurahan-lists");
    const pairs = pairsOf(fixture.families, fixture.social);
    expect(pairs.length).toBeLessThan(fixture.families.length * fixture.social.length * 0.005);
    const compared = new Set(pairs.map(([s, f]) => `${f}|${s}`));
    const missed = fixture.truth.filter(([f, s]) => !compared.has(`${f}|${s}`));
    expect(missed).toEqual([]);
  });
});
