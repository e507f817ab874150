import { createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { EDUCATIONS, MARITAL_STATUSES, RELATIONS, emptyMember, type MemberFields } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import { asksRiskQuestions, checkMember, cleanNik, MEMBER_KEYS, type MemberDraft, type MemberErrors } from "./memberChecks.ts";
import { RiskAnswers } from "./RiskAnswers.tsx";
import { FormActions } from "../../ui/FormActions.tsx";

function pickDraft(source: Partial<MemberDraft> | undefined): MemberDraft {
  const out = emptyMember();
  if (source) for (const key of MEMBER_KEYS) if (source[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = source[key];
  return out;
}

/**
 * Add or edit one member. Saves only what changed: an unchanged risk answer is
 * never rewritten, so it cannot silently settle a conflict from another phone.
 */
export function MemberForm(props: { initial?: Partial<MemberDraft>; today: string; onSave: (patch: Partial<MemberDraft>) => void; onCancel: () => void }) {
  const start = pickDraft(props.initial);
  const [draft, setDraft] = createStore<MemberDraft>({ ...start });
  const [childrenText, setChildrenText] = createSignal(start.childrenCount?.toString() ?? "");
  const [tried, setTried] = createSignal(false);

  const asked = () => asksRiskQuestions(draft, props.today);
  const fields = (): MemberDraft => {
    const text = childrenText().trim();
    const childrenCount = text === "" ? null : /^\d+$/.test(text) ? Number(text) : Number.NaN;
    return { ...pickDraft(draft), nik: cleanNik(draft.nik), nama: draft.nama.trim(), childrenCount };
  };
  const check = () => checkMember(fields(), props.today);
  const error = (key: keyof MemberErrors) => {
    const keys = tried() ? check().errors[key] : undefined;
    return keys ? keys.map((k) => t(k)).join(" ") : undefined;
  };
  // warnings show as soon as the NIK is readable: they never block saving
  const warnings = () => (cleanNik(draft.nik).length === 16 ? check().warnings : []);

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    const next = fields();
    if (!asked()) Object.assign(next, { pregnant: start.pregnant, contraception: start.contraception, childrenCount: start.childrenCount, lastBirthDate: start.lastBirthDate });
    if (Object.keys(checkMember(next, props.today).errors).length > 0) return;
    const patch: Partial<MemberDraft> = {};
    for (const key of MEMBER_KEYS) if (next[key] !== start[key]) (patch as unknown as Record<string, unknown>)[key] = next[key];
    props.onSave(patch);
  };
  const choose = (key: "sex" | "relation" | "education" | "maritalStatus") => (e: { currentTarget: HTMLSelectElement }) =>
    setDraft({ [key]: e.currentTarget.value } as Partial<MemberFields>);

  return (
    <form class="form" onSubmit={submit} novalidate data-testid="member-form">
      <Field label={t("hh.member.nama")} error={error("nama")}>
        <input name="nama" value={draft.nama} onInput={(e) => setDraft("nama", e.currentTarget.value)} autocomplete="off" />
      </Field>
      <Field label={t("hh.member.nik")} error={error("nik")}>
        <input name="nik" inputmode="numeric" autocomplete="off" value={draft.nik} onInput={(e) => setDraft("nik", e.currentTarget.value)} />
      </Field>
      <Show when={warnings().length > 0}>
        <ul class="hh-warnings" data-testid="nik-warnings">
          <For each={warnings()}>{(w) => <li>{`${t("hh.member.warning")}: ${t(w)}`}</li>}</For>
        </ul>
      </Show>
      <div class="row">
        <Field label={t("hh.member.relation")}>
          <select name="relation" value={draft.relation} onChange={choose("relation")}>
            <option value="">{t("common.none")}</option>
            <For each={RELATIONS}>{(r) => <option value={r}>{t(`hh.relation.${r}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t("hh.member.sex")}>
          <select name="sex" value={draft.sex} onChange={choose("sex")}>
            <option value="">{t("common.none")}</option>
            <option value="M">{t("hh.sex.M")}</option>
            <option value="F">{t("hh.sex.F")}</option>
          </select>
        </Field>
      </div>
      <Field label={t("hh.member.birthDate")} error={error("birthDate")}>
        <input name="birthDate" type="date" max={props.today} value={draft.birthDate} onInput={(e) => setDraft("birthDate", e.currentTarget.value)} />
      </Field>
      <div class="row">
        <Field label={t("hh.member.education")}>
          <select name="education" value={draft.education} onChange={choose("education")}>
            <option value="">{t("common.none")}</option>
            <For each={EDUCATIONS}>{(v) => <option value={v}>{t(`hh.edu.${v}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t("hh.member.marital")}>
          <select name="maritalStatus" value={draft.maritalStatus} onChange={choose("maritalStatus")}>
            <option value="">{t("common.none")}</option>
            <For each={MARITAL_STATUSES}>{(v) => <option value={v}>{t(`hh.marital.${v}`)}</option>}</For>
          </select>
        </Field>
      </div>
      <Show when={asked()}>
        <RiskAnswers draft={draft} set={setDraft} childrenText={childrenText()} onChildrenText={setChildrenText} today={props.today} error={error} />
      </Show>
      <FormActions onCancel={() => props.onCancel()} />
    </form>
  );
}
