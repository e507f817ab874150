import { createSignal } from "solid-js";
import type { MeetingFields } from "@shared/model/index.ts";
import { localIsoDate, t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import { FormActions } from "../../ui/FormActions.tsx";

const today = (): string => localIsoDate();

export function MeetingForm(props: { onSave: (f: MeetingFields) => void; onCancel: () => void }) {
  const [title, setTitle] = createSignal("");
  const [date, setDate] = createSignal(today());
  const [time, setTime] = createSignal("");
  const [place, setPlace] = createSignal("");
  const [tried, setTried] = createSignal(false);
  return (
    <form
      class="form"
      data-testid="meeting-form"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!title().trim()) return;
        props.onSave({ title: title().trim(), date: date(), time: time(), place: place().trim() });
      }}
    >
      <Field label={t("minutes.titleField")} error={tried() && !title().trim() ? t("minutes.titleRequired") : undefined}>
        <input name="title" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
      </Field>
      <div class="row">
        <Field label={t("minutes.date")}>
          <input name="date" type="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
        </Field>
        <Field label={t("minutes.time")}>
          <input name="time" type="time" value={time()} onInput={(e) => setTime(e.currentTarget.value)} />
        </Field>
      </div>
      <Field label={t("minutes.place")}>
        <input name="place" value={place()} onInput={(e) => setPlace(e.currentTarget.value)} />
      </Field>
      <FormActions onCancel={() => props.onCancel()} />
    </form>
  );
}
