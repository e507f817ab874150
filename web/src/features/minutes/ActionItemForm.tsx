import { createSignal, For } from "solid-js";
import type { ActionItemFields, Agency } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";

/** A new action item (tindak lanjut): what, who (a person and/or an agency), due date. */
export function ActionItemForm(props: { agencies: Agency[]; names: string[]; onSave: (f: ActionItemFields) => void }) {
  const [what, setWhat] = createSignal("");
  const [who, setWho] = createSignal("");
  const [agency, setAgency] = createSignal("");
  const [due, setDue] = createSignal("");
  const [tried, setTried] = createSignal(false);
  return (
    <form
      class="form action-form"
      data-testid="action-form"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!what().trim()) return;
        props.onSave({ what: what().trim(), who: who().trim(), agency: agency(), due: due() });
        setWhat("");
        setWho("");
        setAgency("");
        setDue("");
        setTried(false);
      }}
    >
      <Field label={t("minutes.actionWhat")} error={tried() && !what().trim() ? t("minutes.actionWhatRequired") : undefined}>
        <input name="what" value={what()} onInput={(e) => setWhat(e.currentTarget.value)} />
      </Field>
      <div class="row">
        <Field label={t("minutes.actionWho")}>
          <input name="who" list="action-people" value={who()} onInput={(e) => setWho(e.currentTarget.value)} />
        </Field>
        <Field label={t("minutes.actionAgency")}>
          <select name="agency" value={agency()} onChange={(e) => setAgency(e.currentTarget.value)}>
            <option value="">{t("common.none")}</option>
            <For each={props.agencies}>{(a) => <option value={a.code}>{`${a.code}: ${a.name}`}</option>}</For>
          </select>
        </Field>
      </div>
      <Field label={t("minutes.actionDue")}>
        <input name="due" type="date" value={due()} onInput={(e) => setDue(e.currentTarget.value)} />
      </Field>
      <datalist id="action-people">
        <For each={props.names}>{(n) => <option value={n} />}</For>
      </datalist>
      <div class="actions">
        <button type="submit">{t("minutes.addAction")}</button>
      </div>
    </form>
  );
}
