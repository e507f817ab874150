/**
 * The KRS badge's words, built from the screening's factors so the page says
 * WHY (DOMAIN.md: every risk flag explainable). Indonesian uses the same
 * labels as explainScreening in @shared/rules.
 */
import type { ScreeningResult } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";

export type KrsState = "krs" | "aman" | "bukan";

export function krsState(s: ScreeningResult): KrsState {
  return s.isKrs ? "krs" : s.isSasaran ? "aman" : "bukan";
}

export function krsReason(s: ScreeningResult): string {
  if (s.isKrs) return t("hh.krs.berisiko", { factors: s.factors.map((k) => t(`hh.factor.${k}`)).join(", ") });
  return s.isSasaran ? t("hh.krs.tidak") : t("hh.krs.bukanSasaran");
}

export function missingText(s: ScreeningResult): string {
  return s.missing.length === 0 ? "" : t("hh.missing", { items: s.missing.map((k) => t(`hh.missingItem.${k}`)).join(", ") });
}
