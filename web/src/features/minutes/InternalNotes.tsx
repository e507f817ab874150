import { onCleanup, Show } from "solid-js";
import { t } from "../../i18n/index.ts";

/**
 * The pokja's internal part of the meeting: its own document, which the relay never sends to
 * OPD or pemantau devices, so this section exists only where that document does.
 */
export function InternalNotes(props: { bind: (el: HTMLTextAreaElement) => () => void; readOnly: boolean }) {
  return (
    <section class="minutes-notes internal-notes" data-testid="internal-notes">
      <h3>{t("internal.title")}</h3>
      <p class="muted">{t("internal.who")}</p>
      <Show when={!props.readOnly}>
        <p class="muted">{t("internal.hint")}</p>
      </Show>
      <textarea
        class="notes"
        rows={8}
        aria-label={t("internal.title")}
        data-testid="internal-notes-text"
        ref={(el) => onCleanup(props.bind(el))}
      />
    </section>
  );
}
