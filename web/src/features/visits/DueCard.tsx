import { Show } from "solid-js";
import { dayNumber } from "@shared/rules/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import type { DueFamily } from "./dueList.ts";

/** One family due a visit: name, RT/RW and what is due; the whole card opens the family's page. */
export function DueCard(props: { family: DueFamily; href: string }) {
  const h = () => props.family.household;
  const due = () => props.family.due;
  const what = () => {
    const d = due();
    if (d.reason === "krsBelumPernah" || d.daysLate === null) return t("myVisits.due.krsBelumPernah");
    // days since the latest visit: past due by daysLate, due krsEveryDays after it
    if (d.reason === "krsLama" && d.last) return t("myVisits.due.krsLama", { date: formatDate(d.last.date), days: d.daysLate + dayNumber(d.due) - dayNumber(d.last.date) });
    if (d.daysLate > 0) return t("myVisits.due.dijadwalkan.late", { date: formatDate(d.due), days: d.daysLate });
    return d.daysLate === 0 ? t("myVisits.due.dijadwalkan.today") : t("myVisits.due.dijadwalkan.soon", { date: formatDate(d.due), days: -d.daysLate });
  };
  return (
    <li data-testid="due-family" data-id={h().id}>
      <a class="card due-card" href={props.href}>
        <strong data-testid="due-name">{h().kepala}</strong>
        <span class="muted">{t("hh.rtrw", { rt: h().rt ?? "?", rw: h().rw ?? "?" })}</span>
        <span class="due-what" classList={{ late: (due().daysLate ?? 1) > 0 }} data-testid="due-what">
          {what()}
        </span>
        <Show when={due().last}>{(last) => <span class="muted">{t("myVisits.last", { date: formatDate(last().date), visitor: last().visitor })}</span>}</Show>
      </a>
    </li>
  );
}

