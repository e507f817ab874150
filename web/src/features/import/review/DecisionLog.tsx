import { For, Show } from "solid-js";
import type { MatchDecision } from "@shared/model/index.ts";
import { formatDateTime } from "../../../i18n/index.ts";
import { ti } from "../../../i18n/importWizard.ts";

/** The latest decisions, newest first, each with who, when and the rule version, and an undo. */
export function DecisionLog(props: { decisions: MatchDecision[]; householdName: (id: string) => string; onUndo: (id: string) => void; limit?: number }) {
  // a decision another one was made over (an undo, a later decision) is no longer the row's to undo
  const superseded = () => new Set(props.decisions.flatMap((d) => d.supersedes));
  const latest = () => [...props.decisions].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1)).slice(0, props.limit ?? 8);
  return (
    <Show when={props.decisions.length > 0}>
      <section class="review-log" data-testid="review-log">
        <h2>{ti("import.review.log.title")}</h2>
        <ul>
          <For each={latest()}>
            {(d) => (
              <li data-outcome={d.outcome} data-row={d.rowId}>
                <span>
                  {ti("import.review.log.entry", {
                    what: ti(`import.review.outcome.${d.outcome}`),
                    row: d.item?.social?.name ?? d.item?.family?.fields.kepala ?? d.rowId,
                    household: d.householdId ? props.householdName(d.householdId) || "–" : "–",
                    by: d.by,
                    at: formatDateTime(Date.parse(d.at)),
                    rule: d.ruleVersion || "–",
                  })}
                </span>
                <Show when={d.outcome !== "undo" && !superseded().has(d.id)}>
                  <button type="button" class="link-button" data-testid="review-undo" onClick={() => props.onUndo(d.id)}>
                    {ti("import.review.log.undo")}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
