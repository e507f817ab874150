import { createSignal, For } from "solid-js";
import { createStore } from "solid-js/store";
import { TOILETS, WATER_SOURCES, emptyHousehold, normaliseRtRw, validateHousehold, type HouseholdFields } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import { FormActions } from "../../ui/FormActions.tsx";

const FIELD_KEYS = Object.keys(emptyHousehold()) as Array<keyof HouseholdFields>;

/** Only the form's own fields: a whole Household (members, aid, conflicts) must never reach the patch. */
function pickFields(source: HouseholdFields | undefined): HouseholdFields {
  const out = emptyHousehold();
  if (source) for (const key of FIELD_KEYS) (out as Record<string, unknown>)[key] = source[key];
  return out;
}

function parseDesil(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Add or edit one household. Saves only the fields the person changed, so an
 * edit made on another phone to another field is not overwritten.
 */
export function HouseholdForm(props: { initial?: HouseholdFields | undefined; onSave: (patch: Partial<HouseholdFields>) => void; onCancel: () => void }) {
  const start = pickFields(props.initial);
  const [draft, setDraft] = createStore<HouseholdFields>({ ...start });
  const [rt, setRt] = createSignal(start.rt?.toString() ?? "");
  const [rw, setRw] = createSignal(start.rw?.toString() ?? "");
  const [desil, setDesil] = createSignal(start.desil?.toString() ?? "");
  const [tried, setTried] = createSignal(false);

  const fields = (): HouseholdFields => ({
    ...pickFields(draft),
    rt: normaliseRtRw(rt()),
    rw: normaliseRtRw(rw()),
    desil: parseDesil(desil()),
    noKk: draft.noKk.replace(/\s/g, ""),
  });
  const errors = () => (tried() ? validateHousehold(fields()) : {});
  const message = (key: keyof HouseholdFields) => {
    const e = errors()[key];
    return e ? t(`error.${e}`) : undefined;
  };

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    const next = fields();
    if (Object.keys(validateHousehold(next)).length > 0) return;
    const patch: Partial<HouseholdFields> = {};
    for (const key of FIELD_KEYS) {
      if (next[key] !== start[key]) (patch as Record<string, unknown>)[key] = next[key];
    }
    props.onSave(patch);
  };

  return (
    <form class="form" onSubmit={submit} data-testid="household-form" novalidate>
      <Field label={t("household.kepala")} error={message("kepala")}>
        <input name="kepala" value={draft.kepala} onInput={(e) => setDraft("kepala", e.currentTarget.value)} autocomplete="off" />
      </Field>
      <div class="row">
        <Field label={t("household.rt")} error={message("rt")}>
          <input name="rt" inputmode="numeric" value={rt()} onInput={(e) => setRt(e.currentTarget.value)} />
        </Field>
        <Field label={t("household.rw")} error={message("rw")}>
          <input name="rw" inputmode="numeric" value={rw()} onInput={(e) => setRw(e.currentTarget.value)} />
        </Field>
      </div>
      <Field label={t("household.noKk")} error={message("noKk")}>
        <input name="noKk" inputmode="numeric" value={draft.noKk} onInput={(e) => setDraft("noKk", e.currentTarget.value)} />
      </Field>
      <Field label={t("household.dusun")}>
        <input name="dusun" value={draft.dusun} onInput={(e) => setDraft("dusun", e.currentTarget.value)} />
      </Field>
      <Field label={t("household.alamat")}>
        <input name="alamat" value={draft.alamat} onInput={(e) => setDraft("alamat", e.currentTarget.value)} />
      </Field>
      <Field label={t("household.sumberAir")}>
        <select name="sumberAir" value={draft.sumberAir} onChange={(e) => setDraft("sumberAir", e.currentTarget.value as HouseholdFields["sumberAir"])}>
          <option value="">{t("common.none")}</option>
          <For each={WATER_SOURCES}>{(w) => <option value={w}>{t(`water.${w}`)}</option>}</For>
        </select>
      </Field>
      <Field label={t("household.jamban")}>
        <select name="jamban" value={draft.jamban} onChange={(e) => setDraft("jamban", e.currentTarget.value as HouseholdFields["jamban"])}>
          <option value="">{t("common.none")}</option>
          <For each={TOILETS}>{(w) => <option value={w}>{t(`toilet.${w}`)}</option>}</For>
        </select>
      </Field>
      <Field label={t("household.desil")} error={message("desil")}>
        <input name="desil" inputmode="numeric" value={desil()} onInput={(e) => setDesil(e.currentTarget.value)} />
      </Field>
      <Field label={t("household.notes")}>
        <textarea name="notes" rows="3" value={draft.notes} onInput={(e) => setDraft("notes", e.currentTarget.value)} />
      </Field>
      <FormActions onCancel={() => props.onCancel()} />
    </form>
  );
}
