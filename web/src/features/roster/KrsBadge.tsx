import { createMemo } from "solid-js";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";

/** What the badge says: the factors that make a family KRS (DOMAIN.md: every flag explains itself), or why it is not. */
export function krsBadgeText(screening: HouseholdAssessment["screening"]): string {
  if (screening.isKrs) return screening.factors.map((f) => t(`factor.${f}`)).join(", ");
  return screening.isSasaran ? t("krs.safe") : t("krs.notSasaran");
}

/**
 * Every risk flag explains itself (DOMAIN.md): the badge names the factors. The same elements
 * whatever the state (only classes and texts change). The roster's rows draw the same badge
 * without this component (HouseholdRow.tsx: one update per row).
 */
export function KrsBadge(props: { assessment: HouseholdAssessment }) {
  const s = () => props.assessment.screening;
  // read twice (title and text): built once per family shown
  const text = createMemo(() => krsBadgeText(s()));
  return (
    <span class={s().isKrs ? "krs" : "muted"} data-testid={s().isKrs ? "krs-badge" : undefined} title={s().isKrs ? text() : undefined}>
      <span class={s().isKrs ? "krs-tag" : undefined}>{s().isKrs ? t("krs.badge") : ""}</span>
      {text()}
    </span>
  );
}
