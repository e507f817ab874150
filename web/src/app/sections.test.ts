import { describe, expect, it } from "vitest";
import type { Role } from "@shared/model/index.ts";
import { landingSection, mayOpen, sectionsFor } from "./sections.ts";
import { SECTIONS, type Section } from "./route.ts";

describe("sections a role may open", () => {
  it.each<[Role, Section[], Section]>([
    ["lurah", ["keluarga", "kunjungan", "papan", "notulen", "peta", "irisan", "laporan", "undangan", "pengaturan"], "keluarga"],
    ["kader", ["keluarga", "kunjungan", "papan", "notulen", "peta", "irisan", "laporan", "pengaturan"], "keluarga"],
    ["opd", ["papan", "notulen", "peta"], "papan"],
    ["viewer", ["papan", "notulen", "peta"], "papan"],
  ])("%s sees %j and lands on %s", (role, tabs, landing) => {
    expect(sectionsFor(role)).toEqual(tabs);
    expect(landingSection(role)).toBe(landing);
    expect(mayOpen(role, landing)).toBe(true);
  });

  it("gives a district no village tab (it opens no village document; its own screen is #/wilayah/<prefix>)", () => {
    expect(sectionsFor("district")).toEqual([]);
    for (const section of SECTIONS) expect(mayOpen("district", section)).toBe(false);
  });
});
