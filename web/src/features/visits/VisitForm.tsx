import { createSignal, For, Show } from "solid-js";
import { validateVisit, VISIT_ACTIVITIES, type VisitActivity, type VisitError, type VisitFields } from "@shared/model/index.ts";
import { addDays } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import { FormActions } from "../../ui/FormActions.tsx";
import { VisitorChoice } from "./VisitorChoice.tsx";
import { joinVisitors, splitVisitors } from "./visitors.ts";

const NEXT_IN_DAYS = [7, 14, 30] as const;

/**
 * A home visit in a few taps: the day (today), who went (the device's own name already chosen; the
 * directory's TPK members one tap each), what was done (big toggles), a note, and the next visit (a
 * tap for a week, two or a month after the visit). With `initial` it edits a visit.
 */
export function VisitForm(props: { initial?: VisitFields | undefined; today: string; choices: string[]; ownName: string; onSave: (v: VisitFields) => void; onCancel: () => void }) {
  const start = props.initial;
  const startNames = start ? splitVisitors(start.visitor) : props.ownName ? [props.ownName] : [];
  const [date, setDate] = createSignal(start?.date ?? props.today);
  const [chosen, setChosen] = createSignal<string[]>(startNames.filter((n) => props.choices.includes(n)));
  const [others, setOthers] = createSignal(joinVisitors(startNames.filter((n) => !props.choices.includes(n))));
  const [activities, setActivities] = createSignal<VisitActivity[]>(start?.activities ?? []);
  const [notes, setNotes] = createSignal(start?.notes ?? "");
  const [next, setNext] = createSignal(start?.nextVisit ?? "");
  const [tried, setTried] = createSignal(false);

  const values = (): VisitFields => ({
    date: date(),
    visitor: joinVisitors([...props.choices.filter((n) => chosen().includes(n)), ...splitVisitors(others())]),
    activities: VISIT_ACTIVITIES.filter((a) => activities().includes(a)),
    notes: notes().trim(),
    nextVisit: next(),
  });
  const errors = () => validateVisit(values(), props.today);
  const shown = (key: "date" | "visitor" | "activities" | "nextVisit"): string | undefined => {
    const code: VisitError | undefined = tried() ? errors()[key] : undefined;
    return code ? t(`visit.error.${code}`) : undefined;
  };
  const toggle = (a: VisitActivity) => setActivities(activities().includes(a) ? activities().filter((x) => x !== a) : [...activities(), a]);

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(errors()).length > 0) return;
    props.onSave(values());
  };

  return (
    <form class="form visit-form" onSubmit={submit} novalidate data-testid="visit-form">
      <Field label={t("visit.date")} error={shown("date")}>
        <input name="date" type="date" max={props.today} value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
      </Field>
      <VisitorChoice choices={props.choices} chosen={chosen()} onChosen={setChosen} others={others()} onOthers={setOthers} error={shown("visitor")} />
      <fieldset class="visit-fieldset">
        <legend class="field-label">{t("visit.activities")}</legend>
        <div class="visit-toggles">
          <For each={VISIT_ACTIVITIES}>
            {(a) => (
              <button type="button" class="visit-toggle" aria-pressed={activities().includes(a)} onClick={() => toggle(a)}>
                {t(`visit.activity.${a}`)}
              </button>
            )}
          </For>
        </div>
        <Show when={shown("activities")}>
          {(message) => (
            <span class="field-error" role="alert">
              {message()}
            </span>
          )}
        </Show>
      </fieldset>
      <Field label={t("visit.notes")}>
        <textarea name="notes" rows="2" value={notes()} onInput={(e) => setNotes(e.currentTarget.value)} />
      </Field>
      <Field label={t("visit.nextVisit")} error={shown("nextVisit")}>
        <input name="nextVisit" type="date" min={addDays(date(), 1) || undefined} value={next()} onInput={(e) => setNext(e.currentTarget.value)} />
      </Field>
      <div class="visit-next-choices">
        <For each={NEXT_IN_DAYS}>
          {(days) => (
            <button type="button" class="secondary" aria-pressed={next() !== "" && next() === addDays(date(), days)} onClick={() => setNext(addDays(date(), days))}>
              {t("visit.inDays", { days })}
            </button>
          )}
        </For>
        <button type="button" class="secondary" aria-pressed={next() === ""} onClick={() => setNext("")}>
          {t("visit.noNextChoice")}
        </button>
      </div>
      <FormActions onCancel={() => props.onCancel()} />
    </form>
  );
}
