import { For, Show } from "solid-js";
import { t } from "../../i18n/index.ts";

/** Who went: one toggle per TPK member of the directory (the device's own name first), and other names typed. */
export function VisitorChoice(props: { choices: string[]; chosen: string[]; onChosen: (names: string[]) => void; others: string; onOthers: (text: string) => void; error: string | undefined }) {
  const toggle = (name: string) => props.onChosen(props.chosen.includes(name) ? props.chosen.filter((n) => n !== name) : [...props.chosen, name]);
  return (
    <fieldset class="visit-fieldset" classList={{ invalid: !!props.error }} data-testid="visit-visitors">
      <legend class="field-label">{t("visit.visitor")}</legend>
      <Show when={props.choices.length > 0}>
        <div class="visit-toggles">
          <For each={props.choices}>
            {(name) => (
              <button type="button" class="visit-toggle" aria-pressed={props.chosen.includes(name)} onClick={() => toggle(name)}>
                {name}
              </button>
            )}
          </For>
        </div>
      </Show>
      <label class="field">
        <span class="muted">{t("visit.visitorOther")}</span>
        <input name="visitorOther" value={props.others} onInput={(e) => props.onOthers(e.currentTarget.value)} autocomplete="off" />
      </label>
      <Show when={props.error}>
        <span class="field-error" role="alert">
          {props.error}
        </span>
      </Show>
    </fieldset>
  );
}
