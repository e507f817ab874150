/**
 * The report as tables: one model that the screen, the print view, the XLSX and the CSV all read, so
 * the file holds exactly the numbers on screen. Labels are in the app's language; numbers stay numbers
 * (formatted only where they are shown). null is "tidak ada data".
 */
import { locale, t } from "../../i18n/index.ts";
import type { AreaRows, TrendPoint } from "@shared/rules/report/index.ts";

export type Cell = number | string | null;
export type ColumnKind = "count" | "percent" | "text";

export interface Column {
  key: string;
  label: string;
  kind: ColumnKind;
}

export interface Row {
  /** "total", "<rw>/" for an RW, "<rw>/<rt>" for an RT ("-" for not recorded), or an item's key */
  key: string;
  label: string;
  level: "total" | "rw" | "rt" | "item";
  cells: Cell[];
}

export interface Table {
  id: string;
  title: string;
  /** the first column's heading (Wilayah, Uraian, ...) */
  head: string;
  columns: Column[];
  rows: Row[];
}

export type Chart =
  | { kind: "bars"; id: string; title: string; unit: "count" | "percent"; bars: Array<{ label: string; value: number | null }> }
  | { kind: "trend"; id: string; title: string; points: TrendPoint[] };

export interface Section {
  id: "s1" | "s2" | "s3" | "s4" | "s5" | "s6" | "s7";
  title: string;
  /** its XLSX sheet's name (31 characters at most) */
  sheet: string;
  /** what the reader must know first: "tidak ada data", definitions */
  notes: string[];
  tables: Table[];
  charts: Chart[];
}

export const col = (key: string, label: string, kind: ColumnKind = "count"): Column => ({ key, label, kind });

const areaKey = (v: number | null) => (v === null ? "-" : String(v));
export const rwLabel = (rw: number | null) => (rw === null ? t("report.area.rwNone") : t("report.area.rw", { rw }));
export const rtLabel = (rt: number | null) => (rt === null ? t("report.area.rtNone") : t("report.area.rt", { rt }));

/** Each RW, its RTs under it, the village's total last (as the BKKBN recap reads). */
export function areaRows<R>(areas: AreaRows<R>, cells: (row: R) => Cell[]): Row[] {
  const rows: Row[] = [];
  for (const a of areas.byRw) {
    rows.push({ key: `${areaKey(a.rw)}/`, label: rwLabel(a.rw), level: "rw", cells: cells(a.row) });
    for (const r of a.rts) rows.push({ key: `${areaKey(a.rw)}/${areaKey(r.rt)}`, label: rtLabel(r.rt), level: "rt", cells: cells(r.row) });
  }
  rows.push({ key: "total", label: t("report.area.total"), level: "total", cells: cells(areas.total) });
  return rows;
}

/** Each RT of each RW with a value, for a bar chart ("RT 3/RW 1"). */
export function rtBars<R>(areas: AreaRows<R>, value: (row: R) => number | null): Array<{ label: string; value: number | null }> {
  return areas.byRw.flatMap((a) => a.rts.map((r) => ({ label: `${rtLabel(r.rt)}/${rwLabel(a.rw)}`, value: value(r.row) })));
}

const tag = () => (locale() === "id" ? "id-ID" : "en-GB");

/** "November 2026". */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(tag(), { month: "long", year: "numeric" }).format(new Date(y, m - 1, 1));
}

/** "Nov 26", for a chart's axis. */
export function formatMonthShort(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(tag(), { month: "short", year: "2-digit" }).format(new Date(y, m - 1, 1)).replace(/\./g, "");
}

const percentFormats = new Map<string, Intl.NumberFormat>();
const countFormats = new Map<string, Intl.NumberFormat>();
function cached(map: Map<string, Intl.NumberFormat>, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = map.get(tag());
  if (!f) map.set(tag(), (f = new Intl.NumberFormat(tag(), options)));
  return f;
}

/** A cell as the screen and the print show it: "1.234", "85,7"; "—" for tidak ada data (a number in a text column is a count). */
export function formatCell(value: Cell, kind: ColumnKind): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  return kind === "percent" ? cached(percentFormats, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value) : cached(countFormats, {}).format(value);
}
