/**
 * The quality floor of issue 15 on the shared data sets (the matcher is
 * deterministic, so this is behaviour, not a measurement): precision of the auto
 * pairs >= 0.999, recall of auto + review >= 0.995, review pairs <= 2% of the true
 * pairs. npm run bench:match reports the figures on all three sets.
 */
import { describe, expect, it } from "vitest";
import { linkQuality, readListFixture, type ListFixtureName } from "../../testing/listFixtures.ts";
import { matchSocialToFamilies } from "./match.ts";

describe.each(["kelurahan-lists", "synthetic-kelurahan"] as ListFixtureName[])("the matcher's quality on %s", (name) => {
  const fixture = readListFixture(name);
  const quality = linkQuality(matchSocialToFamilies(fixture.families, fixture.social).pairs, fixture.truth);

  it("links without a person only true pairs (precision of auto >= 0.999)", () => {
    expect(quality.autoPrecision).toBeGreaterThanOrEqual(0.999);
  });

  it("finds the true pairs among auto and review (recall >= 0.995)", () => {
    expect(quality.recall).toBeGreaterThanOrEqual(0.995);
  });

  it("asks a person about few pairs (review <= 2% of the true pairs)", () => {
    expect(quality.reviewShare).toBeLessThanOrEqual(0.02);
  });
});
