import { describe, expect, it } from "vitest";
import { planId } from "./plan.ts";
import { planEn } from "./plan.en.ts";
import { planCoreId } from "./planCore.ts";
import { planCoreEn } from "./planCore.en.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the plan's words", () => {
  it.each([
    ["the plan screen's (plan.en.ts, its own chunk)", planId, planEn],
    ["the tab's and a board card's (planCore.en.ts, in english.ts)", planCoreId, planCoreEn],
  ] as Array<[string, Record<string, string>, Record<string, string>]>)("English has every Indonesian key of %s, with the same placeholders", (_, id, en) => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const key of Object.keys(id)) expect([key, placeholders(en[key]!)]).toEqual([key, placeholders(id[key]!)]);
  });

  it("keeps twelve month names in both languages (the plan's months are a comma list)", () => {
    expect(planId["plan.months"].split(",")).toHaveLength(12);
    expect(planEn["plan.months"].split(",")).toHaveLength(12);
  });
});
