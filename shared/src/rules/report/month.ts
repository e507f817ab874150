/**
 * The report's month: "YYYY-MM" (model/monthlyReport.ts ReportMonth) and the civil dates it spans.
 * Civil dates only (a posyandu day, a meeting day); instants (ISO times a device or the relay wrote)
 * are placed in a month by the device's UTC offset, so an event at 23.30 WITA on 31 Oct is October's.
 */
import { daysInMonth } from "../calendar.ts";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isReportMonth(value: string): boolean {
  return MONTH.test(value);
}

function parts(month: string): { year: number; month: number } {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a YYYY-MM month: ${JSON.stringify(month)}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** First and last day of the month, YYYY-MM-DD. */
export function monthSpan(month: string): { first: string; last: string } {
  const p = parts(month);
  return { first: `${month}-01`, last: `${month}-${pad(daysInMonth(p.year, p.month))}` };
}

/** The month `offset` months after `month` (negative: before). */
export function addMonths(month: string, offset: number): string {
  const p = parts(month);
  const index = p.year * 12 + (p.month - 1) + offset;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** `count` months ending with `month`, oldest first. */
export function monthsEndingWith(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(month, i - count + 1));
}

/**
 * The day ages and states are taken on: the month's last day, or today while the month is running.
 * Null for a month that has not begun.
 */
export function referenceDate(month: string, today: string): string | null {
  const { first, last } = monthSpan(month);
  if (today < first) return null;
  return today < last ? today : last;
}

/** Whether a YYYY-MM-DD date (or the date part of a longer string) falls in the month. */
export function inMonth(date: string, month: string): boolean {
  return date.length >= 10 && date.startsWith(month) && date.charCodeAt(7) === 45;
}

/**
 * The civil date an ISO instant fell on for a device `offsetMinutes` east of UTC (WITA: 480),
 * or "" for a string that is not a time. "2026-10-31T16:30:00Z" is 1 Nov in WITA.
 */
export function localDateOf(iso: string, offsetMinutes: number): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return "";
  return new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
