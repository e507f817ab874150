import { Index, Show } from "solid-js";
import type { AgendaItem } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { AddLineForm } from "../../ui/AddLineForm.tsx";

/** The agenda as an ordered list; moves and text edits from several people merge (see shared/crdt/minutes.ts). */
export function AgendaPanel(props: {
  items: AgendaItem[];
  readOnly: boolean;
  onAdd: (text: string) => void;
  onEdit: (id: string, text: string) => void;
  onMove: (id: string, index: number) => void;
  onRemove: (id: string) => void;
}) {
  return (
    <section data-testid="agenda">
      <h3>{t("minutes.agenda")}</h3>
      <Show when={props.items.length > 0} fallback={<p class="muted">{t("minutes.noAgenda")}</p>}>
        <ol class="minutes-list">
          <Index each={props.items}>
            {(item, i) => (
              <li data-testid="agenda-item">
                <Show when={!props.readOnly} fallback={<span>{item().text}</span>}>
                  <input aria-label={t("minutes.agendaItem", { n: i + 1 })} value={item().text} onChange={(e) => props.onEdit(item().id, e.currentTarget.value)} />
                  <span class="row-buttons">
                    <button type="button" class="link-button" disabled={i === 0} aria-label={t("minutes.moveUp")} onClick={() => props.onMove(item().id, i - 1)}>
                      ↑
                    </button>
                    <button type="button" class="link-button" disabled={i === props.items.length - 1} aria-label={t("minutes.moveDown")} onClick={() => props.onMove(item().id, i + 1)}>
                      ↓
                    </button>
                    <button type="button" class="link-button" aria-label={t("minutes.removeNamed", { name: item().text })} onClick={() => props.onRemove(item().id)}>
                      ✕
                    </button>
                  </span>
                </Show>
              </li>
            )}
          </Index>
        </ol>
      </Show>
      <Show when={!props.readOnly}>
        <AddLineForm name="agendaText" label={t("minutes.newAgenda")} onAdd={(text) => props.onAdd(text)} />
      </Show>
    </section>
  );
}
