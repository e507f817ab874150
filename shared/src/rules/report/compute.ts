/**
 * The monthly report from plain data (types.ts). Built one household at a time, so a device can spread
 * a 20,000-family roster over idle moments (`startMonthlyReport`: add each, then finish): each family
 * adds its counts to its RT's and is not kept, so finishing only sums a few dozen RTs. The rest of the
 * input (board, minutes, visits, imports) is small and read at finish. `computeMonthlyReport` does it in
 * one call. Pure: no clock, no time zone, no I/O; the same input gives the same report everywhere.
 */
import type { InterventionStatus } from "../../model/intervention.ts";
import type { ScreeningResult } from "../screening/screenFamily.ts";
import { isTargetingGap, welfareBand } from "../irisan.ts";
import { recapKrs, type KrsRecap } from "../screening/recap.ts";
import { AreaCounts, addInto, percent, type Counts } from "./areas.ts";
import { qualitySection, tallyQuality, type QualityTally } from "./dataQuality.ts";
import { emptyGrowthTally, growthRow, monthWindows, tallyGrowth, trendPoints, type GrowthTally, type TrendTally } from "./growth.ts";
import { interventionSection, statusesAt } from "./interventions.ts";
import { meetingSection } from "./meetings.ts";
import { inMonth, monthSpan, monthsEndingWith, referenceDate } from "./month.ts";
import type { MonthlyReport, ReportContext, ReportHousehold, ReportInput, VisitRow, WelfareRow } from "./types.ts";

export const TREND_MONTHS = 12;

interface VisitCounts {
  kunjungan: number;
  keluarga: number;
  krs: number;
  krsDidampingi: number;
}

/** What one RT adds up: counts only, never a record. */
interface AreaTally extends Counts {
  krs: KrsRecap & Counts;
  welfare: WelfareRow & Counts;
  growth: GrowthTally & Counts;
  visits: VisitCounts & Counts;
}

/** Screening results of an RT not yet in its recap: recapKrs takes them a batch at a time. */
interface Pending {
  results: ScreeningResult[];
  desils: Array<number | null>;
}
const BATCH = 64;

const emptyRecap = (): KrsRecap & Counts => recapKrs([], []) as KrsRecap & Counts;
const emptyTally = (): AreaTally => ({
  krs: emptyRecap(),
  welfare: { krs: 0, desil1_4: 0, desil5_10: 0, tanpaDesil: 0, gap: 0 },
  growth: emptyGrowthTally() as GrowthTally & Counts,
  visits: { kunjungan: 0, keluarga: 0, krs: 0, krsDidampingi: 0 },
});

export interface ReportBuilder {
  add(h: ReportHousehold): void;
  finish(): MonthlyReport;
}

