import { describe, expect, it } from "vitest";
import type { Role } from "@shared/model/index.ts";
import { landingSection, mayOpen, sectionsFor } from "./sections.ts";
import type { Section } from "./route.ts";

describe("sections a role may open", () => {
  it.each<[Role, Section[], Section]>([
    ["lurah", ["keluarga", "peta", "papan", "notulen", "irisan", "laporan", "undangan", "pengaturan"], "keluarga"],
    ["kader", ["keluarga", "peta", "papan", "notulen", "irisan", "laporan", "pengaturan"], "keluarga"],
    ["opd", ["peta", "papan", "notulen"], "papan"],
    ["viewer", ["peta", "papan", "notulen"], "papan"],
  ])("%s sees %j and lands on %s", (role, tabs, landing) => {
    expect(sectionsFor(role)).toEqual(tabs);
    expect(landingSection(role)).toBe(landing);
    expect(mayOpen(role, landing)).toBe(true);
  });
});
