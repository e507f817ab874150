import { createSignal, Match, Show, Switch } from "solid-js";
import { emptyHousehold } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { hrefFor, navigate } from "../../app/route.ts";
import { markJustAdded, takeJustDeleted } from "../household/justAdded.ts";
import { DeletedList } from "./DeletedList.tsx";
import "../household/household.css";
import { useWorkspace } from "../../state/context.ts";
import { HouseholdForm } from "./HouseholdForm.tsx";
import { HouseholdTable } from "./HouseholdTable.tsx";
import { RosterFilters } from "./RosterFilters.tsx";
import { PreviewTable } from "./PreviewTable.tsx";
import { loadPreview } from "../../state/rosterPreview.ts";
import { FirstSyncNotice } from "../../ui/FirstSyncNotice.tsx";

/** The family roster: search, filters, the virtualised table, and a form to add a household. */
export function RosterPage() {
  const ws = useWorkspace();
  const [state, actions] = ws.roster!;
  const [filter, setFilter] = ws.rosterFilter;
  const writable = ws.canWrite("roster");
  const [adding, setAdding] = createSignal(false);
  const href = (id: string) => hrefFor({ name: "workspace", ws: ws.id, section: "keluarga", item: id });
  // read once: only a cold start (roster not yet read from the device) shows it
  const preview = ws.rosterLoaded() ? null : loadPreview(ws.id);
  // a family deleted from its page: said once here, with an undo
  const [justDeleted, setJustDeleted] = createSignal(takeJustDeleted());

  const distinct = (pick: (h: { rt: number | null; rw: number | null }) => number | null) =>
    [...new Set(state.households().map(pick).filter((v): v is number => v !== null))].sort((a, b) => a - b);

  return (
    <section>
      <header class="section-header roster-header">
        <h1>{t("roster.title")}</h1>
        {/* not while the village's families are still on their way: a family added now would be a duplicate */}
        <Show when={writable && !adding() && ws.firstSync("roster") !== "loading"}>
          {/* beside Tambah keluarga on a laptop; on a phone a line of its own under it (styles.css), so the header stays one line */}
          <a class="link-button roster-import" href={hrefFor({ name: "workspace", ws: ws.id, section: "impor", item: null })} data-testid="open-import">
            {t("roster.import")}
          </a>
          <button type="button" onClick={() => setAdding(true)} data-testid="add-household">
            {t("roster.add")}
          </button>
        </Show>
        {/* after the title and "Tambah keluarga": on a phone it takes the next line, never pushing those down; on a wide screen it sits before the button */}
        <a class="header-link" href={hrefFor({ name: "workspace", ws: ws.id, section: "kunjungan", item: null })} data-testid="my-visits-link">
          {t("myVisits.link")}
        </a>
      </header>
      <Show when={justDeleted()}>
        {(d) => (
          <p class="notice" role="status" data-testid="household-deleted-notice">
            {t("delete.done", { name: d().name })}{" "}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                actions.restore(d().id);
                setJustDeleted(null);
              }}
            >
              {t("delete.undo")}
            </button>
          </p>
        )}
      </Show>
      <Show when={adding()}>
        <div class="panel">
          <h2>{t("household.new")}</h2>
          <HouseholdForm
            onCancel={() => setAdding(false)}
            onSave={(patch) => {
              // on to the new family's page, where its members and measurements go next
              const id = actions.add({ ...emptyHousehold(), ...patch });
              markJustAdded(id);
              navigate({ name: "workspace", ws: ws.id, section: "keluarga", item: id });
            }}
          />
        </div>
      </Show>
      <Switch>
        <Match when={!ws.rosterLoaded() && preview}>{(p) => <PreviewTable rows={p().rows} total={p().total} hrefFor={href} />}</Match>
        <Match when={!ws.rosterLoaded()}>
          <p class="muted">{t("common.loading")}</p>
        </Match>
        <Match when={state.households().length === 0 && ws.firstSync("roster") !== "done"}>
          <FirstSyncNotice state={ws.firstSync("roster") === "offline" ? "offline" : "loading"} />
        </Match>
        <Match when={state.households().length === 0}>
          <p data-testid="roster-empty">{t("roster.empty")}</p>
        </Match>
        <Match when={true}>
          <RosterFilters filter={filter()} onChange={setFilter} rts={distinct((h) => h.rt)} rws={distinct((h) => h.rw)} />
          <HouseholdTable rows={state.households} filter={filter} assessor={ws.assess} hrefFor={href} />
        </Match>
      </Switch>
      <DeletedList entries={state.deleted()} writable={writable} hrefFor={href} onRestore={(id) => actions.restore(id)} />
    </section>
  );
}
