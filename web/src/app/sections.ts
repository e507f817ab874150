import { canRead, canWrite, type Role } from "@shared/model/index.ts";
import { SECTIONS, type Section, type TabSection } from "./route.ts";

/**
 * Whether a role may open a section. It mirrors the documents the role may read (PRODUCT.md's role
 * table, enforced by the relay): a tab whose document this device never receives would be empty.
 */
export function mayOpen(role: Role, section: Section): boolean {
  switch (section) {
    case "keluarga":
    case "kunjungan":
    case "irisan":
    case "laporan":
      // the month's report is computed from the roster (only the lurah sends it up: ReportPage)
      return canRead(role, "roster");
    case "peta":
      // pokja roles see households; OPD liaisons and pemantau see needs at RT level
      return canRead(role, "roster") || canRead(role, "board");
    case "papan":
      return canRead(role, "board");
    case "notulen":
      return canRead(role, "minutes");
    case "undangan":
      return role === "lurah";
    case "pengaturan":
      // the pokja reads the thresholds that explain a KRS flag; only the lurah edits them
      return canRead(role, "meta") && (role === "lurah" || role === "kader");
    case "impor":
      // the import wizard and its review (not a tab): whoever writes the roster, the lurah and the pokja
      return canWrite(role, "roster");
  }
}

export function sectionsFor(role: Role): TabSection[] {
  return SECTIONS.filter((s) => mayOpen(role, s));
}

/**
 * Where a role lands (a join link, the home screen, a URL naming a section it may not open).
 * Its daily work first: the roster for the pokja, the board for OPD liaisons and pemantau (what
 * they act on or follow). The map, though before the board in the tab bar, is never the landing:
 * it is the app's largest chunk (maplibre), loaded on first use, and a bad first screen on a weak link.
 */
const LANDING_ORDER: readonly Section[] = ["keluarga", "papan", "notulen", "peta", "pengaturan", "undangan"];

export function landingSection(role: Role): Section {
  return LANDING_ORDER.find((s) => mayOpen(role, s)) ?? "notulen";
}
