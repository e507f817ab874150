import { createSignal, For, Show } from "solid-js";
import { STATUSES } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { BoardFilters } from "./BoardFilters.tsx";
import { InterventionCard } from "./InterventionCard.tsx";
import { InterventionForm } from "./InterventionForm.tsx";
import { filterCards, NO_FILTER, type CardFilter } from "./selectors.ts";
import { useBoard } from "./useBoard.ts";

/** Kanban by status, with filters by agency, domain, RT and due date. */
export function KanbanView() {
  const ws = useWorkspace();
  const { state, actions, agencies, writable } = useBoard();
  const [adding, setAdding] = createSignal(false);
  const [filter, setFilter] = createSignal<CardFilter>(NO_FILTER);
  const today = () => ws.assess.today();
  const shown = () => filterCards(state.cards(), filter(), state.view(), today());

  return (
    <div data-testid="kanban-view">
      <div class="actions">
        <Show when={writable && !adding()}>
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
      <Show when={state.cards().length > 0} fallback={<p>{t("board.empty")}</p>}>
        <Show when={shown().length > 0} fallback={<p data-testid="no-match">{t("board.noneMatch")}</p>}>
          <div class="kanban">
            <For each={STATUSES}>
              {(status) => (
                <div class="column" data-status={status} data-testid={`column-${status}`}>
                  <h2>{t(`status.${status}`)}</h2>
                  <For each={shown().filter((i) => i.status === status)}>{(card) => <InterventionCard card={card} today={today()} />}</For>
                </div>
              )}
            </For>
          </div>
        </Show>
      </Show>
    </div>
  );
}
