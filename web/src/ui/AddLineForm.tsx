import { createSignal } from "solid-js";
import { t } from "../i18n/index.ts";

/** One text line and "Tambah": for lists (agenda items, decisions). Empty text adds nothing. */
export function AddLineForm(props: { name: string; label: string; onAdd: (text: string) => void }) {
  const [draft, setDraft] = createSignal("");
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!draft().trim()) return;
        props.onAdd(draft().trim());
        setDraft("");
      }}
    >
      <input name={props.name} aria-label={props.label} placeholder={props.label} value={draft()} onInput={(e) => setDraft(e.currentTarget.value)} />
      <button type="submit" class="secondary">
        {t("common.add")}
      </button>
    </form>
  );
}
