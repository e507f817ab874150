import { createSignal, For, Show } from "solid-js";
import type { Visit, VisitFields } from "@shared/model/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { VisitForm } from "./VisitForm.tsx";
import { visitedBy } from "./visitors.ts";

/** One visit: day, who went, what was done, the note and the next visit; edited in place, deleted after asking. */
export function VisitCard(props: { visit: Visit; today: string; writable: boolean; choices: string[]; ownName: string; onSave: (patch: Partial<VisitFields>) => void; onRemove: () => void }) {
  const [editing, setEditing] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);
  const v = () => props.visit;
  return (
    <li class="card visit-card" data-testid="visit-row" data-id={v().id} data-date={v().date}>
      <Show
        when={!editing()}
        fallback={
          <VisitForm
            initial={v()}
            today={props.today}
            choices={props.choices}
            ownName={props.ownName}
            onCancel={() => setEditing(false)}
            onSave={(patch) => {
              props.onSave(patch);
              setEditing(false);
            }}
          />
        }
      >
        <div class="visit-line">
          <strong data-testid="visit-date">{formatDate(v().date)}</strong>
          <span data-testid="visit-visitor">{v().visitor}</span>
        </div>
        <Show when={v().activities.length > 0}>
          <div class="chips" data-testid="visit-activities">
            <For each={v().activities}>{(a) => <span class="chip">{t(`visit.activity.${a}`)}</span>}</For>
          </div>
        </Show>
        <Show when={v().notes}>
          <p class="visit-notes">{v().notes}</p>
        </Show>
        <Show when={v().nextVisit}>
          <span class="muted">{t("visit.next", { date: formatDate(v().nextVisit) })}</span>
        </Show>
        <Show when={v().by && !visitedBy(v().visitor, v().by)}>
          <span class="muted">{t("visit.recordedBy", { name: v().by })}</span>
        </Show>
        <Show when={props.writable}>
          <Show
            when={confirming()}
            fallback={
              <div class="actions">
                <button type="button" class="link-button" onClick={() => setEditing(true)} data-testid="edit-visit">
                  {t("common.edit")}
                </button>
                <button type="button" class="link-button" onClick={() => setConfirming(true)}>
                  {t("visit.remove")}
                </button>
              </div>
            }
          >
            <p role="alert">{t("visit.removeConfirm", { date: formatDate(v().date) })}</p>
            <div class="actions">
              <button type="button" onClick={() => props.onRemove()} data-testid="remove-visit-yes">
                {t("visit.removeYes")}
              </button>
              <button type="button" class="secondary" onClick={() => setConfirming(false)}>
                {t("common.cancel")}
              </button>
            </div>
          </Show>
        </Show>
      </Show>
    </li>
  );
}
