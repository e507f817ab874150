import { createSignal, For, Show, type Accessor } from "solid-js";
import { DEFAULT_DOMAINS, type Agency, type InterventionFields } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";

/** A new intervention card: what, which agency, which Ragapantas domain. */
export function InterventionForm(props: { agencies: Accessor<Agency[]>; fixedAgency: string | null; onSave: (f: InterventionFields) => void; onCancel: () => void }) {
  const [title, setTitle] = createSignal("");
  const [agency, setAgency] = createSignal(props.fixedAgency ?? "");
  const [domain, setDomain] = createSignal<string>(DEFAULT_DOMAINS[0]);
  const [tried, setTried] = createSignal(false);
  const titleError = () => (tried() && !title().trim() ? t("board.titleRequired") : undefined);
  const agencyError = () => (tried() && !agency() ? t("board.agencyRequired") : undefined);

  return (
    <form
      class="form"
      data-testid="intervention-form"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!title().trim() || !agency()) return;
        props.onSave({ title: title().trim(), agency: agency(), domain: domain(), status: "open" });
      }}
    >
      <Field label={t("board.titleField")} error={titleError()}>
        <input name="title" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
      </Field>
      <Field label={t("board.agency")} error={agencyError()}>
        <Show when={!props.fixedAgency} fallback={<input name="agency" value={props.fixedAgency ?? ""} disabled />}>
          <select name="agency" value={agency()} onChange={(e) => setAgency(e.currentTarget.value)}>
            <option value="">{t("common.none")}</option>
            <For each={props.agencies()}>{(a) => <option value={a.code}>{`${a.code}: ${a.name}`}</option>}</For>
          </select>
        </Show>
      </Field>
      <Field label={t("board.domain")}>
        <select name="domain" value={domain()} onChange={(e) => setDomain(e.currentTarget.value)}>
          <For each={DEFAULT_DOMAINS}>{(d) => <option value={d}>{t(`domain.${d}`)}</option>}</For>
        </select>
      </Field>
      <div class="actions">
        <button type="submit">{t("common.save")}</button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
