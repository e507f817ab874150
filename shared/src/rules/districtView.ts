import type { ReportIndicator } from "../model/monthlyReport.ts";

/**
 * What a district's screen shows of the reports villages send (issue 16): one row per registered village for a
 * month, a few indicators derived from the sent numbers, who has not reported, a village's trend. Aggregates
 * only: a report holds no name. A month with no report, or an indicator sent as null, is "tidak ada data"
 * (null here), never zero.
 */
export type ReportNumbers = Partial<Record<ReportIndicator, number | null>>;

export interface DistrictVillage {
  workspace: string;
  kodeWilayah: string;
  name: string;
}

export interface DistrictReport {
  workspace: string;
  kodeWilayah: string;
  villageName: string;
  month: string;
  version: number;
  receivedAt: string;
  indicators: ReportNumbers;
}

/** The relay's `GET /api/district/overview` answer (relay/PROTOCOL.md 3b). */
export interface DistrictOverview {
  wilayah: string;
  months: string[];
  villages: DistrictVillage[];
  reports: DistrictReport[];
}

export const DISTRICT_COLUMNS = ["krs", "prevalensi", "cakupan", "intervensiSelesai", "krsDidampingi"] as const;
export type DistrictColumn = (typeof DISTRICT_COLUMNS)[number];

function num(v: number | null | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function percent(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0) return null;
  return (100 * part) / whole;
}

/**
 * One column's value from a village's numbers:
 * - krs, krsDidampingi: as sent;
 * - prevalensi: stunting prevalence = (sangat pendek + pendek) / measured, in % (DOMAIN.md, aksi 7);
 * - cakupan: measurement coverage = measured / target under-fives, in %;
 * - intervensiSelesai: interventions delivered ("tersalurkan") + verified ("diterima dan dimanfaatkan").
 * null when a number it needs was not sent or is null, or a ratio has nothing under it.
 */
export function districtValue(indicators: ReportNumbers, column: DistrictColumn): number | null {
  switch (column) {
    case "krs":
      return num(indicators.krs);
    case "krsDidampingi":
      return num(indicators.krsDidampingi);
    case "prevalensi": {
      const sp = num(indicators.tbuSangatPendek);
      const p = num(indicators.tbuPendek);
      return percent(sp === null || p === null ? null : sp + p, num(indicators.balitaDiukur));
    }
    case "cakupan":
      return percent(num(indicators.balitaDiukur), num(indicators.balitaSasaran));
    case "intervensiSelesai": {
      const delivered = num(indicators.intervensiTersalurkan);
      const verified = num(indicators.intervensiDiterima);
      return delivered === null && verified === null ? null : (delivered ?? 0) + (verified ?? 0);
    }
  }
}

export interface DistrictRow extends DistrictVillage {
  /** the month's current report, or null: "belum melapor" */
  report: DistrictReport | null;
  values: Record<DistrictColumn, number | null>;
}

const NO_VALUES: Record<DistrictColumn, number | null> = { krs: null, prevalensi: null, cakupan: null, intervensiSelesai: null, krsDidampingi: null };

/**
 * Every registered village of the overview for `month`, in kode order, with its report (or none). A village
 * that reported under this prefix but is registered elsewhere now still shows, with the name it sent under.
 */
export function districtRows(overview: DistrictOverview, month: string): DistrictRow[] {
  const ofMonth = new Map<string, DistrictReport>();
  for (const r of overview.reports) if (r.month === month) ofMonth.set(r.workspace, r);
  const rows: DistrictRow[] = [];
  const seen = new Set<string>();
  const add = (village: DistrictVillage) => {
    seen.add(village.workspace);
    const report = ofMonth.get(village.workspace) ?? null;
    const values = report ? { krs: 0, prevalensi: 0, cakupan: 0, intervensiSelesai: 0, krsDidampingi: 0 } : { ...NO_VALUES };
    if (report) for (const c of DISTRICT_COLUMNS) values[c] = districtValue(report.indicators, c);
    rows.push({ ...village, report, values });
  };
  for (const v of overview.villages) add(v);
  for (const r of ofMonth.values()) if (!seen.has(r.workspace)) add({ workspace: r.workspace, kodeWilayah: r.kodeWilayah, name: r.villageName });
  return rows;
}

export type SortKey = DistrictColumn | "name" | "kodeWilayah";

/** Sorted by a column; villages with no value ("tidak ada data", "belum melapor") always last, ties by kode. */
export function sortDistrictRows(rows: readonly DistrictRow[], key: SortKey, direction: "asc" | "desc"): DistrictRow[] {
  const sign = direction === "asc" ? 1 : -1;
  const byKode = (a: DistrictRow, b: DistrictRow) => (a.kodeWilayah < b.kodeWilayah ? -1 : a.kodeWilayah > b.kodeWilayah ? 1 : a.workspace < b.workspace ? -1 : 1);
  return [...rows].sort((a, b) => {
    if (key === "name") return sign * a.name.localeCompare(b.name, "id") || byKode(a, b);
    if (key === "kodeWilayah") return sign * byKode(a, b);
    const x = a.values[key];
    const y = b.values[key];
    if (x === null || y === null) return x === y ? byKode(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byKode(a, b);
  });
}

/** A village's value of one column over the overview's months, oldest first; null = tidak ada data. */
export function villageTrend(overview: DistrictOverview, workspace: string, column: DistrictColumn): Array<{ month: string; value: number | null }> {
  const byMonth = new Map<string, DistrictReport>();
  for (const r of overview.reports) if (r.workspace === workspace) byMonth.set(r.month, r);
  return overview.months.map((month) => {
    const report = byMonth.get(month);
    return { month, value: report ? districtValue(report.indicators, column) : null };
  });
}
