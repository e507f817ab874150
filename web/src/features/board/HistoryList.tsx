import { For, Show } from "solid-js";
import { formatDateTime, t } from "../../i18n/index.ts";
import type { HistoryEvent } from "../../state/board.ts";
import { historyText } from "./claimText.ts";
import { useBoard } from "./useBoard.ts";

/** Lines of the board's append-only ledger: when, who, what. */
export function HistoryList(props: { events: HistoryEvent[] }) {
  const { state } = useBoard();
  // a closed need is named by its reason, as its publication was
  const needOf = (id: string) => state.view().needs.find((n) => n.id === id);
  const when = (at: string) => {
    const ms = Date.parse(at);
    return Number.isNaN(ms) ? "" : formatDateTime(ms);
  };
  return (
    <Show when={props.events.length > 0} fallback={<p class="muted">{t("history.empty")}</p>}>
      <ol class="history" data-testid="history">
        <For each={props.events}>
          {(e) => (
            <li data-testid="history-event" data-kind={e.kind}>
              <span class="muted">{when(e.at)}</span> {historyText(e, needOf)}
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
