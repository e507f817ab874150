import { createSignal, For } from "solid-js";
import { DEFAULT_DOMAINS, type Agency } from "@shared/model/index.ts";
import { t, tMaybe } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";

/**
 * The lurah records that an agency or a donor (BAAS/GENTING "orang tua asuh", CSR) takes on this
 * family directly for a domain. The relay orders it with every other claim on the same
 * (family, domain): a family already handled is not helped twice.
 */
export function FamilyClaimForm(props: { agencies: Agency[]; onClaim: (agency: string, domain: string, note: string) => void }) {
  const [agency, setAgency] = createSignal("");
  const [domain, setDomain] = createSignal<string>(DEFAULT_DOMAINS[0]);
  const [note, setNote] = createSignal("");
  return (
    <form
      class="form"
      data-testid="family-claim-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!agency()) return;
        props.onClaim(agency(), domain(), note().trim());
        setNote("");
      }}
    >
      <div class="row">
        <Field label={t("board.agency")}>
          <select name="agency" value={agency()} onChange={(e) => setAgency(e.currentTarget.value)}>
            <option value="">{t("common.none")}</option>
            <For each={props.agencies}>{(a) => <option value={a.code}>{`${a.code}: ${a.name}`}</option>}</For>
          </select>
        </Field>
        <Field label={t("board.domain")}>
          <select name="domain" value={domain()} onChange={(e) => setDomain(e.currentTarget.value)}>
            <For each={DEFAULT_DOMAINS}>{(d) => <option value={d}>{tMaybe(`domain.${d}`, d)}</option>}</For>
          </select>
        </Field>
      </div>
      <Field label={t("hhBoard.claimNote")}>
        <input name="note" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
      <button type="submit" disabled={!agency()}>
        {t("hhBoard.claimFamily")}
      </button>
    </form>
  );
}
