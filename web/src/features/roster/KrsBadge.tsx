import { createMemo } from "solid-js";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";

/**
 * Every risk flag explains itself (DOMAIN.md): the badge names the factors. The same elements
 * whatever the state (only classes and texts change): table rows swap families on every search
 * key, and replacing a badge's elements costs more than rewriting its text.
 */
export function KrsBadge(props: { assessment: HouseholdAssessment }) {
  const s = () => props.assessment.screening;
  // read twice (title and text): built once per family shown
  const text = createMemo(() => {
    const screening = s();
    if (screening.isKrs) return screening.factors.map((f) => t(`factor.${f}`)).join(", ");
    return screening.isSasaran ? t("krs.safe") : t("krs.notSasaran");
  });
  return (
    <span class={s().isKrs ? "krs" : "muted"} data-testid={s().isKrs ? "krs-badge" : undefined} title={s().isKrs ? text() : undefined}>
      <span class={s().isKrs ? "krs-tag" : undefined}>{s().isKrs ? t("krs.badge") : ""}</span>
      {text()}
    </span>
  );
}
