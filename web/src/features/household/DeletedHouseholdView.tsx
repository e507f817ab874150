import { Show } from "solid-js";
import { daysLeftToRestore, restorableUntil } from "@shared/rules/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import type { DeletedHousehold } from "../../state/roster.ts";
import { FamilyHistory } from "./FamilyHistory.tsx";
import { historyWhen } from "./familyHistory.ts";

/** A deleted family's page: who deleted it and when, until when it can be restored, and its history. */
export function DeletedHouseholdView(props: { entry: DeletedHousehold; rosterHref: string; writable: boolean; onRestore: () => void }) {
  const h = () => props.entry.household;
  const d = () => props.entry.deletion;
  return (
    <section class="hh-page" data-testid="household-deleted" data-id={h().id}>
      <header class="hh-header">
        <a class="hh-back" href={props.rosterHref} data-testid="back-to-roster">
          {t("hh.back")}
        </a>
        <h1 data-testid="household-kepala">{h().kepala}</h1>
        <p class="muted">{h().rt !== null || h().rw !== null ? t("hh.rtrw", { rt: h().rt ?? "?", rw: h().rw ?? "?" }) : ""}</p>
      </header>
      <div class="notice warn" role="status">
        <p>{t("deleted.banner", { by: d().by || t("changes.someone"), when: historyWhen(d().at) })}</p>
        <p>{t("deleted.until", { date: formatDate(restorableUntil(d().at)), days: daysLeftToRestore(d().at, new Date()) })}</p>
        <Show when={props.writable}>
          <button type="button" data-testid="restore-household" onClick={() => props.onRestore()}>
            {t("deleted.restore")}
          </button>
        </Show>
      </div>
      <FamilyHistory household={h()} />
    </section>
  );
}
