/** One Indonesian sentence that says why a family is or is not KRS (DOMAIN.md: every flag explainable). */
import { FACTOR_LABELS, MISSING_LABELS } from "./factors.ts";
import type { ScreeningResult } from "./screenFamily.ts";

export function explainScreening(result: Pick<ScreeningResult, "isSasaran" | "isKrs" | "factors" | "missing">): string {
  const missing = result.missing.length > 0 ? ` (data belum lengkap: ${result.missing.map((k) => MISSING_LABELS[k]).join(", ")})` : "";
  if (result.isKrs) return `Berisiko: ${result.factors.map((k) => FACTOR_LABELS[k]).join(", ")}`;
  if (!result.isSasaran) return `Bukan keluarga sasaran${missing}`;
  return `Tidak berisiko${missing}`;
}
