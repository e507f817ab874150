import { createSignal, For, Show } from "solid-js";
import { CONSENT_METHODS, type Consent, type ConsentMethod } from "@shared/model/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";

/** The family's consent to its data being kept (UU 27/2022): who, when and how. */
export function ConsentRecord(props: { consent: Consent | null; defaultBy: string; today: string; writable: boolean; onRecord: (consent: Consent) => void }) {
  const [open, setOpen] = createSignal(false);
  const [by, setBy] = createSignal("");
  const [at, setAt] = createSignal("");
  const [how, setHow] = createSignal<ConsentMethod>("tertulis");
  const [tried, setTried] = createSignal(false);

  const start = () => {
    setBy(props.consent?.by ?? props.defaultBy);
    setAt(props.consent?.at ?? props.today);
    setHow(props.consent?.how ?? "tertulis");
    setTried(false);
    setOpen(true);
  };
  const byError = () => (tried() && by().trim() === "" ? t("hh.consent.byRequired") : undefined);
  const atError = () => (tried() && !(/^\d{4}-\d{2}-\d{2}$/.test(at()) && at() <= props.today) ? t("hh.consent.atInvalid") : undefined);
  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (byError() || atError()) return;
    props.onRecord({ by: by().trim(), at: at(), how: how() });
    setOpen(false);
  };

  return (
    <section class="panel" data-testid="consent">
      <h2>{t("hh.consent.title")}</h2>
      <p data-testid="consent-summary">
        {props.consent
          ? t("hh.consent.summary", { by: props.consent.by, date: formatDate(props.consent.at), how: t(`hh.consent.${props.consent.how}`) })
          : t("hh.consent.none")}
      </p>
      <Show when={props.writable && !open()}>
        <button type="button" class="secondary" onClick={start} data-testid="record-consent">
          {t("hh.consent.record")}
        </button>
      </Show>
      <Show when={open()}>
        <form class="form" onSubmit={submit} novalidate data-testid="consent-form">
          <Field label={t("hh.consent.by")} error={byError()}>
            <input name="consentBy" value={by()} onInput={(e) => setBy(e.currentTarget.value)} />
          </Field>
          <div class="row">
            <Field label={t("hh.consent.at")} error={atError()}>
              <input name="consentAt" type="date" max={props.today} value={at()} onInput={(e) => setAt(e.currentTarget.value)} />
            </Field>
            <Field label={t("hh.consent.how")}>
              <select name="consentHow" value={how()} onChange={(e) => setHow(e.currentTarget.value as ConsentMethod)}>
                <For each={CONSENT_METHODS}>{(m) => <option value={m}>{t(`hh.consent.${m}`)}</option>}</For>
              </select>
            </Field>
          </div>
          <div class="actions">
            <button type="submit">{t("common.save")}</button>
            <button type="button" class="secondary" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}
