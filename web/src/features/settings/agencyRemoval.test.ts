import { describe, expect, it } from "vitest";
import { agencyUse, removalOf, type AgencyUse } from "./agencyRemoval.ts";

describe("removing an agency", () => {
  it("counts what names it", () => {
    expect(agencyUse("DINSOS", [{ agency: "DINSOS" }, { agency: "DLHK" }], [{ agency: "DINSOS" }], [{ agency: "" }])).toEqual({ claims: 1, cards: 1, members: 0 });
  });

  it.each<[string, AgencyUse, number, "delete" | "deactivate"]>([
    ["nothing names it: deleted", { claims: 0, cards: 0, members: 0 }, 6, "delete"],
    ["a claim names it: kept, inactive", { claims: 1, cards: 0, members: 0 }, 6, "deactivate"],
    ["a card names it: kept, inactive", { claims: 0, cards: 2, members: 0 }, 6, "deactivate"],
    ["a liaison in the directory names it: kept, inactive", { claims: 0, cards: 0, members: 1 }, 6, "deactivate"],
    ["the last agency: kept, inactive, so the starter list does not come back", { claims: 0, cards: 0, members: 0 }, 1, "deactivate"],
  ])("%s", (_name, use, stored, verdict) => {
    expect(removalOf(use, stored)).toBe(verdict);
  });
});
