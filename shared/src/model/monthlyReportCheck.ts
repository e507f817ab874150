import { REPORT_INDICATORS, type ReportIndicator, type SentReport } from "./monthlyReport.ts";

/**
 * The relay's strict check of a sent monthly report (issue 16): the contract of monthlyReport.ts and nothing
 * more. Every key must be known and every value a finite, non-negative number or null, so no name, NIK, family
 * id or free text can ride along in a field nobody reads. The messages are Indonesian, for the lurah, and
 * quote at most 40 characters of what was sent.
 */
export type SentReportCheck = { ok: true; report: SentReport } | { ok: false; message: string };

/** Above any village's count (20,000 families is the largest kelurahan designed for): a typo or a forgery. */
export const MAX_INDICATOR_VALUE = 10_000_000;
export const MAX_RW = 999;
export const MAX_RW_ROWS = 200;
/** The first month a report may be for. */
export const FIRST_REPORT_MONTH = "2020-01";

const KNOWN = new Set<string>(REPORT_INDICATORS);
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function quote(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function extraKey(value: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  return Object.keys(value).find((k) => !allowed.includes(k));
}

/** `YYYY-MM` of an instant, in UTC. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

function checkIndicators(value: unknown, where: string): Partial<Record<ReportIndicator, number | null>> | string {
  if (!isPlainObject(value)) return `${where}: indicators harus objek berisi angka.`;
  const out: Partial<Record<ReportIndicator, number | null>> = {};
  for (const key of Object.keys(value)) {
    if (!KNOWN.has(key)) return `${where}: indikator tidak dikenal "${quote(key)}".`;
    const v = value[key];
    if (v === null) {
      out[key as ReportIndicator] = null;
      continue;
    }
    if (typeof v !== "number" || !Number.isFinite(v)) return `${where}: nilai ${key} harus angka atau null (tidak ada data), bukan ${quote(v)}.`;
    if (v < 0) return `${where}: nilai ${key} tidak boleh negatif (${v}).`;
    if (v > MAX_INDICATOR_VALUE) return `${where}: nilai ${key} terlalu besar (${v}).`;
    out[key as ReportIndicator] = v;
  }
  return out;
}

/**
 * Checks an untrusted report. `now` bounds the month: not before FIRST_REPORT_MONTH, not after the current
 * month in Indonesia (UTC+9 at most, so a report sent on the 1st at 08:00 WIT is not in the future).
 */
export function checkSentReport(value: unknown, now: Date): SentReportCheck {
  const fail = (message: string): SentReportCheck => ({ ok: false, message });
  if (!isPlainObject(value)) return fail("Laporan harus objek JSON.");
  const extra = extraKey(value, ["schema", "month", "indicators", "byRw"]);
  if (extra !== undefined) return fail(`Bagian laporan tidak dikenal: "${quote(extra)}". Laporan hanya berisi angka.`);
  if (value.schema !== 1) return fail(`Versi laporan (schema) tidak dikenal: ${quote(value.schema)}.`);
  const latest = monthOf(new Date(now.getTime() + 9 * 3600_000));
  if (typeof value.month !== "string" || !MONTH.test(value.month)) return fail(`Bulan laporan harus YYYY-MM, bukan ${quote(value.month)}.`);
  if (value.month < FIRST_REPORT_MONTH) return fail(`Bulan laporan ${value.month} terlalu lama (paling awal ${FIRST_REPORT_MONTH}).`);
  if (value.month > latest) return fail(`Bulan laporan ${value.month} belum tiba.`);
  const indicators = checkIndicators(value.indicators, "Desa");
  if (typeof indicators === "string") return fail(indicators);
  if (!Array.isArray(value.byRw)) return fail("byRw harus daftar (boleh kosong).");
  if (value.byRw.length > MAX_RW_ROWS) return fail(`byRw paling banyak ${MAX_RW_ROWS} RW.`);
  const byRw: SentReport["byRw"] = [];
  const seen = new Set<number>();
  for (const row of value.byRw as unknown[]) {
    if (!isPlainObject(row)) return fail("Setiap baris byRw harus objek { rw, indicators }.");
    const rowExtra = extraKey(row, ["rw", "indicators"]);
    if (rowExtra !== undefined) return fail(`Bagian baris RW tidak dikenal: "${quote(rowExtra)}".`);
    const rw = row.rw;
    if (typeof rw !== "number" || !Number.isInteger(rw) || rw < 1 || rw > MAX_RW) return fail(`Nomor RW harus bilangan bulat 1-${MAX_RW}, bukan ${quote(rw)}.`);
    if (seen.has(rw)) return fail(`RW ${rw} muncul dua kali.`);
    seen.add(rw);
    const rwIndicators = checkIndicators(row.indicators, `RW ${rw}`);
    if (typeof rwIndicators === "string") return fail(rwIndicators);
    byRw.push({ rw, indicators: rwIndicators });
  }
  byRw.sort((a, b) => a.rw - b.rw);
  return { ok: true, report: { schema: 1, month: value.month, indicators, byRw } };
}