/** `screening` of each household added must be taken on referenceDate(month, today). */
export function startMonthlyReport(context: ReportContext): ReportBuilder {
  const reference = referenceDate(context.month, context.today);
  if (reference === null) throw new Error(`the month ${context.month} has not begun on ${context.today}`);
  const windows = monthWindows(monthsEndingWith(context.month, TREND_MONTHS), context.today);
  const visitsOf = new Map<string, number>();
  for (const v of context.visits) if (inMonth(v.date, context.month)) visitsOf.set(v.householdId, (visitsOf.get(v.householdId) ?? 0) + 1);
  const areas = new AreaCounts<AreaTally>(emptyTally);
  const pending = new Map<AreaTally, Pending>();
  // the RT's recap is recapKrs over its families, a batch at a time (a per-family recap added field by
  // field cost more than the rest of the report at 20,000 families)
  const settle = (tally: AreaTally, p: Pending) => {
    if (p.results.length === 0) return;
    addInto(tally.krs, recapKrs(p.results, p.desils) as KrsRecap & Counts);
    p.results = [];
    p.desils = [];
  };
  const trend: TrendTally[] = windows.map(() => ({ balita: 0, diukur: 0, classified: 0, stunted: 0 }));
  const quality: QualityTally[] = [];
  let households = 0;

  return {
    add({ household: h, screening, children }) {
      households += 1;
      const tally = areas.at(h.rw, h.rt);
      let p = pending.get(tally);
      if (!p) pending.set(tally, (p = { results: [], desils: [] }));
      p.results.push(screening);
      p.desils.push(h.desil);
      if (p.results.length >= BATCH) settle(tally, p);

      const growth = tallyGrowth({ household: h, screening, children }, windows);
      if (growth.month.balita > 0) addGrowth(tally.growth, growth.month);
      growth.trend.forEach((t, i) => t.balita > 0 && addTrend(trend[i]!, t));
      const visits = visitsOf.get(h.id) ?? 0;
      const v = tally.visits;
      v.kunjungan += visits;
      if (visits > 0) v.keluarga += 1;
      if (screening.isKrs) {
        v.krs += 1;
        if (visits > 0) v.krsDidampingi += 1;
        const w = tally.welfare;
        w.krs += 1;
        w[welfareBand(h.desil)] += 1;
        if (isTargetingGap(h, true)) w.gap += 1;
      }
      quality.push(tallyQuality(h, context.today));
    },
    finish() {
      for (const [tally, p] of pending) settle(tally, p);
      const all = areas.rows((t) => t).total;
      const measured = all.growth.diukur > 0;
      const visited = all.visits.kunjungan > 0;
      const socialList = context.batches.some((b) => b.kind === "sosial");
      const statuses: Map<string, InterventionStatus> = context.board ? statusesAt(context.board, monthSpan(context.month).last, context.utcOffsetMinutes) : new Map();
      return {
        identity: {
          name: context.profile.name,
          kodeWilayah: context.profile.kodeWilayah,
          month: context.month,
          referenceDate: reference,
          generatedOn: context.today,
          households,
          sources: [...context.batches]
            .sort((a, b) => a.at.localeCompare(b.at) || (a.id < b.id ? -1 : 1))
            .map((b) => ({ kind: b.kind, fileName: b.source.fileName, sheet: b.source.sheet, listName: b.source.listName, at: b.at, by: b.by, rows: b.counts.rows })),
          sync: { ...context.sync },
        },
        krs: households === 0 ? null : areas.rows((t): KrsRecap => t.krs),
        welfare: socialList && households > 0 ? areas.rows((t): WelfareRow => ({ ...t.welfare })) : null,
        growth: { ...areas.rows((t) => growthRow(t.growth, measured)), measured, trend: trendPoints(windows, [trend]) },
        interventions: context.board ? interventionSection(context.board, context.month, context.utcOffsetMinutes) : null,
        visits: areas.rows((t) => visitRow(t.visits, visited)),
        meetings: context.meetings ? meetingSection(context.meetings, context.month, statuses) : null,
        dataQuality: qualitySection(quality, context.reviewWaiting),
      };
    },
  };
}

function addGrowth(a: GrowthTally, b: GrowthTally): void {
  a.balita += b.balita;
  a.diukur += b.diukur;
  a.sangatPendek += b.sangatPendek;
  a.pendek += b.pendek;
  a.normal += b.normal;
  a.tinggi += b.tinggi;
  a.bbtbDiukur += b.bbtbDiukur;
  a.giziBuruk += b.giziBuruk;
  a.giziKurang += b.giziKurang;
  a.bbuDiukur += b.bbuDiukur;
  a.bbSangatKurang += b.bbSangatKurang;
  a.bbKurang += b.bbKurang;
  a.ukurUlang += b.ukurUlang;
}

function addTrend(a: TrendTally, b: TrendTally): void {
  a.balita += b.balita;
  a.diukur += b.diukur;
  a.classified += b.classified;
  a.stunted += b.stunted;
}

function visitRow(c: VisitCounts, visited: boolean): VisitRow {
  if (!visited) return { kunjungan: null, keluarga: null, krsDidampingi: null, krs: c.krs, persen: null };
  return { kunjungan: c.kunjungan, keluarga: c.keluarga, krsDidampingi: c.krsDidampingi, krs: c.krs, persen: percent(c.krsDidampingi, c.krs) };
}

export function computeMonthlyReport(input: ReportInput): MonthlyReport {
  const builder = startMonthlyReport(input);
  for (const h of input.households) builder.add(h);
  return builder.finish();
}
