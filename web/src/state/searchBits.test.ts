import { describe, expect, it } from "vitest";
import { charBits, prepareTerms } from "./searchBits.ts";

describe("search bits", () => {
  it.each([
    ["one letter is decided by its bit", ["m"], []],
    ["a longer word still needs a search", ["ma"], ["ma"]],
    ["digits share bits", ["5"], ["5"]],
    ["so does anything else", ["é"], ["é"]],
  ])("%s", (_name, terms, check) => {
    expect(prepareTerms(terms).check).toEqual(check);
  });

  it("a text has the bits of every word it contains", () => {
    const text = "maria\u0000537103\u0000jl. oebufu é";
    for (const word of ["mar", "5371", "jl. o", "é", "u é"]) expect(charBits(text) & prepareTerms([word]).need).toBe(prepareTerms([word]).need);
  });
});
