import { createSignal, Match, Show, Switch } from "solid-js";
import { emptyHousehold } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { hrefFor } from "../../app/route.ts";
import { useWorkspace } from "../../state/context.ts";
import { HouseholdForm } from "./HouseholdForm.tsx";
import { HouseholdTable } from "./HouseholdTable.tsx";
import { RosterFilters } from "./RosterFilters.tsx";
import { PreviewTable } from "./PreviewTable.tsx";
import { loadPreview } from "../../state/rosterPreview.ts";

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

  const distinct = (pick: (h: { rt: number | null; rw: number | null }) => number | null) =>
    [...new Set(state.households().map(pick).filter((v): v is number => v !== null))].sort((a, b) => a - b);

  return (
    <section>
      <header class="section-header">
        <h1>{t("roster.title")}</h1>
        <Show when={writable && !adding()}>
          <div class="actions">
            <a class="button-link secondary" href={hrefFor({ name: "workspace", ws: ws.id, section: "impor", item: null })} data-testid="open-import">
              {t("roster.import")}
            </a>
            <button type="button" onClick={() => setAdding(true)} data-testid="add-household">
              {t("roster.add")}
            </button>
          </div>
        </Show>
      </header>
      <Show when={adding()}>
        <div class="panel">
          <h2>{t("household.new")}</h2>
          <HouseholdForm
            onCancel={() => setAdding(false)}
            onSave={(patch) => {
              actions.add({ ...emptyHousehold(), ...patch });
              setAdding(false);
            }}
          />
        </div>
      </Show>
      <Switch>
        <Match when={!ws.rosterLoaded() && preview}>{(p) => <PreviewTable rows={p().rows} total={p().total} hrefFor={href} />}</Match>
        <Match when={!ws.rosterLoaded()}>
          <p class="muted">{t("common.loading")}</p>
        </Match>
        <Match when={state.households().length === 0}>
          <p>{t("roster.empty")}</p>
        </Match>
        <Match when={true}>
          <RosterFilters filter={filter()} onChange={setFilter} rts={distinct((h) => h.rt)} rws={distinct((h) => h.rw)} />
          <HouseholdTable rows={state.households} filter={filter} assessor={ws.assess} hrefFor={href} />
        </Match>
      </Switch>
    </section>
  );
}
