/**
 * The PUS factors: "4 Terlalu" (muda, tua, dekat, banyak) and not using
 * modern contraception. They apply to a wife of a PUS only, as every
 * published definition says "PUS terlalu ...".
 */
import { completedMonths, epochDay, parseIsoDate, type CivilDate } from "../calendar.ts";
import type { FactorKey, MissingKey } from "./factors.ts";
import type { Finding } from "./environment.ts";
import type { PusWife } from "./sasaran.ts";
import type { ScreeningSettings } from "./settings.ts";
import type { ScreeningMember } from "./types.ts";

export function pusFactors(wife: PusWife, members: readonly ScreeningMember[], settings: ScreeningSettings): Finding {
  const factors: FactorKey[] = [];
  const missing: MissingKey[] = [];
  const { member, ageYears } = wife;
  const children = members.filter((m) => m.relation === "anak");

  if (ageYears < settings.terlaluMudaBelowAge) factors.push("terlalu_muda");
  if (ageYears > settings.terlaluTuaAboveAge && (settings.terlaluTuaUpToAge === null || ageYears <= settings.terlaluTuaUpToAge)) {
    factors.push("terlalu_tua");
  }

  const births = birthDates(member, children);
  if (births.length >= 2) {
    const [last, previous] = births as [CivilDate, CivilDate];
    if (completedMonths(previous, last) < settings.terlaluDekatBelowMonths) factors.push("terlalu_dekat");
  } else if ((member.childrenCount ?? children.length) >= 2) {
    missing.push("jarak_kelahiran");
  }

  // The wife's own answer wins; without it the children in the KK are a lower
  // bound, which is enough to flag but never enough to clear.
  if (member.childrenCount !== undefined) {
    if (member.childrenCount >= settings.terlaluBanyakMinChildren) factors.push("terlalu_banyak");
  } else if (children.length >= settings.terlaluBanyakMinChildren) {
    factors.push("terlalu_banyak");
  } else {
    missing.push("jumlah_anak");
  }

  if (settings.countTidakKbModern && (settings.pregnantCountsAsTidakKb || member.pregnant !== true)) {
    const kb = member.contraception ?? null;
    if (kb === null) missing.push("kb");
    else if (kb !== "modern") factors.push("tidak_kb_modern");
  }
  return { factors, missing };
}

/**
 * Distinct birth dates, latest first: the children in the KK plus the wife's
 * recorded last delivery. Twins share a date and count as one birth.
 */
function birthDates(wife: ScreeningMember, children: readonly ScreeningMember[]): CivilDate[] {
  const byDay = new Map<number, CivilDate>();
  for (const text of [wife.lastBirthDate ?? null, ...children.map((c) => c.birthDate)]) {
    const date = text ? parseIsoDate(text) : null;
    if (date) byDay.set(epochDay(date), date);
  }
  return [...byDay.entries()].sort((a, b) => b[0] - a[0]).map(([, date]) => date);
}
