import { For, Show } from "solid-js";
import type { ActionItem, InterventionStatus, Meeting, WorkspaceProfile } from "@shared/model/index.ts";
import type { Minutes } from "../../state/minutes.ts";
import { formatDate, locale, t } from "../../i18n/index.ts";
import { Markup } from "./Markup.tsx";

function dayName(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return "";
  return new Intl.DateTimeFormat(locale() === "id" ? "id-ID" : "en-GB", { weekday: "long" }).format(new Date(`${date}T00:00:00`));
}

/**
 * The minutes in the usual "Notulen Rapat" form, for A4 paper: kop, title, when and
 * where, attendance with a signature column, agenda, notes, decisions, action items and
 * the signatures of the chair and the note-taker. Shown on screen as a preview; the
 * print stylesheet shows only this.
 */
export function PrintSheet(props: {
  profile: WorkspaceProfile;
  fallbackName: string;
  meeting: Meeting;
  minutes: Minutes;
  notes: string;
  /** the pokja's internal notes when the pokja chose to print them; null otherwise (and always on an OPD's device) */
  internalNotes: string | null;
  cardStatus: (item: ActionItem) => InterventionStatus | null | undefined;
}) {
  const m = () => props.meeting;
  const none = t("common.none");
  return (
    <article class="print-sheet" data-testid="print-sheet">
      <header class="print-kop" data-testid="print-kop">
        <strong class="print-kop-name">{(props.profile.name || props.fallbackName).toUpperCase()}</strong>
        <span>{t("minutes.print.pokja")}</span>
        <Show when={props.profile.kodeWilayah}>{(kode) => <span>{t("minutes.print.kode", { kode: kode() })}</span>}</Show>
      </header>
      <h1 class="print-title" data-testid="print-title">
        {t("minutes.print.heading")}
        <span>{m().title}</span>
      </h1>
      <table class="print-facts" data-testid="print-when">
        <tbody>
          <tr><th>{t("minutes.print.day")}</th><td>{`${dayName(m().date)}${m().date ? `, ${formatDate(m().date)}` : ""}`}</td></tr>
          <tr><th>{t("minutes.time")}</th><td>{m().time || none}</td></tr>
          <tr><th>{t("minutes.place")}</th><td>{m().place || none}</td></tr>
          <tr><th>{t("minutes.chair")}</th><td>{m().chair || none}</td></tr>
          <tr><th>{t("minutes.noteTaker")}</th><td>{m().noteTaker || none}</td></tr>
        </tbody>
      </table>
      <section class="print-block" data-testid="print-attendance">
        <h2>{t("minutes.print.attendance")}</h2>
        <table class="print-table">
          <thead><tr><th>{t("minutes.print.no")}</th><th>{t("minutes.print.name")}</th><th>{t("minutes.print.agencyRole")}</th><th class="print-sign-col">{t("minutes.print.signature")}</th></tr></thead>
          <tbody>
            <For each={props.minutes.attendees}>
              {(a, i) => (
                <tr data-testid="print-attendee"><td>{i() + 1}</td><td>{a.name}</td><td>{[a.position, a.agency].filter(Boolean).join(", ")}</td><td class="print-sign-col">{`${i() + 1}.`}</td></tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <section class="print-block" data-testid="print-agenda">
        <h2>{t("minutes.agenda")}</h2>
        <ol><For each={props.minutes.agenda}>{(a) => <li>{a.text}</li>}</For></ol>
      </section>
      <section class="print-block" data-testid="print-notes">
        <h2>{t("minutes.print.discussion")}</h2>
        <Markup source={props.notes} />
      </section>
      <Show when={props.internalNotes !== null}>
        <section class="print-block print-internal" data-testid="print-internal-notes">
          <h2>{t("internal.printHeading")}</h2>
          <Markup source={props.internalNotes ?? ""} />
        </section>
      </Show>
      <section class="print-block" data-testid="print-decisions">
        <h2>{t("minutes.decisions")}</h2>
        <ol><For each={props.minutes.decisions}>{(d) => <li>{d.text}</li>}</For></ol>
      </section>
      <section class="print-block" data-testid="print-actions">
        <h2>{t("minutes.actions")}</h2>
        <table class="print-table">
          <thead><tr><th>{t("minutes.print.no")}</th><th>{t("minutes.actionWhat")}</th><th>{t("minutes.actionWho")}</th><th>{t("minutes.actionDue")}</th><th>{t("minutes.print.boardStatus")}</th></tr></thead>
          <tbody>
            <For each={props.minutes.actions}>
              {(item, i) => {
                const status = () => props.cardStatus(item);
                return (
                  <tr data-testid="print-action">
                    <td>{i() + 1}</td><td>{item.what}</td><td>{[item.who, item.agency].filter(Boolean).join(", ") || none}</td>
                    <td>{item.due ? formatDate(item.due) : none}</td><td>{status() ? t(`status.${status()!}`) : none}</td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </section>
      <footer class="print-signatures">
        <div class="print-signature" data-testid="print-signature-chair">
          <span>{t("minutes.chair")}</span><span class="print-sign-space" /><strong>{m().chair || "(....................)"}</strong>
        </div>
        <div class="print-signature" data-testid="print-signature-notetaker">
          <span>{t("minutes.noteTaker")}</span><span class="print-sign-space" /><strong>{m().noteTaker || "(....................)"}</strong>
        </div>
      </footer>
    </article>
  );
}
