/**
 * Days as the app sees them: the browsers run in Asia/Makassar (playwright.config.ts), whose "today" is not
 * the test process's near midnight UTC. YYYY-MM-DD, `offset` days from today there.
 */
export function appDay(offset = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Makassar", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** A day of the month before the app's current month (the 15th). */
export function dayLastMonth(): string {
  const [y, m] = appDay().split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12-15` : `${y}-${String(m - 1).padStart(2, "0")}-15`;
}

/** "22 Nov 2026", as the app writes a YYYY-MM-DD day. */
export function shortDate(iso: string): string {
  return new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`)).replace(/\./g, "");
}
