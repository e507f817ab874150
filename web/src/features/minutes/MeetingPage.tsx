import { createEffect, createMemo, createSignal, For, onCleanup, Show } from "solid-js";
import type { ActionItem, InterventionStatus } from "@shared/model/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { MeetingDetails } from "./MeetingDetails.tsx";
import { AttendeesPanel } from "./AttendeesPanel.tsx";
import { AgendaPanel } from "./AgendaPanel.tsx";
import { MeetingNotes } from "./MeetingNotes.tsx";
import { DecisionsPanel } from "./DecisionsPanel.tsx";
import { ActionItemForm } from "./ActionItemForm.tsx";
import { ActionItemRow } from "./ActionItemRow.tsx";
import { PrintSheet } from "./PrintSheet.tsx";
import { PersonalDataWarning } from "./PersonalDataWarning.tsx";
import { InternalNotes } from "./InternalNotes.tsx";
import { makeMentionCheck, type Mention } from "../../state/personalMentions.ts";

/** How long typing must pause before the notes are checked for names and NIKs: typing never waits for it. */
const MENTION_CHECK_DELAY_MS = 400;

/** One meeting: its facts, attendance, agenda, co-written notes, decisions and action items, and its print form. */
export function MeetingPage(props: { id: string }) {
  const ws = useWorkspace();
  const [state, actions] = ws.minutes!;
  const id = props.id;
  const readOnly = !ws.canWrite("minutes");
  const canMakeCard = !readOnly && ws.board !== null && ws.canWrite("board");
  const [previewing, setPreviewing] = createSignal(false);
  const [printInternal, setPrintInternal] = createSignal(false);
  const meeting = () => state.meetings().find((m) => m.id === id);
  const minutes = createMemo(() => state.minutes(id));
  const members = () => ws.meta?.members() ?? [];
  const names = () => [...new Set([...minutes().attendees.map((a) => a.name), ...members().map((m) => m.name)])];
  // The notes are read by OPD and pemantau: a writer holding the roster is told when they name a family or a NIK.
  const [mentions, setMentions] = createSignal<Mention[]>([]);
  if (!readOnly && ws.roster) {
    const check = makeMentionCheck(ws.roster[0].households);
    let timer: ReturnType<typeof setTimeout> | undefined;
    createEffect(() => {
      const { agenda, decisions, actions: items } = minutes();
      const text = [state.notesText(id), ...agenda.map((a) => a.text), ...decisions.map((d) => d.text), ...items.map((a) => a.what)].join("\n");
      const named = names();
      clearTimeout(timer);
      timer = setTimeout(() => setMentions(check(text, named)), MENTION_CHECK_DELAY_MS);
    });
    onCleanup(() => clearTimeout(timer));
  }
  const cardStatus = (item: ActionItem): InterventionStatus | null | undefined => {
    if (!item.interventionId) return undefined;
    return ws.board?.[0].cards().find((c) => c.id === item.interventionId)?.status ?? null;
  };
  const makeCard = (item: ActionItem, domain: string) => {
    const m = meeting();
    if (!ws.board || !m) return;
    actions.makeCard(id, item, domain, ws.board[1], t("minutes.cardSource", { title: m.title, date: formatDate(m.date) }));
  };

  return (
    <Show when={meeting()}>
      {(m) => (
        <div class="meeting-page" classList={{ previewing: previewing() }} data-testid="meeting-page">
          <div class="section-header no-print">
            <h2>{m().title}</h2>
            <div class="actions">
              <Show when={ws.internal}>
                <label class="internal-print-toggle">
                  <input type="checkbox" checked={printInternal()} onChange={(e) => setPrintInternal(e.currentTarget.checked)} data-testid="print-internal" />
                  {t("internal.printInclude")}
                </label>
              </Show>
              <button type="button" class="secondary" data-testid="print-preview" onClick={() => setPreviewing((p) => !p)}>
                {previewing() ? t("minutes.backToEdit") : t("minutes.printPreview")}
              </button>
              <button type="button" data-testid="print" onClick={() => window.print()}>
                {t("minutes.print")}
              </button>
            </div>
          </div>
          <article class="panel meeting-screen no-print">
            <Show when={readOnly}>
              <p class="muted" data-testid="minutes-read-only">{t("common.readOnly")}</p>
            </Show>
            <MeetingDetails meeting={m()} names={names()} readOnly={readOnly} onChange={(patch) => actions.update(id, patch)} />
            <AttendeesPanel
              attendees={minutes().attendees}
              members={members()}
              readOnly={readOnly}
              onAdd={(f) => actions.addAttendee(id, f)}
              onRemove={(a) => actions.removeAttendee(id, a)}
            />
            <AgendaPanel
              items={minutes().agenda}
              readOnly={readOnly}
              onAdd={(text) => actions.addAgenda(id, text)}
              onEdit={(a, text) => actions.updateAgenda(id, a, text)}
              onMove={(a, i) => actions.moveAgenda(id, a, i)}
              onRemove={(a) => actions.removeAgenda(id, a)}
            />
            <MeetingNotes bind={(el) => actions.bindNotes(id, el, readOnly)} writers={state.writers(id)} text={state.notesText(id)} readOnly={readOnly} />
            <PersonalDataWarning mentions={mentions()} />
            <Show when={ws.internal}>{(internal) => <InternalNotes bind={(el) => internal().bind(id, el, readOnly)} readOnly={readOnly} />}</Show>
            <DecisionsPanel items={minutes().decisions} readOnly={readOnly} onAdd={(text) => actions.addDecision(id, text)} onRemove={(d) => actions.removeDecision(id, d)} />
            <section data-testid="actions">
              <h3>{t("minutes.actions")}</h3>
              <Show when={minutes().actions.length > 0} fallback={<p class="muted">{t("minutes.noActions")}</p>}>
                <ul class="cards">
                  <For each={minutes().actions}>
                    {(item) => (
                      <ActionItemRow
                        item={item}
                        cardStatus={cardStatus(item)}
                        canMakeCard={canMakeCard}
                        readOnly={readOnly}
                        onMakeCard={(domain) => makeCard(item, domain)}
                        onRemove={() => actions.removeAction(id, item.id)}
                      />
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={!readOnly}>
                <ActionItemForm agencies={ws.meta?.agencies() ?? []} names={names()} onSave={(f) => actions.addAction(id, f)} />
              </Show>
            </section>
          </article>
          <PrintSheet
            profile={ws.meta?.profile() ?? { name: "", kodeWilayah: "" }}
            fallbackName={ws.id}
            meeting={m()}
            minutes={minutes()}
            notes={state.notesText(id)}
            internalNotes={ws.internal && printInternal() ? ws.internal.text(id) : null}
            cardStatus={cardStatus}
          />
        </div>
      )}
    </Show>
  );
}
