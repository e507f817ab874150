import { describe, expect, it } from "vitest";
import { DEFAULT_RUNS, fuzzSeeds } from "./fuzzSeeds.ts";

describe("fuzzSeeds", () => {
  it("runs seeds 1..25 by default", () => {
    expect(fuzzSeeds({})).toEqual(Array.from({ length: DEFAULT_RUNS }, (_, i) => i + 1));
  });

  it("takes the count from FUZZ_RUNS", () => {
    expect(fuzzSeeds({ FUZZ_RUNS: "3" })).toEqual([1, 2, 3]);
  });

  it("replays exactly one seed with FUZZ_SEED, whatever FUZZ_RUNS says", () => {
    expect(fuzzSeeds({ FUZZ_SEED: "1337", FUZZ_RUNS: "100" })).toEqual([1337]);
  });

  it("refuses values that are not counts", () => {
    expect(() => fuzzSeeds({ FUZZ_RUNS: "many" })).toThrow(/FUZZ_RUNS/);
    expect(() => fuzzSeeds({ FUZZ_SEED: "-1" })).toThrow(/FUZZ_SEED/);
  });
});
