import { For, Show } from "solid-js";
import type { FieldConflict, Household } from "@shared/model/index.ts";
import { formatDateTime, t } from "../../i18n/index.ts";
import { conflictLabel, conflictValue } from "./conflictText.ts";

/**
 * Critical values two offline devices answered differently, never settled by
 * a clock: each value with who entered it and when, and a button to choose it.
 */
export function ConflictPanel(props: { household: Household; writable: boolean; onChoose: (conflict: FieldConflict, value: FieldConflict["entries"][number]["value"]) => void }) {
  const when = (at: string) => {
    const ms = Date.parse(at);
    return Number.isNaN(ms) ? at : formatDateTime(ms);
  };
  return (
    <Show when={props.household.conflicts.length > 0}>
      <section class="panel hh-conflicts" data-testid="conflicts" role="region" aria-label={t("hh.conflicts.title")}>
        <h2>{t("hh.conflicts.title")}</h2>
        <p class="muted">{t("hh.conflicts.intro")}</p>
        <For each={props.household.conflicts}>
          {(conflict) => (
            <div class="hh-conflict" data-testid="conflict" data-field={conflict.target.field}>
              <h3>{conflictLabel(conflict, props.household)}</h3>
              <ul class="cards">
                <For each={conflict.entries}>
                  {(entry) => (
                    <li class="card" data-testid="conflict-value">
                      <strong>{conflictValue(conflict.target.field, entry.value)}</strong>
                      <span class="muted">{t("hh.conflicts.entry", { by: entry.by || "?", when: when(entry.at) })}</span>
                      <Show when={props.writable}>
                        <button type="button" onClick={() => props.onChoose(conflict, entry.value)}>
                          {t("hh.conflicts.choose", { value: conflictValue(conflict.target.field, entry.value) })}
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
