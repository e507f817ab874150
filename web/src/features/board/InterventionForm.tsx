import { createSignal, For, Show, type Accessor } from "solid-js";
import { DEFAULT_DOMAINS, type Agency, type InterventionFields } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import type { InterventionDetails, NeedView } from "../../state/board.ts";
import { Field } from "../../ui/Field.tsx";
import { needTitle } from "./claimText.ts";
import { TargetField, targetDetails, type TargetChoice } from "./TargetField.tsx";
import { FormActions } from "../../ui/FormActions.tsx";

/** A new card: what, which agency and domain, for whom, by when, paid by whom. */
export function InterventionForm(props: {
  agencies: Accessor<Agency[]>;
  needs: Accessor<NeedView[]>;
  fixedAgency: string | null;
  need?: NeedView;
  onSave: (f: InterventionFields, d: InterventionDetails) => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = createSignal(props.need ? needTitle(props.need) : "");
  const [description, setDescription] = createSignal("");
  const [agency, setAgency] = createSignal(props.fixedAgency ?? "");
  const [domain, setDomain] = createSignal<string>(props.need?.domain ?? DEFAULT_DOMAINS[0]);
  const [target, setTarget] = createSignal<TargetChoice>(props.need ? { kind: "need", needId: props.need.id, rt: "", rw: "" } : { kind: "kampung", needId: "", rt: "", rw: "" });
  const [dueDate, setDueDate] = createSignal("");
  const [funding, setFunding] = createSignal("");
  const [tried, setTried] = createSignal(false);
  const titleError = () => (tried() && !title().trim() ? t("board.titleRequired") : undefined);
  const agencyError = () => (tried() && !agency() ? t("board.agencyRequired") : undefined);
  const details = () => targetDetails(target(), props.needs());

  return (
    <form
      class="form"
      data-testid="intervention-form"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        const d = details();
        if (!title().trim() || !agency() || !d) return;
        // a card for a claimed need starts as claimed: the agency has it already
        const status = props.need ? "claimed" : "open";
        props.onSave({ title: title().trim(), agency: agency(), domain: domain(), status }, { ...d, description: description().trim(), dueDate: dueDate(), funding: funding().trim() });
      }}
    >
      <Field label={t("board.titleField")} error={titleError()}>
        <input name="title" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
      </Field>
      <Field label={t("board.description")}>
        <textarea name="description" value={description()} onInput={(e) => setDescription(e.currentTarget.value)} />
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
      <TargetField value={target()} needs={props.needs()} tried={tried()} onChange={(v) => {
        setTarget(v);
        const need = props.needs().find((n) => n.id === v.needId);
        if (v.kind === "need" && need) setDomain(need.domain);
      }} />
      <Field label={t("board.dueDate")}>
        <input type="date" name="dueDate" value={dueDate()} onInput={(e) => setDueDate(e.currentTarget.value)} />
      </Field>
      <Field label={t("board.funding")}>
        <input name="funding" value={funding()} onInput={(e) => setFunding(e.currentTarget.value)} />
      </Field>
      <FormActions onCancel={() => props.onCancel()} />
    </form>
  );
}
