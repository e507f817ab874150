import { Show } from "solid-js";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";

/** Every risk flag explains itself (DOMAIN.md): the badge names the factors. */
export function KrsBadge(props: { assessment: HouseholdAssessment }) {
  const s = () => props.assessment.screening;
  // one text node, not a span per factor: table rows swap families on every search key
  const reasons = () => s().factors.map((f) => t(`factor.${f}`)).join(", ");
  return (
    <Show when={s().isKrs} fallback={<span class="muted">{s().isSasaran ? t("krs.safe") : t("krs.notSasaran")}</span>}>
      <span class="krs" data-testid="krs-badge" title={reasons()}>
        <span class="krs-tag">{t("krs.badge")}</span>
        {reasons()}
      </span>
    </Show>
  );
}
