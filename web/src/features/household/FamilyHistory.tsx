import { For, Show } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { familyHistory } from "../board/selectors.ts";
import { familyHistoryLines, historyWhen } from "./familyHistory.ts";

/**
 * "Riwayat keluarga": who changed what and when (the roster's register entries, with
 * values a concurrent edit replaced) and the family's board events, newest first.
 */
export function FamilyHistory(props: { household: Household }) {
  const ws = useWorkspace();
  const lines = () => {
    const roster = ws.roster?.[0];
    const board = ws.board?.[0];
    const view = board?.view();
    const events = view && board ? familyHistory(view, board.cards(), props.household.id) : [];
    return familyHistoryLines(roster?.changes(props.household.id) ?? [], props.household, events, view?.needs ?? []);
  };
  return (
    <section class="panel" data-testid="family-history">
      <h2>{t("changes.title")}</h2>
      <p class="muted">{t("changes.intro")}</p>
      <Show when={lines().length > 0} fallback={<p class="muted">{t("changes.empty")}</p>}>
        <ol class="history">
          <For each={lines()}>
            {(line) => (
              <li data-testid={line.source === "board" ? "history-event" : "change-event"} data-state={line.state} data-at={line.at}>
                <span class="muted">{historyWhen(line.at)}</span> {line.text}
                <Show when={line.note}>
                  <span class="history-note" data-testid="change-note">
                    {" "}
                    — {line.note}
                  </span>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
