import { locale } from "../i18n/index.ts";

/** "Apr 2026" for "2026-04" (a report month), in the app's language. */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  if (!y || !m) return month;
  const tag = locale() === "id" ? "id-ID" : "en-GB";
  return new Intl.DateTimeFormat(tag, { month: "short", year: "numeric" }).format(new Date(y, m - 1, 1)).replace(/\./g, "");
}
