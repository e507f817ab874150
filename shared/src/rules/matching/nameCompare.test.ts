import { describe, expect, it } from "vitest";
import { compareNames, NAME_DIFFERENT, NAME_LEVELS, NAME_PARTIAL, NAME_SAME, NAME_SIMILAR, NAME_VERY_SIMILAR } from "./nameCompare.ts";
import { readListFixture } from "../../testing/listFixtures.ts";
import { boundedOsa, TokenTable, tokenSimilarity } from "./tokens.ts";

function level(a: string, b: string): string {
  const table = new TokenTable();
  const c = compareNames(table.addName(a), table.addName(b), table);
  return c.level < 0 ? "kosong" : (NAME_LEVELS[c.level] ?? "?");
}

describe("compareNames: levels", () => {
  it.each([
    // SAME: the same tokens after normalisation, in any order
    ["capitals and spaces", "BUDI  SIREGAR", "Budi Siregar", "sama"],
    ["titles and degrees", "Hj. Fatimah Nubatonis, S.Pd.", "Fatimah Nubatonis", "sama"],
    ["Moh. / Muhammad", "Moh. Yusuf", "Muhammad Yusuf", "sama"],
    ["old spelling", "Djoko Soesilo", "Joko Susilo", "sama"],
    ["y / i", "Supriyadi Sinaga", "Supriadi Sinaga", "sama"],
    ["word order (fam first)", "Nenobais Yusuf", "Yusuf Nenobais", "sama"],
    ["Batak br.", "Halimah br. Siregar", "Halimah Siregar", "sama"],
    ["Balinese Ni dropped", "Ni Luh Sukerti", "Luh Sukerti", "sama"],
    // VERY_SIMILAR
    ["a typo", "Daniel Deang", "Daniel Daeng", "sangat_mirip"],
    ["a dropped letter", "Bambng Manafe", "Bambang Manafe", "sangat_mirip"],
    ["a dropped middle name", "Yosef Lestari", "Yosef Ferdinandus Lestari", "sangat_mirip"],
    ["glued words", "yusufnasrullah manafe", "Yusuf Nasrullah Manafe", "sangat_mirip"],
    ["a space in the wrong place", "Endan  gFoeh", "Endang Foeh", "sangat_mirip"],
    ["two words written as one", "Abdul Rahman", "Abdurrahman", "sangat_mirip"],
    ["Muhammad left out", "Muhammad Yusuf Tallo", "Yusuf Tallo", "sangat_mirip"],
    ["Balinese birth-order name left out", "I Wayan Sudarta", "Sudarta", "sangat_mirip"],
    // SIMILAR
    ["first name only", "Hasan", "Hasan Lado", "mirip"],
    ["fam only", "Lado", "Hasan Lado", "mirip"],
    ["an initial", "M. Yusuf", "Muhammad Yusuf", "mirip"],
    ["a mononym with a typo", "Hendria", "Hendrik", "mirip"],
    ["a typo in a three-letter name", "Theresia Oah", "Theresia Pah", "mirip"],
    // PARTIAL
    ["the same given name, another fam", "Hasan Lado", "Hasan Tallo", "sebagian"],
    ["husband and wife sharing a fam", "Sri Nenobais", "Yusuf Nenobais", "sebagian"],
    ["two birth-order names", "Wayan Sudarta", "Made Sudarta", "sebagian"],
    ["two patronyms", "Ahmad bin Yusuf", "Ahmad bin Hasan", "sebagian"],
    ["only a loose likeness", "Asyah", "Aisyah", "sebagian"],
    // DIFFERENT
    ["nothing shared", "Budi Siregar", "Rina Lestari", "beda"],
    // missing
    ["no name", "", "Rina Lestari", "kosong"],
  ])("%s: %s ~ %s -> %s", (_what, a, b, expected) => {
    expect(level(a, b)).toBe(expected);
    expect(level(b, a)).toBe(expected);
  });

  it("keeps the level constants in order, best first", () => {
    expect([NAME_SAME, NAME_VERY_SIMILAR, NAME_SIMILAR, NAME_PARTIAL, NAME_DIFFERENT]).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("compareNames: term frequency (rarer names weigh more)", () => {
  it("gives a common name a higher frequency than a rare one", () => {
    const table = new TokenTable();
    const common = Array.from({ length: 20 }, () => table.addName("Yusuf Lado"));
    table.addName("Yusuf Nenobais");
    const rare = table.addName("Kornelis Nenobais");
    const commonSame = compareNames(common[0]!, table.addName("Yusuf Lado"), table);
    const rareSame = compareNames(rare, table.addName("Kornelis Nenobais"), table);
    expect(commonSame.level).toBe(NAME_SAME);
    expect(rareSame.level).toBe(NAME_SAME);
    expect(rareSame.lnTf).toBeLessThan(commonSame.lnTf);
  });

  it("gives a match on a single common token more frequency than on two tokens", () => {
    const table = new TokenTable();
    for (let i = 0; i < 10; i++) table.addName(`Yusuf X${String.fromCharCode(97 + i)}`);
    const one = compareNames(table.addName("Yusuf"), table.addName("Yusuf Lado"), table);
    const two = compareNames(table.addName("Yusuf Lado"), table.addName("Yusuf Lado Benu"), table);
    expect(one.lnTf).toBeGreaterThan(two.lnTf);
  });
});

describe("tokenSimilarity", () => {
  it.each([
    ["equal", "budi", "budi", 1],
    ["one edit", "hendrik", "hendria", 0.9],
    ["a swap", "deang", "daeng", 0.9],
    ["two edits in a long name", "nasrula", "nasrulalh", 0.85],
    ["one edit in a three-letter name", "oah", "pah", 0.7],
    ["an initial", "m", "muhamad", 0.6],
    ["a short form", "budi", "budiasa", 0.6],
    ["two edits in a short name", "iosef", "iusuf", 0],
    ["unrelated", "budi", "rina", 0],
  ])("%s: %s ~ %s", (_what, a, b, expected) => {
    expect(tokenSimilarity(a, b)).toBe(expected);
    expect(tokenSimilarity(b, a)).toBe(expected);
  });

  it("counts edits as Damerau does (a swap is one), and stops early", () => {
    expect(boundedOsa("abcd", "abdc", 2)).toBe(1);
    expect(boundedOsa("abcd", "xyzw", 2)).toBe(3);
    expect(boundedOsa("", "abc", 5)).toBe(3);
  });
});

describe("TokenTable.similar", () => {
  it("agrees with tokenSimilarity on every pair of tokens of a real list (its shortcut on letter sets loses nothing)", () => {
    const table = new TokenTable();
    for (const f of readListFixture("kelurahan-lists").families.slice(0, 400)) for (const p of f.people) table.addName(p.name);
    const ids = table.strings.map((_, id) => id);
    let alike = 0;
    for (const x of ids) {
      for (const y of ids) {
        const expected = tokenSimilarity(table.strings[x]!, table.strings[y]!);
        expect(table.similar(x, y), `${table.strings[x]} ~ ${table.strings[y]}`).toBe(expected);
        if (x !== y && expected > 0) alike++;
      }
    }
    expect(alike).toBeGreaterThan(0);
  });
});
