import { createMemo, createSignal, For, Show } from "solid-js";
import type { Household, VisitFields } from "@shared/model/index.ts";
import { dayNumber, latestVisit, newestFirst } from "@shared/rules/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { VisitCard } from "./VisitCard.tsx";
import { VisitForm } from "./VisitForm.tsx";
import "./visits.css";

export interface VisitActions {
  add(fields: VisitFields): void;
  update(id: string, patch: Partial<VisitFields>): void;
  remove(id: string): void;
}

/**
 * The family's TPK visits on its page: when the next one is due, a button to record one, and the
 * visits newest first. Keyed by visit id, so an edit form stays open while other phones' visits arrive.
 */
export function HouseholdVisits(props: { household: Household; today: string; writable: boolean; choices: string[]; ownName: string; actions: VisitActions }) {
  const [adding, setAdding] = createSignal(false);
  const visits = () => props.household.visits ?? [];
  const ids = createMemo(() => newestFirst(visits()).map((v) => v.id), undefined, { equals: (a, b) => a.join() === b.join() });
  const visitOf = (id: string) => visits().find((v) => v.id === id);
  const next = () => {
    const planned = latestVisit(visits())?.nextVisit ?? "";
    if (planned === "") return visits().length > 0 ? t("visit.noNext") : "";
    const late = dayNumber(props.today) - dayNumber(planned);
    if (late > 0) return t("visit.nextLate", { date: formatDate(planned), days: late });
    return late === 0 ? t("visit.nextToday") : t("visit.nextOn", { date: formatDate(planned) });
  };
  const late = () => {
    const planned = latestVisit(visits())?.nextVisit ?? "";
    return planned !== "" && planned <= props.today;
  };

  return (
    <section class="panel visits" data-testid="visits">
      <div class="section-header">
        <h2>{t("visit.title")}</h2>
        <Show when={props.writable && !adding()}>
          <button type="button" onClick={() => setAdding(true)} data-testid="add-visit">
            {t("visit.add")}
          </button>
        </Show>
      </div>
      <Show when={next()}>
        <p class="visit-due" classList={{ late: late() }} data-testid="visit-next">
          {next()}
        </p>
      </Show>
      <Show when={adding()}>
        <VisitForm
          today={props.today}
          choices={props.choices}
          ownName={props.ownName}
          onCancel={() => setAdding(false)}
          onSave={(v) => {
            props.actions.add(v);
            setAdding(false);
          }}
        />
      </Show>
      <Show when={ids().length > 0} fallback={<Show when={!adding()}><p class="muted">{t("visit.none")}</p></Show>}>
        <ul class="cards visit-list">
          <For each={ids()}>
            {(id) => (
              <Show when={visitOf(id)}>
                {(visit) => (
                  <VisitCard
                    visit={visit()}
                    today={props.today}
                    writable={props.writable}
                    choices={props.choices}
                    ownName={props.ownName}
                    onSave={(patch) => props.actions.update(id, patch)}
                    onRemove={() => props.actions.remove(id)}
                  />
                )}
              </Show>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
