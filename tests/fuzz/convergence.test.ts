import { describe, expect, it } from "vitest";
import { fuzzSeeds } from "@shared/testing/fuzzSeeds.ts";
import { formatFailure, runScenario } from "@shared/testing/fuzzScenario.ts";

// Random edits on 3-5 peers through a simulated relay, random delivery order and
// disconnects; afterwards every peer must equal the hub. A failure prints its seed and
// the command that replays it; pin such a seed in regressions.test.ts.
describe("convergence fuzz", () => {
  it.each(fuzzSeeds(process.env))("seed %i: every peer converges with the hub", (seed) => {
    const result = runScenario(seed);
    expect(result.divergences, formatFailure(result)).toEqual([]);
  });
});
