import { createSignal, For, Show } from "solid-js";
import type { Agency } from "@shared/model/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { removalOf, type AgencyUse } from "./agencyRemoval.ts";
import { Field } from "../../ui/Field.tsx";

/**
 * The district's OPD list plus partners (CSR, BAAS/GENTING donors): per-workspace data, not a code constant.
 * Removing one asks first and says what happens (agencyRemoval.ts): deleted, or kept inactive when
 * claims, cards or members name it; inactive ones are listed apart and can be brought back.
 */
export function AgencyList(props: {
  agencies: Agency[];
  readOnly: boolean;
  onSave: (a: Agency) => void;
  use: (code: string) => AgencyUse;
  onRemove: (code: string, remove: "delete" | "deactivate") => void;
}) {
  const [removing, setRemoving] = createSignal<string | null>(null);
  const active = () => props.agencies.filter((a) => !a.inactiveSince);
  const inactive = () => props.agencies.filter((a) => !!a.inactiveSince);
  const verdict = (code: string) => removalOf(props.use(code), props.agencies.length);
  const [code, setCode] = createSignal("");
  const [name, setName] = createSignal("");
  const [tried, setTried] = createSignal(false);
  const codeError = () => (tried() && !/^[A-Z0-9_-]{2,32}$/.test(code()) ? t("settings.agencyCodeInvalid") : undefined);
  const nameError = () => (tried() && !name().trim() ? t("settings.agencyNameRequired") : undefined);
  return (
    <div>
      <ul class="cards" data-testid="agency-list">
        <For each={active()}>
          {(a) => (
            <li class="card" data-testid="agency" data-code={a.code}>
              <strong>{a.code}</strong>
              <span class="muted">{a.name}</span>
              <Show when={!props.readOnly}>
                <Show
                  when={removing() === a.code}
                  fallback={
                    <button type="button" class="link-button" aria-label={t("settings.agencyRemoveNamed", { code: a.code })} onClick={() => setRemoving(a.code)}>
                      {t("settings.agencyRemove")}
                    </button>
                  }
                >
                  <div role="alertdialog" aria-label={t("settings.agencyRemoveNamed", { code: a.code })} data-testid="agency-remove-confirm">
                    <p>{verdict(a.code) === "delete" ? t("settings.agencyDeleteConfirm", { code: a.code }) : t("settings.agencyDeactivateConfirm", { code: a.code, ...props.use(a.code) })}</p>
                    <div class="actions">
                      <button
                        type="button"
                        class="secondary danger"
                        onClick={() => {
                          props.onRemove(a.code, verdict(a.code));
                          setRemoving(null);
                        }}
                      >
                        {t("delete.yes")}
                      </button>
                      <button type="button" class="secondary" onClick={() => setRemoving(null)}>
                        {t("common.cancel")}
                      </button>
                    </div>
                  </div>
                </Show>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={inactive().length > 0}>
        <h3 class="muted">{t("settings.agencyInactive")}</h3>
        <ul class="cards" data-testid="agency-inactive-list">
          <For each={inactive()}>
            {(a) => (
              <li class="card" data-testid="agency-inactive" data-code={a.code}>
                <strong>{a.code}</strong>
                <span class="muted">{a.name}</span>
                <span class="muted">{t("settings.agencyInactiveSince", { date: formatDate(a.inactiveSince ?? "") })}</span>
                <Show when={!props.readOnly}>
                  <button type="button" class="secondary" onClick={() => props.onSave({ code: a.code, name: a.name })}>
                    {t("settings.agencyReactivate")}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
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
