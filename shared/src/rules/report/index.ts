/**
 * The monthly report of the pokja (issue 16). Imported as `@shared/rules/report/index.ts`, not through
 * `rules/index.ts`, so it stays out of the app's first load (the report screen is a lazy chunk).
 */
export { computeMonthlyReport, startMonthlyReport, TREND_MONTHS, type ReportBuilder } from "./compute.ts";
export { toSentReport } from "./sent.ts";
export { addMonths, inMonth, isReportMonth, localDateOf, monthSpan, monthsEndingWith, referenceDate } from "./month.ts";
export { percent } from "./areas.ts";
export type * from "./types.ts";
