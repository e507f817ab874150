import { For, Show } from "solid-js";
import type { Meeting, MeetingPatch } from "@shared/model/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";

/** Title, date, time, place, chair (ketua rapat) and note-taker (notulis); each field saves when it is left. */
export function MeetingDetails(props: { meeting: Meeting; names: string[]; readOnly: boolean; onChange: (patch: MeetingPatch) => void }) {
  const m = () => props.meeting;
  const input = (key: keyof MeetingPatch, type = "text", list?: string) => (
    <input
      name={key}
      type={type}
      list={list}
      value={m()[key]}
      onChange={(e) => props.onChange({ [key]: e.currentTarget.value.trim() })}
    />
  );
  return (
    <Show
      when={!props.readOnly}
      fallback={
        <dl class="hh-facts" data-testid="meeting-facts">
          <dt>{t("minutes.date")}</dt>
          <dd>{`${formatDate(m().date)}${m().time ? `, ${m().time}` : ""}`}</dd>
          <dt>{t("minutes.place")}</dt>
          <dd>{m().place || t("common.none")}</dd>
          <dt>{t("minutes.chair")}</dt>
          <dd data-testid="meeting-chair">{m().chair || t("common.none")}</dd>
          <dt>{t("minutes.noteTaker")}</dt>
          <dd data-testid="meeting-notetaker">{m().noteTaker || t("common.none")}</dd>
        </dl>
      }
    >
      <div class="form" data-testid="meeting-details">
        <Field label={t("minutes.titleField")}>{input("title")}</Field>
        <div class="row">
          <Field label={t("minutes.date")}>{input("date", "date")}</Field>
          <Field label={t("minutes.time")}>{input("time", "time")}</Field>
        </div>
        <Field label={t("minutes.place")}>{input("place")}</Field>
        <div class="row">
          <Field label={t("minutes.chair")}>{input("chair", "text", "minutes-people")}</Field>
          <Field label={t("minutes.noteTaker")}>{input("noteTaker", "text", "minutes-people")}</Field>
        </div>
        <datalist id="minutes-people">
          <For each={props.names}>{(n) => <option value={n} />}</For>
        </datalist>
      </div>
    </Show>
  );
}
