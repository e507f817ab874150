import { createSignal, For, Show } from "solid-js";
import { canEditIntervention, nextStatuses } from "@shared/rules/claims/index.ts";
import { formatDate, t, tMaybe } from "../../i18n/index.ts";
import type { BoardCard } from "../../state/board.ts";
import { HistoryList } from "./HistoryList.tsx";
import { isOverdue } from "./selectors.ts";
import { useBoard } from "./useBoard.ts";
import { VerifyForm } from "./VerifyForm.tsx";
import { CardComments } from "./CardComments.tsx";
import { PlanCardReach } from "./PlanCardReach.tsx";

/** One card: what, for whom, by when, paid by whom; the moves this person may make; its history. */
export function InterventionCard(props: { card: BoardCard; today: string }) {
  const { state, actions, agencyName, writable, familyGone } = useBoard();
  const [showHistory, setShowHistory] = createSignal(false);
  const [verifying, setVerifying] = createSignal(false);
  const c = () => props.card;
  const moves = () => (writable && canEditIntervention(state.actor, c()) ? nextStatuses(c().status, state.actor.role) : []);
  const target = () => c().targetLabel || (c().target === "kampung" ? t("board.target.kampungLabel") : "");

  return (
    <article class="card" data-testid="intervention-card" data-id={c().id} data-status={c().status}>
      <strong data-testid="card-title">{c().title}</strong>
      <span class="muted" title={agencyName(c().agency)}>
        {c().agency} · {tMaybe(`domain.${c().domain}`, c().domain)}
      </span>
      <Show when={target()}>{(text) => <span data-testid="card-target">{text()}</span>}</Show>
      <Show when={familyGone(c().familyId)}>
        <span class="chip" data-testid="card-family-deleted">
          {t("deleted.card")}
        </span>
      </Show>
      <Show when={c().description}>{(text) => <span>{text()}</span>}</Show>
      <Show when={c().dueDate}>
        <span data-testid="card-due" classList={{ "field-error": isOverdue(c(), props.today) }}>
          {t("board.due", { date: formatDate(c().dueDate) })}
          {isOverdue(c(), props.today) ? ` · ${t("board.overdue")}` : ""}
        </span>
      </Show>
      <Show when={c().funding}>{(text) => <span class="muted">{`${t("board.funding")}: ${text()}`}</span>}</Show>
      <Show when={c().plan}>
        <PlanCardReach card={c()} />
      </Show>
      <Show when={c().verification}>
        {(v) => <span data-testid="card-verified">{t("board.verifiedBy", { by: v().by, date: formatDate(v().date), note: v().note })}</span>}
      </Show>
      <div class="chips">
        <For each={moves().filter((s) => s !== "verified")}>
          {(to) => (
            <button type="button" class="secondary" onClick={() => actions.move(c().id, to)}>
              {t("board.moveTo", { status: t(`status.${to}`) })}
            </button>
          )}
        </For>
        <Show when={moves().includes("verified") && !verifying()}>
          <button type="button" onClick={() => setVerifying(true)}>
            {t("board.verify")}
          </button>
        </Show>
        <button type="button" class="link-button" onClick={() => setShowHistory(!showHistory())}>
          {showHistory() ? t("board.hideHistory") : t("board.history")}
        </button>
      </div>
      <Show when={verifying()}>
        <VerifyForm
          today={props.today}
          onCancel={() => setVerifying(false)}
          onVerify={(v) => {
            if (actions.move(c().id, "verified", v).ok) setVerifying(false);
          }}
        />
      </Show>
      <Show when={showHistory()}>
        <HistoryList events={state.view().history.filter((e) => e.interventionId === c().id)} />
      </Show>
      <CardComments comments={c().comments} canComment={writable} onComment={(text) => actions.comment(c().id, text)} />
    </article>
  );
}
