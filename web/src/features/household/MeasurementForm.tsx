import { createSignal, For } from "solid-js";
import { POSITIONS, validateMeasurement, type MeasurementError, type MeasurePosition, type MeasurementFields, type MeasurementValues } from "@shared/model/index.ts";
import { ageInDays, STANDING_FROM_DAY } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import { parseDecimal } from "./format.ts";
import { FormActions } from "../../ui/FormActions.tsx";

export type NewMeasurement = Omit<MeasurementFields, "memberId"> & MeasurementValues;

/**
 * One weighing/measuring. The position follows WHO's rule for the child's age
 * on the chosen date (lying under 731 days, standing from 731) until the
 * person picks one; "who measured" starts as the signed-in name. With
 * `initial` it edits a measurement (a value in conflict starts blank).
 */
export function MeasurementForm(props: { initial?: NewMeasurement | undefined; birthDate: string; today: string; defaultBy: string; onSave: (m: NewMeasurement) => void; onCancel: () => void }) {
  const start = props.initial;
  const [date, setDate] = createSignal(start?.date ?? props.today);
  const [length, setLength] = createSignal(start?.lengthCm?.toString() ?? "");
  const [weight, setWeight] = createSignal(start?.weightKg?.toString() ?? "");
  const [chosenPosition, setChosenPosition] = createSignal<MeasurePosition | null>(start?.position ?? null);
  const [by, setBy] = createSignal(start?.measuredBy ?? props.defaultBy);
  const [tried, setTried] = createSignal(false);

  const position = (): MeasurePosition => {
    const chosen = chosenPosition();
    if (chosen) return chosen;
    const days = props.birthDate ? ageInDays(props.birthDate, date()) : null;
    return days !== null && days >= STANDING_FROM_DAY ? "standing" : "lying";
  };
  const values = () => ({ date: date(), lengthCm: parseDecimal(length()), weightKg: parseDecimal(weight()) });
  const errors = () => {
    const v = values();
    const found: Partial<Record<"date" | "lengthCm" | "weightKg", string>> = {};
    const shared = validateMeasurement({ ...v, lengthCm: Number.isNaN(v.lengthCm) ? null : v.lengthCm, weightKg: Number.isNaN(v.weightKg) ? null : v.weightKg }, props.today);
    for (const [key, code] of Object.entries(shared) as Array<[keyof typeof found, MeasurementError]>) found[key] = t(`hh.measure.${code}`);
    if (Number.isNaN(v.lengthCm)) found.lengthCm = t("hh.measure.notANumber");
    if (Number.isNaN(v.weightKg)) found.weightKg = t("hh.measure.notANumber");
    return found;
  };
  const shown = (key: "date" | "lengthCm" | "weightKg") => (tried() ? errors()[key] : undefined);

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(errors()).length > 0) return;
    const v = values();
    props.onSave({ date: v.date, position: position(), measuredBy: by().trim(), lengthCm: v.lengthCm, weightKg: v.weightKg });
  };

  return (
    <form class="form" onSubmit={submit} novalidate data-testid="measurement-form">
      <Field label={t("hh.measure.date")} error={shown("date")}>
        <input name="date" type="date" max={props.today} value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
      </Field>
      <div class="row">
        <Field label={t("hh.measure.length")} error={shown("lengthCm")}>
          <input name="lengthCm" inputmode="decimal" value={length()} onInput={(e) => setLength(e.currentTarget.value)} />
        </Field>
        <Field label={t("hh.measure.weight")} error={shown("weightKg")}>
          <input name="weightKg" inputmode="decimal" value={weight()} onInput={(e) => setWeight(e.currentTarget.value)} />
        </Field>
      </div>
      <Field label={t("hh.measure.position")}>
        <select name="position" value={position()} onChange={(e) => setChosenPosition(e.currentTarget.value as MeasurePosition)}>
          <For each={POSITIONS}>{(p) => <option value={p}>{t(`hh.position.${p}`)}</option>}</For>
        </select>
      </Field>
      <Field label={t("hh.measure.by")}>
        <input name="measuredBy" value={by()} onInput={(e) => setBy(e.currentTarget.value)} />
      </Field>
      <FormActions onCancel={() => props.onCancel()} />
    </form>
  );
}
