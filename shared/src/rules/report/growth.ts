/**
 * Child growth for the month (aksi 7, DOMAIN.md "Reports"): under-fives, measured, coverage, TB/U
 * classes and stunting prevalence, BB/TB (wasting) and BB/U (underweight), and a 12-month trend.
 *
 * - A balita of a month is a child (any member but a wife: as the KRS screening counts them) born by
 *   the month's reference day and not yet 60 completed months old when the month began.
 * - Measured: a balita with a measurement dated in the month. Each indicator takes the child's last
 *   measurement of the month that gives it (the last length for TB/U, the last weight for BB/U).
 * - A value WHO flags as implausible is not classified (it would count a typing error as a severely
 *   stunted child): the child is counted under "ukur ulang" instead.
 * - Prevalence = (sangat pendek + pendek) / children classified by TB/U this month; wasting and
 *   underweight likewise over their own classified children.
 * A village that recorded no measurement in a month has no growth data for it: null, never 0.
 */
import { completedMonths, parseIsoDate, type CivilDate } from "../calendar.ts";
import type { GrowthPoint } from "../householdAssessment.ts";
import { percent } from "./areas.ts";
import { addMonths, monthSpan, referenceDate } from "./month.ts";
import type { GrowthRow, ReportHousehold, TrendPoint } from "./types.ts";

/** One household's children in the report month. */
export interface GrowthTally {
  balita: number;
  diukur: number;
  sangatPendek: number;
  pendek: number;
  normal: number;
  tinggi: number;
  bbtbDiukur: number;
  giziBuruk: number;
  giziKurang: number;
  bbuDiukur: number;
  bbSangatKurang: number;
  bbKurang: number;
  ukurUlang: number;
}

/** One household's children in one month of the trend. */
export interface TrendTally {
  balita: number;
  diukur: number;
  classified: number;
  stunted: number;
}

export const emptyGrowthTally = (): GrowthTally => ({
  balita: 0, diukur: 0, sangatPendek: 0, pendek: 0, normal: 0, tinggi: 0, bbtbDiukur: 0, giziBuruk: 0, giziKurang: 0, bbuDiukur: 0, bbSangatKurang: 0, bbKurang: 0, ukurUlang: 0,
});

export interface MonthWindow {
  month: string;
  /** the month's first day */
  first: CivilDate;
  /** YYYY-MM-DD: its reference day (referenceDate) */
  reference: string;
}

export function monthWindows(months: readonly string[], today: string): MonthWindow[] {
  return months.map((month) => {
    const { first } = monthSpan(month);
    return { month, first: parseIsoDate(first)!, reference: referenceDate(month, today) ?? first };
  });
}

function isBalita(birthDate: string, born: CivilDate, w: MonthWindow): boolean {
  return birthDate <= w.reference && completedMonths(born, w.first) <= 59;
}

/** The last point of the month that has `pick`'s result (dates compare as text; equal dates: the later in the record). */
function lastWith<T>(points: readonly GrowthPoint[], month: string, pick: (p: GrowthPoint) => T | null): T | null {
  let found: T | null = null;
  let day = "";
  for (const p of points) {
    const date = p.measurement.date;
    if (!date.startsWith(month) || date < day) continue;
    const value = pick(p);
    if (value === null) continue;
    found = value;
    day = date;
  }
  return found;
}

/**
 * The household's children for each window: `windows[last]` is the report month (full tally), the
 * others only what the trend needs. Returns [report tally, trend tallies (one per window)].
 */
