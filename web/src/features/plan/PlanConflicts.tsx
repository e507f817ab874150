import { For, Show } from "solid-js";
import type { PlanActivity, PlanConflict } from "@shared/model/index.ts";
import { groupThousands } from "@shared/rules/plan/index.ts";
import { formatDateTime } from "../../i18n/index.ts";
import { rupiah } from "./planText.ts";
import { tp } from "../../i18n/plan.ts";

/**
 * Numbers two devices set differently while apart (an amount, a target): every value with who set it and when,
 * and "Pakai nilai ini" for those who write the plan. Until then the number shows empty: the plan does not pretend.
 */
export function PlanConflicts(props: { activity: PlanActivity; readOnly: boolean; onChoose: (conflict: PlanConflict, value: number | null) => void }) {
  const heading = (c: PlanConflict) =>
    c.field === "amount" ? tp("plan.conflict.field.amount", { label: props.activity.budget.find((l) => l.id === c.lineId)?.label || "…" }) : tp(`plan.conflict.field.${c.field}`);
  const value = (c: PlanConflict, v: number | null) => (v === null ? tp("plan.conflict.empty") : c.field === "amount" ? rupiah(v) : groupThousands(v));
  return (
    <Show when={props.activity.conflicts.length > 0}>
      <section class="warning plan-conflicts" data-testid="plan-conflicts">
        <h3>{tp("plan.conflict.title")}</h3>
        <p class="muted">{tp("plan.conflict.hint")}</p>
        <For each={props.activity.conflicts}>
          {(c) => (
            <div class="plan-conflict" data-testid="plan-conflict" data-field={c.field}>
              <h4>{heading(c)}</h4>
              <ul class="cards">
                <For each={c.entries}>
                  {(e) => (
                    <li class="card" data-testid="plan-conflict-value">
                      <strong>{value(c, e.value)}</strong>
                      <span class="muted">{tp("plan.conflict.by", { by: e.by, at: formatDateTime(Date.parse(e.at)) })}</span>
                      <Show when={!props.readOnly}>
                        <button type="button" class="secondary" onClick={() => props.onChoose(c, e.value)}>
                          {tp("plan.conflict.choose")}
                        </button>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </div>
          )}
        </For>
      </section>
    </Show>
  );
}
