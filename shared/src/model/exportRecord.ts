/**
 * One export of the monthly report (DOMAIN.md: "export is a deliberate, logged act"): who, in which role,
 * when, which month and in which form. Kept in the roster document (crdt/roster/exportLog.ts), which only
 * the lurah and the pokja read: the people who can export see who did. Never a file's contents.
 */
export const EXPORT_FORMATS = ["xlsx", "csv", "cetak"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRecord {
  /** ISO, the exporting device's clock */
  at: string;
  /** display name from the token */
  by: string;
  role: string;
  /** YYYY-MM: the report's month */
  month: string;
  format: ExportFormat;
}