export function tallyGrowth(h: ReportHousehold, windows: readonly MonthWindow[]): { month: GrowthTally; trend: TrendTally[] } {
  const month = emptyGrowthTally();
  const trend = windows.map((): TrendTally => ({ balita: 0, diukur: 0, classified: 0, stunted: 0 }));
  const pointsOf = new Map<string, readonly GrowthPoint[]>();
  for (const c of h.children) pointsOf.set(c.member.id, c.points);
  // measured: any measurement of the month counts, also one no z-score can be computed for (sex unknown)
  const measuredOn = new Map<string, string[]>();
  for (const m of h.household.measurements) {
    const dates = measuredOn.get(m.memberId);
    if (dates) dates.push(m.date);
    else measuredOn.set(m.memberId, [m.date]);
  }
  const last = windows.length - 1;
  // born 61 months before the first window began: a balita of none of them (most members; skip the date work)
  const oldest = windows.length > 0 ? `${addMonths(windows[0]!.month, -61)}-01` : "";
  for (const member of h.household.members) {
    if (member.relation === "istri" || member.birthDate < oldest) continue;
    const born = parseIsoDate(member.birthDate);
    if (!born) continue;
    const points = pointsOf.get(member.id) ?? [];
    const dates = measuredOn.get(member.id) ?? [];
    windows.forEach((w, i) => {
      if (!isBalita(member.birthDate, born, w)) return;
      const t = trend[i]!;
      t.balita += 1;
      if (!dates.some((d) => d.startsWith(w.month))) return;
      t.diukur += 1;
      const tbu = lastWith(points, w.month, (p) => p.lengthForAge);
      if (tbu?.category) {
        t.classified += 1;
        if (tbu.category === "sangat pendek" || tbu.category === "pendek") t.stunted += 1;
      }
      if (i !== last) return;
      month.diukur += 1;
      const bbtb = lastWith(points, w.month, (p) => p.weightForLength);
      const bbu = lastWith(points, w.month, (p) => p.weightForAge);
      if (tbu?.implausible || bbtb?.implausible || bbu?.implausible) month.ukurUlang += 1;
      if (tbu?.category === "sangat pendek") month.sangatPendek += 1;
      else if (tbu?.category === "pendek") month.pendek += 1;
      else if (tbu?.category === "normal") month.normal += 1;
      else if (tbu?.category === "tinggi") month.tinggi += 1;
      if (bbtb?.category) {
        month.bbtbDiukur += 1;
        if (bbtb.category === "gizi buruk") month.giziBuruk += 1;
        else if (bbtb.category === "gizi kurang") month.giziKurang += 1;
      }
      if (bbu?.category) {
        month.bbuDiukur += 1;
        if (bbu.category === "berat badan sangat kurang") month.bbSangatKurang += 1;
        else if (bbu.category === "berat badan kurang") month.bbKurang += 1;
      }
    });
  }
  month.balita = trend[last]?.balita ?? 0;
  return { month, trend };
}

/** An area's row; `measured` says whether the village recorded any measurement in the month. */
export function growthRow(t: GrowthTally, measured: boolean): GrowthRow {
  const data = (n: number): number | null => (measured ? n : null);
  // classes over children measured in this area: with none measured here, a class count says nothing
  const cls = (n: number, whole: number): number | null => (measured && whole > 0 ? n : null);
  const tbuWhole = t.sangatPendek + t.pendek + t.normal + t.tinggi;
  return {
    balita: t.balita,
    diukur: data(t.diukur),
    cakupan: measured ? percent(t.diukur, t.balita) : null,
    sangatPendek: cls(t.sangatPendek, tbuWhole),
    pendek: cls(t.pendek, tbuWhole),
    normal: cls(t.normal, tbuWhole),
    tinggi: cls(t.tinggi, tbuWhole),
    stunting: measured ? percent(t.sangatPendek + t.pendek, tbuWhole) : null,
    bbtbDiukur: data(t.bbtbDiukur),
    giziBuruk: cls(t.giziBuruk, t.bbtbDiukur),
    giziKurang: cls(t.giziKurang, t.bbtbDiukur),
    wasting: measured ? percent(t.giziBuruk + t.giziKurang, t.bbtbDiukur) : null,
    bbuDiukur: data(t.bbuDiukur),
    bbSangatKurang: cls(t.bbSangatKurang, t.bbuDiukur),
    bbKurang: cls(t.bbKurang, t.bbuDiukur),
    underweight: measured ? percent(t.bbSangatKurang + t.bbKurang, t.bbuDiukur) : null,
    ukurUlang: data(t.ukurUlang),
  };
}

export function trendPoints(windows: readonly MonthWindow[], tallies: readonly (readonly TrendTally[])[]): TrendPoint[] {
  return windows.map((w, i) => {
    let balita = 0;
    let diukur = 0;
    let classified = 0;
    let stunted = 0;
    for (const t of tallies) {
      const m = t[i]!;
      balita += m.balita;
      diukur += m.diukur;
      classified += m.classified;
      stunted += m.stunted;
    }
    const measured = diukur > 0;
    return { month: w.month, balita, diukur: measured ? diukur : null, cakupan: measured ? percent(diukur, balita) : null, stunting: measured ? percent(stunted, classified) : null };
  });
}
