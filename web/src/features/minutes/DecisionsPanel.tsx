import { For, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { AddLineForm } from "../../ui/AddLineForm.tsx";

/** The meeting's decisions (keputusan), one line each. */
export function DecisionsPanel(props: { items: Array<{ id: string; text: string }>; readOnly: boolean; onAdd: (text: string) => void; onRemove: (id: string) => void }) {
  return (
    <section data-testid="decisions">
      <h3>{t("minutes.decisions")}</h3>
      <Show when={props.items.length > 0} fallback={<p class="muted">{t("minutes.noDecisions")}</p>}>
        <ol class="minutes-list">
          <For each={props.items}>
            {(d) => (
              <li data-testid="decision">
                <span>{d.text}</span>
                <Show when={!props.readOnly}>
                  <button type="button" class="link-button" aria-label={t("minutes.removeNamed", { name: d.text })} onClick={() => props.onRemove(d.id)}>
                    ✕
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={!props.readOnly}>
        <AddLineForm name="decisionText" label={t("minutes.newDecision")} onAdd={(text) => props.onAdd(text)} />
      </Show>
    </section>
  );
}
