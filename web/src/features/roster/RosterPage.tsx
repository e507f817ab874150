import { createSignal, Show } from "solid-js";
import { emptyHousehold } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { hrefFor } from "../../app/route.ts";
import { useWorkspace } from "../../state/context.ts";
import { HouseholdForm } from "./HouseholdForm.tsx";
import { HouseholdTable } from "./HouseholdTable.tsx";
import { RosterFilters } from "./RosterFilters.tsx";

/** The family roster: search, filters, the virtualised table, and a form to add a household. */
export function RosterPage() {
  const ws = useWorkspace();
  const [state, actions] = ws.roster!;
  const [filter, setFilter] = ws.rosterFilter;
  const writable = ws.canWrite("roster");
  const [adding, setAdding] = createSignal(false);

  const distinct = (pick: (h: { rt: number | null; rw: number | null }) => number | null) =>
    [...new Set(state.households().map(pick).filter((v): v is number => v !== null))].sort((a, b) => a - b);

  return (
    <section>
      <header class="section-header">
        <h1>{t("roster.title")}</h1>
        <Show when={writable && !adding()}>
          <button type="button" onClick={() => setAdding(true)} data-testid="add-household">
            {t("roster.add")}
          </button>
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
      <Show when={state.households().length > 0} fallback={<p>{t("roster.empty")}</p>}>
        <RosterFilters filter={filter()} onChange={setFilter} rts={distinct((h) => h.rt)} rws={distinct((h) => h.rw)} />
        <HouseholdTable rows={state.households} filter={filter} assess={ws.assess.of} hrefFor={(id) => hrefFor({ name: "workspace", ws: ws.id, section: "keluarga", item: id })} />
      </Show>
    </section>
  );
}
