import { createSignal, For, onCleanup, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import type { RemoteWriter } from "../../state/minutes.ts";
import { Markup } from "./Markup.tsx";
import { RemoteCarets } from "./RemoteCarets.tsx";

/**
 * The shared notes of one meeting: the state layer binds the textarea to the CRDT
 * text and publishes our caret; the other writers show as named carets over the
 * text and in a list with their line. "Pratinjau" renders the markup.
 */
export function MeetingNotes(props: { bind: (el: HTMLTextAreaElement) => () => void; writers: RemoteWriter[]; text: string; readOnly: boolean }) {
  const [textarea, setTextarea] = createSignal<HTMLTextAreaElement>();
  const [preview, setPreview] = createSignal(false);
  return (
    <section class="minutes-notes">
      <div class="section-header">
        <h3>{t("minutes.notes")}</h3>
        <button type="button" class="link-button" aria-pressed={preview()} data-testid="notes-preview-toggle" onClick={() => setPreview((p) => !p)}>
          {preview() ? t("minutes.hidePreview") : t("minutes.showPreview")}
        </button>
      </div>
      <Show when={!props.readOnly}>
        <p class="muted">{t("minutes.markupHint")}</p>
      </Show>
      <div class="notes-wrap">
        <textarea
          class="notes"
          rows={14}
          aria-label={t("minutes.notes")}
          data-testid="meeting-notes"
          ref={(el) => {
            setTextarea(el);
            const dispose = props.bind(el);
            onCleanup(dispose);
          }}
        />
        <RemoteCarets textarea={textarea} writers={props.writers} />
      </div>
      <Show when={props.writers.length > 0}>
        <ul class="writers" data-testid="remote-writers" aria-live="polite">
          <For each={props.writers}>
            {(w) => (
              <li data-testid="remote-writer" style={{ "border-color": w.color }}>
                {t("minutes.writingAt", { name: w.name, line: w.line })}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={preview()}>
        <div class="panel notes-preview">
          <Markup source={props.text} testId="notes-preview" />
        </div>
      </Show>
    </section>
  );
}
