import { onCleanup } from "solid-js";
import { t } from "../../i18n/index.ts";

/** The shared notes of one meeting; the state layer binds the textarea to the CRDT text. */
export function MeetingNotes(props: { bind: (el: HTMLTextAreaElement) => () => void }) {
  return (
    <label class="field">
      <span class="field-label">{t("minutes.notes")}</span>
      <textarea
        class="notes"
        rows={14}
        data-testid="meeting-notes"
        ref={(el) => {
          const dispose = props.bind(el);
          onCleanup(dispose);
        }}
      />
    </label>
  );
}
