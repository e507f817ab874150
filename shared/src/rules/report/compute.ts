/**
 * The monthly report from plain data (types.ts). Built one household at a time, so a device can spread
 * a 20,000-family roster over idle moments (`startMonthlyReport`: add each, then finish); the rest of the
 * input (board, minutes, visits, imports) is small and read at finish. `computeMonthlyReport` does it in
 * one call. Pure: no clock, no time zone, no I/O; the same input gives the same report everywhere.
 */
import type { InterventionStatus } from "../../model/intervention.ts";
import { isTargetingGap, welfareBand, type WelfareBand } from "../irisan.ts";
import { recapKrs } from "../screening/recap.ts";
import type { ScreeningResult } from "../screening/screenFamily.ts";
import { AreaGroups, percent } from "./areas.ts";
import { qualitySection, tallyQuality, type QualityTally } from "./dataQuality.ts";
import { growthRow, monthWindows, sumGrowth, tallyGrowth, trendPoints, type GrowthTally, type TrendTally } from "./growth.ts";
import { interventionSection, statusesAt } from "./interventions.ts";
import { meetingSection } from "./meetings.ts";
import { inMonth, monthSpan, monthsEndingWith, referenceDate } from "./month.ts";
import type { MonthlyReport, ReportContext, ReportHousehold, ReportInput, VisitRow, WelfareRow } from "./types.ts";

export const TREND_MONTHS = 12;

/** What the report keeps of one household: counts and flags, never its record. */
interface Facts {
  screening: ScreeningResult;
  desil: number | null;
  band: WelfareBand;
  gap: boolean;
  growth: GrowthTally;
  trend: TrendTally[];
  visits: number;
  quality: QualityTally;
}

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
  const groups = new AreaGroups<Facts>();

  return {
    add({ household: h, screening, children }) {
      const growth = tallyGrowth({ household: h, screening, children }, windows);
      groups.add(h.rw, h.rt, {
        screening,
        desil: h.desil,
        band: welfareBand(h.desil),
        gap: isTargetingGap(h, screening.isKrs),
        growth: growth.month,
        trend: growth.trend,
        visits: visitsOf.get(h.id) ?? 0,
        quality: tallyQuality(h),
      });
    },
    finish() {
      const all = groups.items();
      const measured = all.some((f) => f.growth.diukur > 0);
      const visited = all.some((f) => f.visits > 0);
      const socialList = context.batches.some((b) => b.kind === "sosial");
      const statuses: Map<string, InterventionStatus> = context.board ? statusesAt(context.board, monthSpan(context.month).last, context.utcOffsetMinutes) : new Map();
      const growth = groups.rows((items) => growthRow(sumGrowth(items.map((f) => f.growth)), measured));
      return {
        identity: {
          name: context.profile.name,
          kodeWilayah: context.profile.kodeWilayah,
          month: context.month,
          referenceDate: reference,
          generatedOn: context.today,
          households: all.length,
          sources: [...context.batches]
            .sort((a, b) => a.at.localeCompare(b.at) || (a.id < b.id ? -1 : 1))
            .map((b) => ({ kind: b.kind, fileName: b.source.fileName, sheet: b.source.sheet, listName: b.source.listName, at: b.at, by: b.by, rows: b.counts.rows })),
          sync: { ...context.sync },
        },
        krs: all.length === 0 ? null : groups.rows((items) => recapKrs(items.map((f) => f.screening), items.map((f) => f.desil))),
        welfare: socialList && all.length > 0 ? groups.rows(welfareRow) : null,
        growth: { ...growth, measured, trend: trendPoints(windows, all.map((f) => f.trend)) },
        interventions: context.board ? interventionSection(context.board, context.month, context.utcOffsetMinutes) : null,
        visits: groups.rows((items) => visitRow(items, visited)),
        meetings: context.meetings ? meetingSection(context.meetings, context.month, statuses) : null,
        dataQuality: qualitySection(all.map((f) => f.quality), context.reviewWaiting),
      };
    },
  };
}

function welfareRow(items: readonly Facts[]): WelfareRow {
  const row: WelfareRow = { krs: 0, desil1_4: 0, desil5_10: 0, tanpaDesil: 0, gap: 0 };
  for (const f of items) {
    if (!f.screening.isKrs) continue;
    row.krs += 1;
    row[f.band] += 1;
    if (f.gap) row.gap += 1;
  }
  return row;
}

function visitRow(items: readonly Facts[], visited: boolean): VisitRow {
  let kunjungan = 0;
  let keluarga = 0;
  let krs = 0;
  let krsDidampingi = 0;
  for (const f of items) {
    kunjungan += f.visits;
    if (f.visits > 0) keluarga += 1;
    if (f.screening.isKrs) {
      krs += 1;
      if (f.visits > 0) krsDidampingi += 1;
    }
  }
  if (!visited) return { kunjungan: null, keluarga: null, krsDidampingi: null, krs, persen: null };
  return { kunjungan, keluarga, krsDidampingi, krs, persen: percent(krsDidampingi, krs) };
}

export function computeMonthlyReport(input: ReportInput): MonthlyReport {
  const builder = startMonthlyReport(input);
  for (const h of input.households) builder.add(h);
  return builder.finish();
}
