import { For, Show } from "solid-js";
import { FUNDING_SOURCES, type FundingSource } from "@shared/model/index.ts";
import type { PlanProgress } from "@shared/rules/plan/index.ts";
import { rupiah, sourceLabel } from "./planText.ts";
import { tp } from "../../i18n/plan.ts";

const ALL_SOURCES: ReadonlyArray<FundingSource | ""> = [...FUNDING_SOURCES, ""];

/** The year at a glance: activities, on the board, reached; budget and spending per source of funds. */
export function PlanSummary(props: { progress: PlanProgress }) {
  const totals = () => props.progress.totals;
  const sources = () => ALL_SOURCES.filter((s) => totals().bySource[s].budget > 0 || totals().bySource[s].spent > 0);
  return (
    <section class="panel plan-summary" data-testid="plan-summary">
      <p>
        {[tp("plan.summary.activities", { n: totals().activities }), tp("plan.summary.withCards", { n: totals().withCards }), tp("plan.summary.done", { n: totals().done })].join(" · ")}
      </p>
      <p>
        <strong data-testid="plan-total-budget">{`${tp("plan.summary.budget")}: ${rupiah(totals().budget)}`}</strong>
        {" · "}
        <span data-testid="plan-total-spent">{`${tp("plan.summary.spent")}: ${rupiah(totals().spent)}`}</span>
      </p>
      <Show when={sources().length > 0}>
        <table class="plan-sources" data-testid="plan-sources">
          <caption class="muted">{tp("plan.summary.bySource")}</caption>
          <tbody>
            <For each={sources()}>
              {(s) => (
                <tr data-source={s}>
                  <th scope="row">{sourceLabel(s)}</th>
                  <td>{rupiah(totals().bySource[s].budget)}</td>
                  <td class="muted">{rupiah(totals().bySource[s].spent)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={totals().unsettledLines > 0}>
        <p class="muted">{tp("plan.summary.unsettled", { n: totals().unsettledLines })}</p>
      </Show>
    </section>
  );
}
