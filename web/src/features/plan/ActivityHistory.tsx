import { For, Show } from "solid-js";
import type { PlanChange } from "@shared/model/index.ts";
import { formatRupiah, groupThousands } from "@shared/rules/plan/index.ts";
import { formatDateTime } from "../../i18n/index.ts";
import { tp, tpMaybe } from "../../i18n/plan.ts";

/** The new value, for the numbers (the log keeps raw values; other fields say only that they changed). */
function shownValue(c: PlanChange): string {
  const n = Number(c.value);
  if (c.value === "" || !Number.isSafeInteger(n)) return "";
  if (c.field === "amount") return `: ${formatRupiah(n)}`;
  return c.field === "target" || c.field === "indicatorTarget" ? `: ${groupThousands(n)}` : "";
}

/** Who changed what, newest first (the plan's log; a text's own edits carry no name, so each finished edit is one line). */
export function ActivityHistory(props: { changes: PlanChange[] }) {
  return (
    <details class="plan-section plan-history" data-testid="plan-history">
      <summary>{tp("plan.history.title")}</summary>
      <Show when={props.changes.length > 0} fallback={<p class="muted">{tp("plan.history.empty")}</p>}>
        <ol class="plan-history-list">
          <For each={props.changes}>
            {(c) => (
              <li data-testid="plan-history-entry" data-field={c.field}>
                <span class="muted">{formatDateTime(Date.parse(c.at))}</span> <strong>{c.by}</strong> {tpMaybe(`plan.history.field.${c.field}`, c.field)}
                {shownValue(c)}
              </li>
            )}
          </For>
        </ol>
      </Show>
    </details>
  );
}
