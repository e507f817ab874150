/**
 * TPK visits (kunjungan pendampingan) over plain data: which visits and families fall in a month,
 * "KRS yang memperoleh pendampingan" (TPPS indicator, Perpres 72/2021) for a month, and which
 * families are due a visit. Months are "YYYY-MM", days "YYYY-MM-DD" (civil dates: no time zone).
 * The monthly report, the roster filter and "Kunjungan saya" all decide with these.
 */
import type { Visit } from "../model/visit.ts";
import { epochDay, parseIsoDate } from "./calendar.ts";

const DAY_MS = 86_400_000;

/** "2026-11" of "2026-11-22"; "" for anything that is not a real day. */
export function monthOf(date: string): string {
  return parseIsoDate(date) ? date.slice(0, 7) : "";
}

/** True for a real month written YYYY-MM. */
export function isMonth(month: string): boolean {
  return month.length === 7 && parseIsoDate(`${month}-01`) !== null;
}

/** The first and last day of a month as days since 1970-01-01 (calendar.ts epochDay); null for a malformed month. */
export function monthDays(month: string): { first: number; last: number } | null {
  const start = parseIsoDate(`${month}-01`);
  if (month.length !== 7 || !start) return null;
  const next = start.month === 12 ? { year: start.year + 1, month: 1, day: 1 } : { year: start.year, month: start.month + 1, day: 1 };
  return { first: epochDay(start), last: epochDay(next) - 1 };
}

/** Days since 1970-01-01 of a YYYY-MM-DD day, NaN when it is not one. */
export function dayNumber(date: string): number {
  const d = parseIsoDate(date);
  return d ? epochDay(d) : NaN;
}

/** The day `days` after `date` (before, when negative); "" when `date` is not a day. */
export function addDays(date: string, days: number): string {
  const n = dayNumber(date);
  return Number.isNaN(n) ? "" : new Date((n + days) * DAY_MS).toISOString().slice(0, 10);
}

/** True when the visit's day falls in the month. */
export function isInMonth(visit: Pick<Visit, "date">, month: string): boolean {
  return month !== "" && visit.date.startsWith(month) && monthOf(visit.date) === month;
}

/** The visits made in the month, in the order given. */
export function visitsInMonth(visits: readonly Visit[], month: string): Visit[] {
  return visits.filter((v) => isInMonth(v, month));
}

/** True when one of a family's visits is in the month (`visits` absent: never visited). */
export function visitedInMonth(visits: readonly Visit[] | undefined, month: string): boolean {
  return visits !== undefined && visits.some((v) => isInMonth(v, month));
}

/** Ids of the families visited at least once in the month. */
export function familiesVisitedInMonth(visits: readonly Visit[], month: string): Set<string> {
  const ids = new Set<string>();
  for (const v of visits) if (isInMonth(v, month)) ids.add(v.householdId);
  return ids;
}

/** Every visit of the given households (e.g. the roster's, deleted households left out), in household order. */
export function visitsOf(households: ReadonlyArray<{ visits?: readonly Visit[] | undefined }>): Visit[] {
  const out: Visit[] = [];
  for (const h of households) if (h.visits) out.push(...h.visits);
  return out;
}

export interface KrsPendampingan {
  /** KRS families counted */
  krs: number;
  /** of them, visited at least once in the month: "KRS yang memperoleh pendampingan" */
  didampingi: number;
  /** the KRS families not visited in the month, in the order given */
  belum: string[];
}

/**
 * "KRS yang memperoleh pendampingan" for a month: of the KRS families (ids, as the screening decides
 * them for that month), those with at least one visit dated in the month. Visits of other families
 * do not count, and a family visited twice counts once.
 */
export function krsDidampingi(krsIds: Iterable<string>, visits: readonly Visit[], month: string): KrsPendampingan {
  const visited = familiesVisitedInMonth(visits, month);
  const seen = new Set<string>();
  const belum: string[] = [];
  let didampingi = 0;
  for (const id of krsIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (visited.has(id)) didampingi += 1;
    else belum.push(id);
  }
  return { krs: seen.size, didampingi, belum };
}

/** Oldest first: by day, then when recorded, then id (the same order on every device; the roster keeps visits so). */
export function compareVisits(a: Visit, b: Visit): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Newest first, as a family's page lists them. */
export function newestFirst(visits: readonly Visit[]): Visit[] {
  return [...visits].sort((a, b) => compareVisits(b, a));
}

/** The family's latest visit with a real day (the one whose next-visit date is in force), null when none. */
export function latestVisit(visits: readonly Visit[] | undefined): Visit | null {
  let latest: Visit | null = null;
  if (visits) for (const v of visits) if (parseIsoDate(v.date) && (latest === null || compareVisits(v, latest) > 0)) latest = v;
  return latest;
}

export interface DueOptions {
  /** YYYY-MM-DD, the device's local day */
  today: string;
  /** a KRS family not visited for this many days is due (the kader chooses; 30 by default in the app) */
  krsEveryDays: number;
  /** visits due within this many days are listed as coming (0: only today's and late ones) */
  aheadDays?: number;
}

/**
 * Why a family is due: "dijadwalkan", the next-visit date its latest visit set; "krsLama", a KRS family
 * whose latest visit (with no next date) is krsEveryDays old or more; "krsBelumPernah", a KRS family
 * never visited.
 */
export type DueReason = "dijadwalkan" | "krsLama" | "krsBelumPernah";

export interface VisitDue {
  reason: DueReason;
  /** the day it is due, YYYY-MM-DD; "" for a KRS family never visited */
  due: string;
  /** days past due: 0 today, negative = due in that many days; null for a family never visited */
  daysLate: number | null;
  /** the latest visit, null when never visited */
  last: Visit | null;
}

/**
 * Whether a family is due a visit, and why. The next-visit date the latest visit recorded decides
 * when there is one (a later plan replaces an earlier one; a visit with no next date ends the plan);
 * else a KRS family is due when never visited, or krsEveryDays after its latest visit. Null when
 * nothing is due by `today` + aheadDays.
 */
export function visitDue(visits: readonly Visit[] | undefined, isKrs: boolean, options: DueOptions): VisitDue | null {
  const today = dayNumber(options.today);
  if (Number.isNaN(today)) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(options.today)}`);
  const ahead = Math.max(0, options.aheadDays ?? 0);
  const last = latestVisit(visits);
  const planned = last ? dayNumber(last.nextVisit) : NaN;
  if (last && !Number.isNaN(planned)) {
    const late = today - planned;
    return late >= -ahead ? { reason: "dijadwalkan", due: last.nextVisit, daysLate: late, last } : null;
  }
  if (!isKrs) return null;
  if (!last) return { reason: "krsBelumPernah", due: "", daysLate: null, last: null };
  const due = addDays(last.date, Math.max(1, Math.floor(options.krsEveryDays)));
  const late = today - dayNumber(due);
  return late >= -ahead ? { reason: "krsLama", due, daysLate: late, last } : null;
}

/** Most urgent first: the latest past due, then today's, then the soonest coming, then KRS never visited. */
export function compareDue(a: VisitDue, b: VisitDue): number {
  if (a.daysLate === null || b.daysLate === null) return (a.daysLate === null ? 1 : 0) - (b.daysLate === null ? 1 : 0);
  return b.daysLate - a.daysLate;
}
