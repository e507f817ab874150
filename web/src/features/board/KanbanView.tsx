import { createEffect, createMemo, createSignal, For, Show } from "solid-js";
import { STATUSES, type InterventionStatus } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { FirstSyncNotice } from "../../ui/FirstSyncNotice.tsx";
import { BoardFilters } from "./BoardFilters.tsx";
import { InterventionCard } from "./InterventionCard.tsx";
import { InterventionForm } from "./InterventionForm.tsx";
import { filterCards, NO_FILTER, type CardFilter } from "./selectors.ts";
import { StatusSwitch } from "./StatusSwitch.tsx";
import { useBoard } from "./useBoard.ts";

/**
 * Kanban by status, with filters by agency, domain, RT and due date. A wide screen shows the five
 * columns side by side; a phone shows the column `current` picks in the status switcher (board.css).
 */
export function KanbanView() {
  const ws = useWorkspace();
  const { state, actions, agencies, writable } = useBoard();
  const [adding, setAdding] = createSignal(false);
  const [filter, setFilter] = createSignal<CardFilter>(NO_FILTER);
  const today = () => ws.assess.today();
  const shown = createMemo(() => filterCards(state.cards(), filter(), state.view(), today()));
  const counts = createMemo(() => {
    const n = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<InterventionStatus, number>;
    for (const card of shown()) n[card.status] += 1;
    return n;
  });
  // The phone's column: the first with cards when the board first has some, then the person's pick.
  // It stays put when its cards move on (the card's new column counts one more in the switcher).
  const [current, setCurrent] = createSignal<InterventionStatus | null>(null);
  createEffect(() => {
    if (current() === null && shown().length > 0) setCurrent(STATUSES.find((s) => counts()[s] > 0) ?? "open");
  });

  return (
    <div data-testid="kanban-view">
      <div class="actions">
        <Show when={writable && !adding() && ws.firstSync("board") !== "loading"}>
          <button type="button" onClick={() => setAdding(true)} data-testid="add-intervention">
            {t("board.add")}
          </button>
        </Show>
      </div>
      <Show when={adding()}>
        <div class="panel">
          <InterventionForm
            agencies={agencies}
            needs={() => state.view().needs.filter((n) => !n.closed)}
            fixedAgency={ws.role === "opd" ? ws.agency : null}
            onCancel={() => setAdding(false)}
            onSave={(fields, details) => {
              actions.addIntervention(fields, details);
              setAdding(false);
            }}
          />
        </div>
      </Show>
      <BoardFilters filter={filter()} onChange={setFilter} agencies={agencies()} />
      <Show
        when={state.cards().length > 0}
        fallback={
          // a phone that never received the board says it is loading, not that the village has no intervention
          <Show when={ws.firstSync("board") === "done"} fallback={<FirstSyncNotice what="board" state={ws.firstSync("board") === "offline" ? "offline" : "loading"} />}>
            <p>{t("board.empty")}</p>
          </Show>
        }
      >
        <Show when={shown().length > 0} fallback={<p data-testid="no-match">{t("board.noneMatch")}</p>}>
          <StatusSwitch current={current() ?? "open"} counts={counts()} onPick={setCurrent} />
          <div class="kanban">
            <For each={STATUSES}>
              {(status) => (
                <div class="column" classList={{ current: (current() ?? "open") === status }} id={`column-${status}`} data-status={status} data-testid={`column-${status}`}>
                  <h2>{t(`status.${status}`)}</h2>
                  <For each={shown().filter((i) => i.status === status)} fallback={<p class="muted column-empty">{t("board.columnEmpty")}</p>}>
                    {(card) => <InterventionCard card={card} today={today()} />}
                  </For>
                </div>
              )}
            </For>
          </div>
        </Show>
      </Show>
    </div>
  );
}
