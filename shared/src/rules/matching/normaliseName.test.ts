import { describe, expect, it } from "vitest";
import { foldToken, normaliseName } from "./normaliseName.ts";

const tokens = (raw: string) => normaliseName(raw).tokens;

describe("normaliseName: case, spacing, punctuation", () => {
  it.each([
    ["capitals", "BUDI SIREGAR", ["budi", "siregar"]],
    ["doubled and trailing spaces", "  Budi   Siregar ", ["budi", "siregar"]],
    ["an apostrophe joins", "Ma'ruf Amin", ["maruf", "amin"]],
    ["a hyphen separates (NTT double fam)", "Christina Nope-Salukh", ["kristina", "nope", "salu"]],
    ["two words glued, told by the capital", "YusufNasrullah Manafe", ["iusuf", "nasrula", "manafe"]],
    ["accents go", "Désy Ratnasari", ["desi", "ratnasari"]],
    ["digits go", "Budi 2", ["budi"]],
  ])("%s: %s", (_what, raw, expected) => {
    expect(tokens(raw)).toEqual(expected);
  });
});

describe("normaliseName: titles, degrees and honorifics are not the name", () => {
  it.each([
    ["H. (haji)", "H. Muhammad Yusuf", ["muhamad", "iusuf"]],
    ["Hj. (hajah)", "Hj. Siti Aminah", ["siti", "amina"]],
    ["Drs. and old spelling", "Drs. Djoko Soesilo", ["ioko", "susilo"]],
    ["Dra.", "Dra. Rahmawati", ["rahmawati"]],
    ["Dr. and Ir. together", "Dr. Ir. Bambang Hadi", ["bambang", "hadi"]],
    ["degree after a comma", "Petrus Handayani, S.E.", ["petrus", "handaiani"]],
    ["several degrees after commas", "Budi Siregar, S.Pd., M.Si.", ["budi", "siregar"]],
    ["degree without a comma", "Andi Rahman SH", ["andi", "rahman"]],
    ["A.Md. diploma", "Djoko Dedi Wijaya, A.Md", ["ioko", "dedi", "wiaia"]],
    ["S.Pd written without dots", "Ismail Saputra SPd", ["ismail", "saputra"]],
    ["Ibu", "Ibu Suparmi", ["suparmi"]],
    ["Bpk.", "Bpk. Slamet", ["slamet"]],
    ["Sdr.", "Sdr. Andi", ["andi"]],
    ["a lone title stays (it may be all there is)", "Haji", ["hai"]],
  ])("%s: %s", (_what, raw, expected) => {
    expect(tokens(raw)).toEqual(expected);
  });

  it("remembers Ny. (the rest may be the husband's name)", () => {
    expect(normaliseName("Ny. Budi Santoso")).toEqual({ tokens: ["budi", "santoso"], patronym: [], nyonya: true });
    expect(normaliseName("Budi Santoso").nyonya).toBe(false);
  });
});

describe("normaliseName: Muhammad, Siti, Abdul and their short forms are one token", () => {
  it.each([
    ["Muhammad Yusuf"],
    ["Muhamad Yusuf"],
    ["Mohammad Yusuf"],
    ["Mohamad Yusuf"],
    ["Mochammad Yusuf"],
    ["Mochamad Jusuf"],
    ["Muchammad Yusuf"],
    ["Mukhammad Yusuf"],
    ["Moh. Yusuf"],
    ["Muh. Yusuf"],
    ["Moch. Yusuf"],
    ["Mhd. Yusuf"],
    ["Mohd Yusuf"],
  ])("%s", (raw) => {
    expect(tokens(raw)).toEqual(["muhamad", "iusuf"]);
  });

  it("keeps M. as an initial (it may be Mahmud)", () => {
    expect(tokens("M. Yusuf")).toEqual(["m", "iusuf"]);
    expect(tokens("M.Yusuf")).toEqual(["m", "iusuf"]);
  });

  it.each([
    ["St. Aminah", ["siti", "amina"]],
    ["Sitti Aminah", ["siti", "amina"]],
    ["Abd. Rahman", ["abdul", "rahman"]],
    ["Achmad Chairul", ["ahmad", "hairul"]],
    ["Akhmad", ["ahmad"]],
  ])("%s", (raw, expected) => {
    expect(tokens(raw)).toEqual(expected);
  });
});

describe("normaliseName: old spelling and free spelling fold together", () => {
  it.each([
    ["dj -> j, oe -> u", "Djoko Soekarno", "Joko Sukarno"],
    ["tj -> c", "Tjahjo", "Cahyo"],
    ["j -> y (old j was y)", "Jusuf", "Yusuf"],
    ["nj -> ny", "Njoman", "Nyoman"],
    ["sj -> sy -> s", "Sjamsul", "Samsul"],
    ["ch -> kh -> h", "Chadijah", "Khadijah"],
    ["ch before r -> k", "Christina", "Kristina"],
    ["y / i", "Supriyadi", "Supriadi"],
    ["y / i at the start", "Yanti", "Ianti"],
    ["doubled letters", "Nasrullah", "Nasrulah"],
    ["final h after a vowel", "Fatimah", "Fatima"],
    ["th -> t", "Martha", "Marta"],
    ["ph -> f", "Stephanus", "Stefanus"],
    ["dh -> d", "Ramadhan", "Ramadan"],
    ["q -> k", "Taufiq", "Taufik"],
    ["c -> k (Dutch c)", "Cornelis", "Kornelis"],
  ])("%s: %s = %s", (_what, a, b) => {
    expect(tokens(a)).toEqual(tokens(b));
  });

  it("keeps different names apart", () => {
    expect(foldToken("joko")).not.toBe(foldToken("budi"));
    expect(foldToken("ani")).not.toBe(foldToken("andi"));
    expect(foldToken("pah")).not.toBe(foldToken("pa"));
  });
});

describe("normaliseName: regional patterns", () => {
  it("drops the Balinese I / Ni, keeps the birth-order name as a token", () => {
    expect(tokens("I Wayan Sudarta")).toEqual(["waian", "sudarta"]);
    expect(tokens("Ni Luh Putu Ayu")).toEqual(["luh", "putu", "aiu"]);
  });

  it("reads Balinese abbreviations", () => {
    expect(tokens("I Wyn. Sudarta")).toEqual(tokens("I Wayan Sudarta"));
    expect(tokens("I Gst. Ngr. Rai")).toEqual(tokens("I Gusti Ngurah Rai"));
  });

  it("drops the Batak br. / boru before a woman's marga", () => {
    expect(tokens("Halimah br. Siregar")).toEqual(["halima", "siregar"]);
    expect(tokens("Halimah Boru Siregar")).toEqual(["halima", "siregar"]);
  });

  it("keeps a bin / binti patronym apart", () => {
    expect(normaliseName("Ahmad bin Abdullah")).toEqual({ tokens: ["ahmad"], patronym: ["abdula"], nyonya: false });
    expect(normaliseName("Siti Khadijah binti Umar")).toEqual({ tokens: ["siti", "hadia"], patronym: ["umar"], nyonya: false });
  });

  it("keeps a Javanese mononym whole", () => {
    expect(tokens("SOEKARNO")).toEqual(["sukarno"]);
  });

  it("gives no tokens for an empty name", () => {
    expect(normaliseName("  ")).toEqual({ tokens: [], patronym: [], nyonya: false });
  });
});
