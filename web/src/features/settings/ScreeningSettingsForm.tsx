import { createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import type { ScreeningSettings } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import { choicesFrom, OPTIONAL_AIR_LAYAK, overridesFrom, type ScreeningChoices } from "./screeningChoices.ts";

/** DOMAIN.md's ambiguous thresholds, as the lurah's choice (defaults marked). */
export function ScreeningSettingsForm(props: { settings: ScreeningSettings; readOnly: boolean; onSave: (o: Partial<ScreeningSettings>) => void }) {
  const [c, setC] = createStore<ScreeningChoices>(choicesFrom(props.settings));
  const [saved, setSaved] = createSignal(false);
  const set = <K extends keyof ScreeningChoices>(key: K, value: ScreeningChoices[K]) => {
    setC(key, value);
    setSaved(false);
  };
  const toggleAir = (w: (typeof OPTIONAL_AIR_LAYAK)[number], on: boolean) =>
    set("extraAirLayak", on ? [...c.extraAirLayak, w] : c.extraAirLayak.filter((x) => x !== w));
  return (
    <form
      class="form"
      data-testid="screening-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(overridesFrom({ ...c, extraAirLayak: [...c.extraAirLayak] }));
        setSaved(true);
      }}
    >
      <p class="muted">{t("settings.screeningHint")}</p>
      <Field label={t("settings.banyak")}>
        <select name="banyak" value={c.banyak} disabled={props.readOnly} onChange={(e) => set("banyak", e.currentTarget.value as ScreeningChoices["banyak"])}>
          <option value="gt3">{t("settings.banyak4")}</option>
          <option value="gte3">{t("settings.banyak3")}</option>
        </select>
      </Field>
      <Field label={t("settings.tua")}>
        <select name="tua" value={c.tua} disabled={props.readOnly} onChange={(e) => set("tua", e.currentTarget.value as ScreeningChoices["tua"])}>
          <option value="gt35">{t("settings.tua35")}</option>
          <option value="35to40">{t("settings.tua3540")}</option>
        </select>
      </Field>
      <div class="row">
        <Field label={t("settings.muda")}>
          <input name="muda" type="number" min="15" max="25" value={c.mudaBelow} disabled={props.readOnly} onInput={(e) => set("mudaBelow", Number(e.currentTarget.value) || 20)} />
        </Field>
        <Field label={t("settings.dekat")}>
          <input name="dekat" type="number" min="12" max="60" value={c.dekatBelowMonths} disabled={props.readOnly} onInput={(e) => set("dekatBelowMonths", Number(e.currentTarget.value) || 24)} />
        </Field>
      </div>
      <fieldset class="plain">
        <legend class="field-label">{t("settings.airExtra")}</legend>
        <For each={OPTIONAL_AIR_LAYAK}>
          {(w) => (
            <label class="check">
              <input type="checkbox" checked={c.extraAirLayak.includes(w)} disabled={props.readOnly} onChange={(e) => toggleAir(w, e.currentTarget.checked)} />
              {t(`water.${w}`)}
            </label>
          )}
        </For>
      </fieldset>
      <label class="check">
        <input type="checkbox" name="kb" checked={c.countTidakKb} disabled={props.readOnly} onChange={(e) => set("countTidakKb", e.currentTarget.checked)} />
        {t("settings.kb")}
      </label>
      <Show when={!props.readOnly}>
        <div class="actions">
          <button type="submit">{t("settings.save")}</button>
          <Show when={saved()}>
            <span class="muted">{t("settings.saved")}</span>
          </Show>
        </div>
      </Show>
    </form>
  );
}
