import { For } from "solid-js";
import { AID_PROGRAMMES, type AidProgramme } from "@shared/model/index.ts";
import { t, tMaybe } from "../../i18n/index.ts";

/** Social aid programmes as checkboxes: each is a set member, so two phones ticking different ones both count. */
export function AidChoices(props: { aid: readonly AidProgramme[]; writable: boolean; onChange: (programme: AidProgramme, on: boolean) => void }) {
  return (
    <fieldset class="hh-aid" data-testid="aid">
      <legend>{t("hh.aid")}</legend>
      <For each={AID_PROGRAMMES}>
        {(p) => (
          <label class="check">
            <input
              type="checkbox"
              name={`aid-${p}`}
              checked={props.aid.includes(p)}
              disabled={!props.writable}
              onChange={(e) => props.onChange(p, e.currentTarget.checked)}
            />
            {tMaybe(`hh.aid.${p}`, p)}
          </label>
        )}
      </For>
    </fieldset>
  );
}
