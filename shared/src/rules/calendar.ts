/**
 * Calendar arithmetic on ISO YYYY-MM-DD strings. Dates here are civil dates
 * (a birthday, a posyandu day), not instants, so nothing goes through the
 * device's time zone: a phone set to WITA and a relay in UTC must agree on a
 * child's age in days. Integer arithmetic only (no Date parsing pitfalls such
 * as Date.UTC mapping years 0-99 to 19xx).
 */

export interface CivilDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the triple names a day that exists (31 Feb does not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/**
 * Strict YYYY-MM-DD (ASCII digits) of a real calendar day, else null. Character codes, not a
 * regular expression: screening a 20,000-family roster parses a few hundred thousand dates.
 */
export function parseIsoDate(text: string): CivilDate | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null; // 45: "-"
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 0 || month < 0 || day < 0) return null;
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** The number written by text[from, to) in ASCII digits, or -1 when another character is there. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function formatIsoDate(date: CivilDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Today as a civil date in UTC; callers that care about local midnight pass their own date. */
export function civilDateOf(instant: Date): CivilDate {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

/** Days since 1970-01-01 (Hinnant's days_from_civil), exact for any proleptic Gregorian date. */
export function epochDay(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Age in whole days between two ISO dates (negative when measured before
 * birth), or null when either string is not a real YYYY-MM-DD date.
 */
export function ageInDays(birthDate: string, measureDate: string): number | null {
  const birth = parseIsoDate(birthDate);
  const measured = parseIsoDate(measureDate);
  if (!birth || !measured) return null;
  return epochDay(measured) - epochDay(birth);
}

/**
 * Completed calendar months from `from` to `to` (a child born 15 Jan is
 * 1 month old on 15 Feb, still 0 on 14 Feb). Negative spans give negative
 * values. Month-end birthdays count as reached on the last day of a shorter
 * month (born 31 Jan: 1 month on 28/29 Feb), as people count them.
 */
export function completedMonths(from: CivilDate, to: CivilDate): number {
  if (compareDates(to, from) < 0) return -completedMonths(to, from);
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  const anniversaryDay = Math.min(from.day, daysInMonth(to.year, to.month));
  if (to.day < anniversaryDay) months -= 1;
  return months;
}

/** Completed years (age at last birthday); 29 Feb birthdays turn over on 28 Feb. */
export function completedYears(from: CivilDate, to: CivilDate): number {
  const months = completedMonths(from, to);
  return months >= 0 ? Math.floor(months / 12) : -Math.floor(-months / 12);
}

/**
 * "Today" for rules that depend on it: an ISO date is taken as is, a Date by
 * its UTC day, nothing means now. A malformed string throws rather than
 * silently screening against the wrong day.
 */
export function todayOf(today: Date | string | undefined): CivilDate {
  if (typeof today === "string") {
    const parsed = parseIsoDate(today);
    if (!parsed) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(today)}`);
    return parsed;
  }
  return civilDateOf(today ?? new Date());
}
