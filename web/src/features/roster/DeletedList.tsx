import { For, Show } from "solid-js";
import { daysLeftToRestore, RESTORE_DAYS } from "@shared/rules/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import type { DeletedHousehold } from "../../state/roster.ts";

/** "Terhapus": families deleted in the restore period, for the lurah and the pokja to restore. */
export function DeletedList(props: { entries: DeletedHousehold[]; writable: boolean; hrefFor: (id: string) => string; onRestore: (id: string) => void }) {
  return (
    <Show when={props.entries.length > 0}>
      <details class="panel" data-testid="deleted-households">
        <summary>{t("deleted.list", { count: props.entries.length })}</summary>
        <p class="muted">{t("deleted.listIntro", { days: RESTORE_DAYS })}</p>
        <ul class="cards">
          <For each={props.entries}>
            {(entry) => (
              <li class="card" data-testid="deleted-household">
                <a href={props.hrefFor(entry.household.id)}>
                  <strong>{entry.household.kepala || "?"}</strong>
                </a>
                <span class="muted">{t("hh.rtrw", { rt: entry.household.rt ?? "?", rw: entry.household.rw ?? "?" })}</span>
                <span class="muted">
                  {t("deleted.row", { by: entry.deletion.by || t("changes.someone"), date: formatDate(entry.deletion.at), days: daysLeftToRestore(entry.deletion.at, new Date()) })}
                </span>
                <Show when={props.writable}>
                  <button type="button" class="secondary" onClick={() => props.onRestore(entry.household.id)}>
                    {t("deleted.restore")}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </details>
    </Show>
  );
}
