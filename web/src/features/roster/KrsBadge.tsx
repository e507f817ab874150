import { createMemo } from "solid-js";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";

type Screening = Pick<HouseholdAssessment["screening"], "isKrs" | "isSasaran" | "factors">;

/** What the badge says: the factors that make a family KRS (DOMAIN.md: every flag explains itself), or why it is not. */
export function krsBadgeText(screening: Screening): string {
  if (screening.isKrs) return screening.factors.map((f) => t(`factor.${f}`)).join(", ");
  return screening.isSasaran ? t("krs.safe") : t("krs.notSasaran");
}

/** The badge's classes, test id, title and texts: the component, the roster's rows and its preview draw the same badge. */
export function krsBadgeView(screening: Screening) {
  const text = krsBadgeText(screening);
  const krs = screening.isKrs;
  return { className: krs ? "krs" : "muted", testId: krs ? "krs-badge" : null, title: krs ? text : null, tagClass: krs ? "krs-tag" : null, tag: krs ? t("krs.badge") : "", text };
}

/**
 * Every risk flag explains itself (DOMAIN.md): the badge names the factors. The same elements
 * whatever the state (only classes and texts change). The roster's rows draw the same badge
 * without this component (HouseholdRow.tsx: one update per row).
 */
export function KrsBadge(props: { assessment: HouseholdAssessment }) {
  // read five times below: built once per family shown
  const view = createMemo(() => krsBadgeView(props.assessment.screening));
  return (
    <span class={view().className} data-testid={view().testId ?? undefined} title={view().title ?? undefined}>
      <span class={view().tagClass ?? undefined}>{view().tag}</span>
      {view().text}
    </span>
  );
}
