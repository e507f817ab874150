/**
 * Dates as Indonesian lists write them: 12/02/1992, 12-2-1992, 1992-02-12,
 * "12 Februari 1992", "12-Feb-92", an Excel serial number (33646) or a date
 * cell. Day before month unless the whole column says otherwise (an English
 * Excel writes 2/12/1992); a two-digit year is 20YY unless that is still to
 * come, as with a NIK.
 */
import { formatIsoDate, isRealDate, compareDates, epochDay, type CivilDate } from "../../rules/calendar.ts";
import { yearFromYy } from "../../rules/idNumber.ts";
import type { Cell } from "../types.ts";
import { cellString, isBlank } from "./text.ts";

export type DateOrder = "dmy" | "mdy";
export type DateProblem = "tidak_sah" | "masa_depan";

export interface DateReading {
  /** YYYY-MM-DD, "" when blank or not taken */
  iso: string;
  problem: DateProblem | null;
  written: string;
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agust: 8, agt: 8, ags: 8, agu: 8, aug: 8, august: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/** Hinnant's civil_from_days: the inverse of calendar.epochDay. */
export function civilFromEpochDay(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Excel's 1900 date system, with its phantom 29 Feb 1900 (serial 60). */
const EXCEL_EPOCH = epochDay({ year: 1899, month: 12, day: 30 });
/** Serial 367 = 1 Jan 1901: smaller numbers in a birth-date column are ages or typos, not dates. */
const MIN_SERIAL = 367;

export function excelSerialToDate(serial: number): CivilDate | null {
  const whole = Math.floor(serial);
  if (!(whole >= 61)) return null;
  return civilFromEpochDay(EXCEL_EPOCH + whole);
}

function fromParts(year: number, month: number, day: number): CivilDate | null {
  return isRealDate(year, month, day) && year >= 1900 ? { year, month, day } : null;
}

function yearOf(text: string, month: number, day: number, today: CivilDate): number {
  return text.length === 2 ? yearFromYy(Number(text), month, day, today) : Number(text);
}

function parseText(text: string, order: DateOrder, today: CivilDate): CivilDate | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const [day, month] = order === "dmy" ? [first, second] : [second, first];
    return fromParts(yearOf(m[3] ?? "", month, day, today), month, day);
  }
  m = /^(\d{1,2})[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const month = MONTHS[m[2] ?? ""];
    const day = Number(m[1]);
    return month === undefined ? null : fromParts(yearOf(m[3] ?? "", month, day, today), month, day);
  }
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[1] ?? ""];
    return month === undefined ? null : fromParts(Number(m[3]), month, Number(m[2]));
  }
  if (/^\d{8}$/.test(text)) {
    return fromParts(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8))) ??
      fromParts(Number(text.slice(4, 8)), Number(text.slice(2, 4)), Number(text.slice(0, 2)));
  }
  if (/^\d{3,6}(?:[.,]\d+)?$/.test(text)) return serialDate(Number(text.replace(",", ".")));
  return null;
}

/** A serial number, unless it is a year written alone (1900-2100 would be dates in 1905). */
function serialDate(serial: number): CivilDate | null {
  if (Number.isInteger(serial) && serial >= 1900 && serial <= 2100) return null;
  return serial >= MIN_SERIAL ? excelSerialToDate(serial) : null;
}

function parseWritten(written: string, order: DateOrder, today: CivilDate): CivilDate | null {
  const text = written.toLowerCase().replace(/\s+/g, " ").trim();
  const direct = parseText(text, order, today);
  if (direct || !text.includes(",")) return direct;
  // "Kupang, 12-02-1992" (tempat, tanggal lahir) or "Rabu, 12 Februari 1992"
  return parseText(text.slice(text.lastIndexOf(",") + 1).trim(), order, today);
}

/** A date (birth dates: never after today). */
export function readDateCell(cell: Cell, order: DateOrder, today: CivilDate): DateReading {
  const written = cellString(cell);
  if (isBlank(cell)) return { iso: "", problem: null, written };
  let date: CivilDate | null = null;
  if (typeof cell === "object" && cell !== null) {
    date = cell.kind === "date" ? fromIso(cell.iso) : parseText(cell.text, order, today);
  } else if (typeof cell === "string") {
    date = parseWritten(written, order, today);
  }
  if (date === null) return { iso: "", problem: "tidak_sah", written };
  if (compareDates(date, today) > 0) return { iso: "", problem: "masa_depan", written: formatIsoDate(date) };
  return { iso: formatIsoDate(date), problem: null, written };
}

function fromIso(iso: string): CivilDate | null {
  return fromParts(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * dmy unless some text date of the column has a second part above 12 and none
 * has a first part above 12: then the column was written month first.
 */
export function detectDateOrder(cells: Iterable<Cell>): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const m = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/.exec(cell);
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst++;
    if (Number(m[2]) > 12) monthFirst++;
  }
  return monthFirst > 0 && dayFirst === 0 ? "mdy" : "dmy";
}
