import { For } from "solid-js";
import type { SetStoreFunction } from "solid-js/store";
import { CONTRACEPTIONS } from "@shared/model/index.ts";
import type { Contraception } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import type { MemberDraft } from "./memberChecks.ts";

/** The PUS risk questions for a wife of 15-49: pregnant, contraception, children borne, last delivery. */
export function RiskAnswers(props: { draft: MemberDraft; set: SetStoreFunction<MemberDraft>; childrenText: string; onChildrenText: (v: string) => void; today: string; error: (key: "childrenCount" | "lastBirthDate") => string | undefined }) {
  const pregnantValue = () => (props.draft.pregnant === null ? "" : props.draft.pregnant ? "ya" : "tidak");
  return (
    <fieldset class="hh-risk" data-testid="risk-answers">
      <legend>{t("hh.risk.title")}</legend>
      <div class="row">
        <Field label={t("hh.risk.pregnant")}>
          <select name="pregnant" value={pregnantValue()} onChange={(e) => props.set("pregnant", e.currentTarget.value === "" ? null : e.currentTarget.value === "ya")}>
            <option value="">{t("hh.unknown")}</option>
            <option value="ya">{t("hh.yes")}</option>
            <option value="tidak">{t("hh.no")}</option>
          </select>
        </Field>
        <Field label={t("hh.risk.contraception")}>
          <select
            name="contraception"
            value={props.draft.contraception ?? ""}
            onChange={(e) => props.set("contraception", e.currentTarget.value === "" ? null : (e.currentTarget.value as Contraception))}
          >
            <option value="">{t("hh.unknown")}</option>
            <For each={CONTRACEPTIONS}>{(c) => <option value={c}>{t(`hh.kb.${c}`)}</option>}</For>
          </select>
        </Field>
      </div>
      <div class="row">
        <Field label={t("hh.risk.childrenCount")} error={props.error("childrenCount")}>
          <input name="childrenCount" inputmode="numeric" value={props.childrenText} onInput={(e) => props.onChildrenText(e.currentTarget.value)} />
        </Field>
        <Field label={t("hh.risk.lastBirthDate")} error={props.error("lastBirthDate")}>
          <input
            name="lastBirthDate"
            type="date"
            max={props.today}
            value={props.draft.lastBirthDate ?? ""}
            onInput={(e) => props.set("lastBirthDate", e.currentTarget.value === "" ? null : e.currentTarget.value)}
          />
        </Field>
      </div>
    </fieldset>
  );
}
