import { describe, expect, it } from "vitest";
import { addPairBits, charBits, PAIR_WORDS, prepareTerms } from "./searchBits.ts";

const pairBitsOf = (text: string) => {
  const out = new Int32Array(PAIR_WORDS);
  addPairBits(text, out);
  return out;
};
/** True when the text's bits allow it to contain every word (the pass's first test). */
const mayContain = (text: string, words: string[]) => {
  const { need, pairWords, pairMasks } = prepareTerms(words);
  const pairs = pairBitsOf(text);
  return (charBits(text) & need) === need && pairWords.every((w, k) => (pairs[w]! & pairMasks[k]!) === pairMasks[k]);
};

describe("search bits", () => {
  it.each([
    ["one letter is decided by its bit", ["m"], []],
    ["two letters are decided by their pair bit", ["ma"], []],
    ["three letters still need a search", ["mar"], ["mar"]],
    ["a letter and a digit need a search", ["a5"], ["a5"]],
    ["digits share bits", ["5"], ["5"]],
    ["so does anything else", ["é"], ["é"]],
  ])("%s", (_name, terms, check) => {
    expect(prepareTerms(terms).check).toEqual(check);
  });

  it("a text has the letter and pair bits of every word it contains", () => {
    const text = "maria\u0000537103\u0000jl. oebufu é\u0000siti aminah";
    for (const word of ["mar", "5371", "jl. o", "é", "u é", "siti a", "ah", "3"]) expect(mayContain(text, [word]), word).toBe(true);
    expect(mayContain(text, ["mar", "siti", "0"])).toBe(true);
  });

  it("pair bits are exact for two letters: every two-letter word passes exactly when the text contains it", () => {
    const text = "siti aminah\u00005371031506880001\u0000oebufu\u0000yohanes bria";
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const words = [...letters].flatMap((a) => [...letters].map((b) => a + b));
    const contained = words.filter((w) => text.includes(w));
    expect(contained.length).toBeGreaterThan(20);
    expect(words.filter((w) => mayContain(text, [w]))).toEqual(contained);
  });

  it("pair bits rule out longer words whose pairs a text lacks", () => {
    const text = "siti aminah\u0000yohanes bria";
    expect(mayContain(text, ["sita"])).toBe(false); // "ta" is nowhere
    expect(mayContain(text, ["siti"])).toBe(true);
    expect(mayContain(text, ["tina"])).toBe(true); // "ti", "in", "na" are all there: the substring search decides
    expect(text.includes("tina")).toBe(false);
  });

  it("pair bits are small integers (30 bits per word)", () => {
    const bits = pairBitsOf("abcdefghijklmnopqrstuvwxyz0123456789 .,-/abcdefghijklmnopqrstuvwxyz");
    for (const word of bits) expect(word >= 0 && word < 2 ** 30).toBe(true);
  });
});
