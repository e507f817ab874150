import { createMemo, For, Show } from "solid-js";
import type { PlanActivity } from "@shared/model/index.ts";
import type { ActivityProgress } from "@shared/rules/plan/index.ts";
import { hrefFor } from "../../app/route.ts";
import { formatNumber } from "../../i18n/index.ts";
import { groupActivities, groupLabel, monthsLabel, placeText, responsibleLabel, rupiah, targetText, unitLabel, type GroupBy } from "./planText.ts";
import { tp } from "../../i18n/plan.ts";

/** The year's activities under their seksi or Ragapantas domain (in the handbook's order, then those not grouped yet). */
export function ActivityList(props: { ws: string; activities: PlanActivity[]; progress: (id: string) => ActivityProgress | undefined; groupBy: GroupBy; selected: string | null }) {
  const groups = createMemo(() => groupActivities(props.activities, props.groupBy));
  return (
    <div class="plan-groups" data-testid="plan-groups">
      <For each={groups()}>
        {(g) => (
          <section class="plan-group" data-testid="plan-group" data-key={g.key}>
            <h2>{groupLabel(g.key, props.groupBy)}</h2>
            <ul class="cards">
              <For each={g.activities}>{(a) => <ActivityRow ws={props.ws} activity={a} progress={props.progress(a.id)} active={a.id === props.selected} />}</For>
            </ul>
          </section>
        )}
      </For>
    </div>
  );
}

function ActivityRow(props: { ws: string; activity: PlanActivity; progress: ActivityProgress | undefined; active: boolean }) {
  const a = () => props.activity;
  const p = () => props.progress;
  const facts = () => [targetText(a()), placeText(a()), monthsLabel(a().months), responsibleLabel(a().responsible)].filter(Boolean).join(" · ");
  return (
    <li class="card plan-row" classList={{ active: props.active }} data-testid="plan-activity" data-id={a().id}>
      <a href={hrefFor({ name: "workspace", ws: props.ws, section: "rencana", item: a().id })} data-testid="plan-activity-link">
        <strong>{a().title || tp("plan.newTitle")}</strong>
      </a>
      <span class="muted">{facts()}</span>
      <Show when={p()}>
        {(pr) => (
          <>
            <span data-testid="plan-row-progress">
              {pr().target === null
                ? tp("plan.row.noTarget")
                : tp("plan.row.progress", { reached: formatNumber(pr().reached), target: formatNumber(pr().target!), unit: unitLabel(a().unit) })}
              {" · "}
              {pr().cards === 0 ? tp("plan.row.noCards") : tp("plan.row.cards", { cards: pr().cards, delivered: pr().delivered, verified: pr().verified })}
            </span>
            <Show when={pr().share !== null}>
              <progress class="plan-progress-bar" max={1} value={Math.min(1, pr().share ?? 0)} />
            </Show>
            <span class="muted">{`${tp("plan.summary.budget")} ${rupiah(pr().budget)} · ${tp("plan.summary.spent")} ${rupiah(pr().spent)}`}</span>
          </>
        )}
      </Show>
      <Show when={a().conflicts.length > 0}>
        <span class="chip chip-conflict" data-testid="plan-row-conflict">{tp("plan.row.conflict")}</span>
      </Show>
    </li>
  );
}
