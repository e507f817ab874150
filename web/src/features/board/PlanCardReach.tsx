import { createSignal, Show } from "solid-js";
import { canEditIntervention } from "@shared/rules/claims/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import type { BoardCard } from "../../state/board.ts";
import { useBoard } from "./useBoard.ts";

/**
 * On a card made from an activity of the village plan: the plan's target, and how many the card's work reached,
 * which its agency (or the pokja) records when delivering to a group (an RT, the kampung). The plan counts it
 * towards the activity's target (rules/plan/progress.ts); a card for one family counts that family by itself.
 */
export function PlanCardReach(props: { card: BoardCard }) {
  const { state, actions, writable } = useBoard();
  const [error, setError] = createSignal(false);
  const link = () => props.card.plan!;
  const forFamily = () => props.card.target.startsWith("need:") || props.card.target.startsWith("family:");
  const editable = () => writable && state.actor.role !== "viewer" && canEditIntervention(state.actor, props.card) && !forFamily();
  const save = (text: string) => {
    const n = text.trim() === "" ? null : Number(text.replace(/\./g, ""));
    const ok = n === null || (Number.isSafeInteger(n) && n >= 0);
    setError(!ok);
    if (ok && n !== link().reached) actions.setReached(props.card.id, n);
  };
  const summary = () =>
    [
      link().planTarget === null ? "" : t("plan.card.plan", { target: formatNumber(link().planTarget!) }),
      forFamily() ? "" : link().reached === null ? t("plan.card.reachedMissing") : t("plan.card.reachedShown", { reached: formatNumber(link().reached!) }),
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <div class="plan-card-reach" data-testid="card-plan">
      <span class="muted">{summary()}</span>
      <Show when={editable()}>
        <label class="inline-form">
          <span class="field-label">{t("plan.card.reached")}</span>
          <input
            name="reached"
            inputmode="numeric"
            value={link().reached ?? ""}
            classList={{ "field-error": error() }}
            onChange={(e) => save(e.currentTarget.value)}
          />
        </label>
        <Show when={error()}>
          <span class="field-error" role="alert">{t("plan.number.invalid")}</span>
        </Show>
      </Show>
    </div>
  );
}
