import { createSignal, Show } from "solid-js";
import type { Household, HouseholdFields } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { HouseholdForm } from "../roster/HouseholdForm.tsx";

/** The household's own data (No. KK, water, jamban, desil, notes) and, for writers, its edit form. */
export function HouseholdDetails(props: { household: Household; writable: boolean; onSave: (patch: Partial<HouseholdFields>) => void }) {
  const [editing, setEditing] = createSignal(false);
  const h = () => props.household;
  const none = t("common.none");

  return (
    <section class="panel" data-testid="household-details">
      <div class="section-header">
        <h2>{t("hh.data.title")}</h2>
        <Show when={props.writable && !editing()}>
          <button type="button" class="secondary" onClick={() => setEditing(true)} data-testid="edit-household">
            {t("hh.data.edit")}
          </button>
        </Show>
      </div>
      <Show
        when={editing()}
        fallback={
          <dl class="hh-facts">
            <dt>{t("household.noKk")}</dt>
            <dd>{h().noKk || none}</dd>
            <dt>{t("household.sumberAir")}</dt>
            <dd data-testid="fact-sumberAir">{h().sumberAir ? t(`water.${h().sumberAir as Exclude<Household["sumberAir"], "">}`) : none}</dd>
            <dt>{t("household.jamban")}</dt>
            <dd data-testid="fact-jamban">{h().jamban ? t(`toilet.${h().jamban as Exclude<Household["jamban"], "">}`) : none}</dd>
            <dt>{t("household.desil")}</dt>
            <dd>{h().desil ?? none}</dd>
            <dt>{t("household.notes")}</dt>
            <dd class="hh-notes">{h().notes || none}</dd>
          </dl>
        }
      >
        <HouseholdForm
          initial={h()}
          onCancel={() => setEditing(false)}
          onSave={(patch) => {
            if (Object.keys(patch).length > 0) props.onSave(patch);
            setEditing(false);
          }}
        />
      </Show>
    </section>
  );
}
