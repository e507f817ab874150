import type { Household } from "@shared/model/index.ts";
import { compareDue, latestVisit, visitDue, type VisitDue } from "@shared/rules/index.ts";
import { visitedBy } from "./visitors.ts";

/** How "Kunjungan saya" groups the families due a visit, most urgent first. */
export const DUE_GROUPS = ["terlambat", "hariIni", "segera", "belumPernah"] as const;
export type DueGroup = (typeof DUE_GROUPS)[number];

export interface DueFamily {
  household: Household;
  due: VisitDue;
  group: DueGroup;
}

export interface DueListOptions {
  today: string;
  /** a KRS family not visited for this many days is due */
  krsEveryDays: number;
  /** planned visits this many days ahead are listed too ("Dalam 7 hari") */
  aheadDays: number;
  /** only families this person has visited (a name as the visits write it); null: every family */
  visitor: string | null;
  rw: number | null;
  rt: number | null;
}

export function groupOf(due: VisitDue): DueGroup {
  if (due.daysLate === null) return "belumPernah";
  return due.daysLate > 0 ? "terlambat" : due.daysLate === 0 ? "hariIni" : "segera";
}

const names = new Intl.Collator("id");

/**
 * The families due a visit (rules/visits.ts visitDue), most urgent first, then by RW, RT and name.
 * `isKrs` is asked only of families with no next visit planned: a planned visit decides without the
 * screening.
 */
export function dueFamilies(households: readonly Household[], isKrs: (h: Household) => boolean, o: DueListOptions): DueFamily[] {
  const out: DueFamily[] = [];
  const options = { today: o.today, krsEveryDays: o.krsEveryDays, aheadDays: o.aheadDays };
  for (const h of households) {
    if ((o.rw !== null && h.rw !== o.rw) || (o.rt !== null && h.rt !== o.rt)) continue;
    if (o.visitor !== null && !h.visits?.some((v) => visitedBy(v.visitor, o.visitor!))) continue;
    const planned = (latestVisit(h.visits)?.nextVisit ?? "") !== "";
    const due = visitDue(h.visits, !planned && isKrs(h), options);
    if (due) out.push({ household: h, due, group: groupOf(due) });
  }
  return out.sort(
    (a, b) =>
      compareDue(a.due, b.due) ||
      (a.household.rw ?? 0) - (b.household.rw ?? 0) ||
      (a.household.rt ?? 0) - (b.household.rt ?? 0) ||
      names.compare(a.household.kepala, b.household.kepala) ||
      (a.household.id < b.household.id ? -1 : 1),
  );
}
