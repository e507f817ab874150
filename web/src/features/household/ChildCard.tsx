import { createSignal, Show } from "solid-js";
import type { Measurement } from "@shared/model/index.ts";
import type { ChildGrowth } from "@shared/rules/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { ageText } from "./format.ts";
import { GrowthChart } from "./GrowthChart.tsx";
import { MeasurementForm, type NewMeasurement } from "./MeasurementForm.tsx";
import { MeasurementList } from "./MeasurementList.tsx";

/** Only what the person changed: an untouched value (or one in conflict) is never rewritten. */
function changedValues(before: NewMeasurement, after: NewMeasurement): Partial<NewMeasurement> {
  const patch: Partial<NewMeasurement> = {};
  for (const key of Object.keys(after) as Array<keyof NewMeasurement>) if (after[key] !== before[key]) (patch as Record<string, unknown>)[key] = after[key];
  return patch;
}

/** One young child: age, measurements with z-scores, the add-measurement form and the growth chart. */
export function ChildCard(props: {
  child: ChildGrowth;
  measurements: Measurement[];
  today: string;
  writable: boolean;
  defaultBy: string;
  onAdd: (m: NewMeasurement) => void;
  onUpdate: (id: string, patch: Partial<NewMeasurement>) => void;
  onRemove: (m: Measurement) => void;
}) {
  // null: no form; "new": adding; otherwise the id of the measurement being edited
  const [form, setForm] = createSignal<string | null>(null);
  const member = () => props.child.member;
  const age = () => (member().birthDate ? ageText(member().birthDate, props.today) : "");
  const remove = (m: Measurement) => {
    if (window.confirm(t("hh.measure.removeConfirm", { date: formatDate(m.date) }))) props.onRemove(m);
  };

  return (
    <article class="panel hh-child" data-testid="child" data-id={member().id}>
      <h3>
        {member().nama} <Show when={age()}>{(a) => <span class="muted" data-testid="child-age">{t("hh.child.age", { age: a() })}</span>}</Show>
      </h3>
      <Show when={member().sex === "" || member().birthDate === ""}>
        <p class="hh-missing">{t("hh.child.needsSexAndBirth")}</p>
      </Show>
      <h4>{t("hh.measure.title")}</h4>
      <MeasurementList measurements={props.measurements} points={props.child.points} writable={props.writable} onEdit={(m) => setForm(m.id)} onRemove={remove} />
      <Show when={props.writable}>
        <Show
          when={form()}
          keyed
          fallback={
            <button type="button" class="secondary" onClick={() => setForm("new")} data-testid="add-measurement">
              {t("hh.measure.add")}
            </button>
          }
        >
          {(id) => {
            const initial = id === "new" ? undefined : props.measurements.find((m) => m.id === id);
            return (
              <MeasurementForm
                initial={initial}
                birthDate={member().birthDate}
                today={props.today}
                defaultBy={props.defaultBy}
                onCancel={() => setForm(null)}
                onSave={(m) => {
                  if (!initial) props.onAdd(m);
                  else {
                    const patch = changedValues(initial, m);
                    if (Object.keys(patch).length > 0) props.onUpdate(id, patch);
                  }
                  setForm(null);
                }}
              />
            );
          }}
        </Show>
      </Show>
      <Show when={member().sex !== "" && props.child.ageDays !== null && (member().sex as "M" | "F")}>
        {(sex) => <GrowthChart name={member().nama} sex={sex()} ageDays={props.child.ageDays ?? 0} points={props.child.points} />}
      </Show>
    </article>
  );
}
