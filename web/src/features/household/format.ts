/** Small display helpers of the household page: ages, z-scores, numbers typed with a comma. */
import { completedMonths, parseIsoDate } from "@shared/rules/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import { localIsoDate } from "../../i18n/index.ts";

/** "1 th 6 bln", "7 bln", "36 th"; "" when a date is unknown. */
export function ageText(birthDate: string, today: string): string {
  const born = parseIsoDate(birthDate);
  const now = parseIsoDate(today);
  if (!born || !now) return "";
  const months = completedMonths(born, now);
  if (months < 0) return "";
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (months === 0) {
    const days = Math.round((Date.parse(today) - Date.parse(birthDate)) / 86_400_000);
    return t("hh.age.d", { d: days });
  }
  if (y === 0) return t("hh.age.m", { m });
  if (y >= 5 || m === 0) return t("hh.age.y", { y });
  return t("hh.age.ym", { y, m });
}

/** "−3,52" / "+0,4": a real minus sign and the locale's decimal separator. */
export function formatZ(z: number): string {
  const text = formatNumber(Math.abs(z));
  return z < 0 ? `−${text}` : z > 0 ? `+${text}` : text;
}

/** "70,5" and "70.5" are both 70.5; blank is null; anything else is NaN (the form says so). */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(",", ".")) : Number.NaN;
}

/** A Date as the local civil date YYYY-MM-DD. */
export const isoDate = (d: Date): string => localIsoDate(d);
