import { createSignal, Show } from "solid-js";
import { emptyHousehold } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { HouseholdForm } from "./HouseholdForm.tsx";
import { HouseholdTable } from "./HouseholdTable.tsx";

/** The family roster: table, and a form for adding or editing one household. */
export function RosterPage() {
  const ws = useWorkspace();
  const [state, actions] = ws.roster!;
  const writable = ws.canWrite("roster");
  const [editing, setEditing] = createSignal<string | "new" | null>(null);

  return (
    <section>
      <header class="section-header">
        <h1>{t("roster.title")}</h1>
        <Show when={writable && editing() === null}>
          <button type="button" onClick={() => setEditing("new")} data-testid="add-household">
            {t("roster.add")}
          </button>
        </Show>
      </header>
      <Show when={editing()} keyed>
        {(id) => (
          <div class="panel">
            <h2>{id === "new" ? t("household.new") : t("household.edit")}</h2>
            <HouseholdForm
              initial={id === "new" ? undefined : state.byId(id)}
              onCancel={() => setEditing(null)}
              onSave={(patch) => {
                if (id === "new") actions.add({ ...emptyHousehold(), ...patch });
                else actions.update(id, patch);
                setEditing(null);
              }}
            />
          </div>
        )}
      </Show>
      <Show when={state.households().length > 0} fallback={<p>{t("roster.empty")}</p>}>
        <HouseholdTable rows={state.households} onEdit={writable ? (id) => setEditing(id) : undefined} />
      </Show>
    </section>
  );
}

