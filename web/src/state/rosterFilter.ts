import type { AidProgramme, Household } from "@shared/model/index.ts";
import { isTargetingGap, visitedInMonth, welfareBand, type FactorKey, type HouseholdAssessment } from "@shared/rules/index.ts";
import { searchEntry } from "./searchBits.ts";

/**
 * The roster's search and filters, as plain data so the table, the map (issue 6)
 * and the report can share one filter state.
 */
export type SasaranKey = "pus" | "pusHamil" | "baduta" | "balita";

export interface RosterFilter {
  query: string;
  rt: number | null;
  rw: number | null;
  factor: FactorKey | "";
  sasaran: SasaranKey | "";
  /**
   * "miskin" = desil 1-4; "desil5_10"; "tanpaDesil" = no desil (not on the social list); a number = that
   * desil. The bands are the irisan's (shared/src/rules/irisan.ts).
   */
  desil: number | "miskin" | "desil5_10" | "tanpaDesil" | null;
  aid: AidProgramme | "";
  stunting: "any" | "sangat pendek" | "pendek" | "";
  krsOnly: boolean;
  /** the irisan's targeting gap: KRS in desil 1-4 receiving none of PKH, BPNT, PBI */
  gap: boolean;
  /**
   * "KRS belum didampingi bulan ini": KRS families with no TPK visit in this month (YYYY-MM; "" = off).
   * The month is part of the filter (the screen sets this month) so the filter stays plain data.
   */
  unvisitedIn: string;
}

export const EMPTY_FILTER: RosterFilter = { query: "", rt: null, rw: null, factor: "", sasaran: "", desil: null, aid: "", stunting: "", krsOnly: false, gap: false, unvisitedIn: "" };

export interface ParsedQuery {
  terms: string[];
  rt: number | null;
  rw: number | null;
}

/**
 * "RT 003", "rt 3" and "3/1" are address searches, matched exactly against the
 * household's RT/RW; every other word must appear in a name, NIK or No. KK.
 */
export function parseQuery(query: string): ParsedQuery {
  let rt: number | null = null;
  let rw: number | null = null;
  let rest = query.toLowerCase();
  rest = rest.replace(/\b(rt|rw)\s*[.:]?\s*0*(\d{1,3})\b/g, (_, kind: string, n: string) => {
    if (kind === "rt") rt = Number(n);
    else rw = Number(n);
    return " ";
  });
  rest = rest.replace(/\b0*(\d{1,3})\s*\/\s*0*(\d{1,3})\b/g, (_, a: string, b: string) => {
    rt = Number(a);
    rw = Number(b);
    return " ";
  });
  return { terms: rest.split(/\s+/).filter(Boolean), rt, rw };
}

/**
 * `assess` is called only when a filter needs the screening: a name search over
 * 20,000 families must not screen them all.
 */
export function matchesFilter(h: Household, assess: () => HouseholdAssessment, f: RosterFilter, q: ParsedQuery = parseQuery(f.query)): boolean {
  if (q.rt !== null && h.rt !== q.rt) return false;
  if (q.rw !== null && h.rw !== q.rw) return false;
  if (f.rt !== null && h.rt !== f.rt) return false;
  if (f.rw !== null && h.rw !== f.rw) return false;
  if (q.terms.length > 0) {
    const text = searchEntry(h).text;
    for (const term of q.terms) if (!text.includes(term)) return false;
  }
  if (f.desil === "miskin" && !(h.desil !== null && h.desil <= 4)) return false;
  if ((f.desil === "desil5_10" || f.desil === "tanpaDesil") && welfareBand(h.desil) !== f.desil) return false;
  if (typeof f.desil === "number" && h.desil !== f.desil) return false;
  if (f.aid && !h.aid.includes(f.aid)) return false;
  // everything below needs the screening: computed only when such a filter is on
  if (!needsScreening(f)) return true;
  const a = assess();
  if (f.krsOnly && !a.screening.isKrs) return false;
  if (f.gap && !isTargetingGap(h, a.screening.isKrs)) return false;
  if (f.unvisitedIn !== "" && (!a.screening.isKrs || visitedInMonth(h.visits, f.unvisitedIn))) return false;
  if (f.factor && !a.screening.factors.includes(f.factor)) return false;
  if (f.sasaran && !a.screening.sasaran[f.sasaran]) return false;
  if (f.stunting === "any" && a.stunting === null) return false;
  if ((f.stunting === "sangat pendek" || f.stunting === "pendek") && a.stunting !== f.stunting) return false;
  return true;
}

/** Anything chosen or typed (field by field: the table asks on every key). */
export function isFiltering(f: RosterFilter): boolean {
  return f.query !== "" || f.rt !== null || f.rw !== null || f.factor !== "" || f.sasaran !== "" || f.desil !== null || f.aid !== "" || f.stunting !== "" || f.krsOnly || f.gap || f.unvisitedIn !== "";
}

/** The filters that need each family's screening (computed lazily: a name search must not screen 20,000 families). */
export function needsScreening(f: RosterFilter): boolean {
  return f.krsOnly || f.gap || f.unvisitedIn !== "" || f.factor !== "" || f.sasaran !== "" || f.stunting !== "";
}
