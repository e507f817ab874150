import { createSignal, For, Show } from "solid-js";
import type { ScreeningSettings } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import { createDraft } from "../../ui/createDraft.ts";
import { choicesFrom, OPTIONAL_AIR_LAYAK, type ScreeningChoices } from "./screeningChoices.ts";

/**
 * DOMAIN.md's ambiguous thresholds, as the lurah's choice (defaults marked). Shows the
 * stored settings (also when they load after the form opened) and hands back only the
 * choices the person changed; the page applies them to the overrides stored at that
 * moment (overridesWith), so changing one threshold never resets another.
 */
export function ScreeningSettingsForm(props: { settings: ScreeningSettings; readOnly: boolean; onSave: (changed: Partial<ScreeningChoices>) => void }) {
  const draft = createDraft(() => choicesFrom(props.settings));
  const [saved, setSaved] = createSignal(false);
  const set = <K extends keyof ScreeningChoices>(key: K, value: ScreeningChoices[K]) => {
    draft.set(key, value);
    setSaved(false);
  };
  const extra = () => draft.get("extraAirLayak");
  // in the list's own order, so ticking and unticking back compares equal to what is stored
  const toggleAir = (w: (typeof OPTIONAL_AIR_LAYAK)[number], on: boolean) =>
    set("extraAirLayak", OPTIONAL_AIR_LAYAK.filter((x) => (x === w ? on : extra().includes(x))));
  return (
    <form
      class="form"
      data-testid="screening-form"
      onSubmit={(e) => {
        e.preventDefault();
        const changed = draft.changed();
        if (Object.keys(changed).length > 0) props.onSave(changed);
        draft.reset();
        setSaved(true);
      }}
    >
      <p class="muted">{t("settings.screeningHint")}</p>
      <Field label={t("settings.banyak")}>
        <select name="banyak" value={draft.get("banyak")} disabled={props.readOnly} onChange={(e) => set("banyak", e.currentTarget.value as ScreeningChoices["banyak"])}>
          <option value="gt3">{t("settings.banyak4")}</option>
          <option value="gte3">{t("settings.banyak3")}</option>
        </select>
      </Field>
      <Field label={t("settings.tua")}>
        <select name="tua" value={draft.get("tua")} disabled={props.readOnly} onChange={(e) => set("tua", e.currentTarget.value as ScreeningChoices["tua"])}>
          <option value="gt35">{t("settings.tua35")}</option>
          <option value="35to40">{t("settings.tua3540")}</option>
        </select>
      </Field>
      <div class="row">
        <Field label={t("settings.muda")}>
          <input name="muda" type="number" min="15" max="25" value={draft.get("mudaBelow")} disabled={props.readOnly} onInput={(e) => set("mudaBelow", Number(e.currentTarget.value) || 20)} />
        </Field>
        <Field label={t("settings.dekat")}>
          <input name="dekat" type="number" min="12" max="60" value={draft.get("dekatBelowMonths")} disabled={props.readOnly} onInput={(e) => set("dekatBelowMonths", Number(e.currentTarget.value) || 24)} />
        </Field>
      </div>
      <fieldset class="plain">
        <legend class="field-label">{t("settings.airExtra")}</legend>
        <For each={OPTIONAL_AIR_LAYAK}>
          {(w) => (
            <label class="check">
              <input type="checkbox" checked={extra().includes(w)} disabled={props.readOnly} onChange={(e) => toggleAir(w, e.currentTarget.checked)} />
              {t(`water.${w}`)}
            </label>
          )}
        </For>
      </fieldset>
      <label class="check">
        <input type="checkbox" name="kb" checked={draft.get("countTidakKb")} disabled={props.readOnly} onChange={(e) => set("countTidakKb", e.currentTarget.checked)} />
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
