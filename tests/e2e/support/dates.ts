/** A Date as the local civil date YYYY-MM-DD, as date inputs take it. */
export const iso = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/** Today as the app writes dates ("22 Nov 2026") in the browsers' locale and time zone (playwright.config.ts). */
export const todayShort = (): string =>
  new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", timeZone: "Asia/Makassar" }).format(new Date()).replace(/\./g, "");
