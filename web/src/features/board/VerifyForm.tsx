import { createSignal } from "solid-js";
import { t } from "../../i18n/index.ts";
import type { Verification } from "../../state/board.ts";
import { Field } from "../../ui/Field.tsx";
import { FormActions } from "../../ui/FormActions.tsx";

/** A kader or the lurah confirms the family received and used the help: the visit date and a note. */
export function VerifyForm(props: { today: string; onVerify: (v: Verification) => void; onCancel: () => void }) {
  const [date, setDate] = createSignal(props.today);
  const [note, setNote] = createSignal("");
  const [tried, setTried] = createSignal(false);
  const error = () => (tried() && (!date() || !note().trim()) ? t("board.verifyNeeds") : undefined);
  return (
    <form
      class="form"
      data-testid="verify-form"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (date() && note().trim()) props.onVerify({ date: date(), note: note().trim() });
      }}
    >
      <Field label={t("board.verifyDate")}>
        <input type="date" name="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
      </Field>
      <Field label={t("board.verifyNote")} error={error()}>
        <textarea name="note" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
      <FormActions onCancel={() => props.onCancel()} />
    </form>
  );
}
