import { createSignal, For, Show } from "solid-js";
import type { Agency } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";

/** The district's OPD list plus partners (CSR, BAAS/GENTING donors): per-workspace data, not a code constant. */
export function AgencyList(props: { agencies: Agency[]; readOnly: boolean; onSave: (a: Agency) => void }) {
  const [code, setCode] = createSignal("");
  const [name, setName] = createSignal("");
  const [tried, setTried] = createSignal(false);
  const codeError = () => (tried() && !/^[A-Z0-9_-]{2,32}$/.test(code()) ? t("settings.agencyCodeInvalid") : undefined);
  const nameError = () => (tried() && !name().trim() ? t("settings.agencyNameRequired") : undefined);
  return (
    <div>
      <ul class="cards" data-testid="agency-list">
        <For each={props.agencies}>
          {(a) => (
            <li class="card">
              <strong>{a.code}</strong>
              <span class="muted">{a.name}</span>
            </li>
          )}
        </For>
      </ul>
      <Show when={!props.readOnly}>
        <form
          class="form"
          data-testid="agency-form"
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (codeError() || nameError()) return;
            props.onSave({ code: code(), name: name().trim() });
            setCode("");
            setName("");
            setTried(false);
          }}
        >
          <div class="row">
            <Field label={t("settings.agencyCode")} error={codeError()}>
              <input name="code" value={code()} onInput={(e) => setCode(e.currentTarget.value.toUpperCase().trim())} />
            </Field>
            <Field label={t("settings.agencyName")} error={nameError()}>
              <input name="name" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
            </Field>
          </div>
          <button type="submit">{t("settings.agencyAdd")}</button>
        </form>
      </Show>
    </div>
  );
}
