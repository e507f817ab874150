/**
 * Section 8: how far the village plan has got by the month's end (issue 19: "the monthly report shows the plan's
 * progress"). The activities of the report month's year made by the month's end, each with what its board cards
 * reached against its target, every card in its status at the month's end (statusesAt, so October's report printed
 * in December still says October), and the money spent by the month's end against its budget, per source. The same
 * sums as the plan's own screen (rules/plan/progress.ts). What a group card reached and the budget amounts keep no
 * history: they are as recorded when the report is computed. Nothing of it is sent up (sent.ts).
 */
import type { InterventionStatus } from "../../model/intervention.ts";
import { FUNDING_SOURCES, SEKSI, type PlanActivity } from "../../model/plan.ts";
import { planProgress, type ProgressCard } from "../plan/progress.ts";
import { percent } from "./areas.ts";
import { localDateOf, monthSpan } from "./month.ts";
import type { PlanSection, ReportPlan } from "./types.ts";

const seksiOrder = (a: PlanActivity) => {
  const i = (SEKSI as readonly string[]).indexOf(a.seksi);
  return i === -1 ? SEKSI.length : i;
};

export function planSection(plan: ReportPlan, month: string, offset: number, cardStatus: ReadonlyMap<string, InterventionStatus>): PlanSection {
  const { last } = monthSpan(month);
  const year = Number(month.slice(0, 4));
  const activities = plan.activities
    .filter((a) => {
      if (a.year !== year) return false;
      const made = localDateOf(a.createdAt, offset);
      return made === "" || made <= last;
    })
    .sort((a, b) => seksiOrder(a) - seksiOrder(b) || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
  // a card counts in the status it had at the month's end; one made after it (no status then) not at all
  const cards: ProgressCard[] = [];
  for (const card of plan.cards) {
    const status = cardStatus.get(card.id);
    if (status) cards.push({ ...card, status });
  }
  const progress = planProgress(activities, cards, last);
  const t = progress.totals;
  return {
    year,
    totals:
      activities.length === 0
        ? null
        : {
            kegiatan: t.activities,
            denganKartu: t.withCards,
            mencapaiSasaran: t.done,
            kartu: t.cards,
            tersalurkan: t.delivered,
            diterima: t.verified,
            anggaran: t.budget,
            realisasi: t.spent,
            barisBelumPasti: t.unsettledLines,
          },
    bySource: ([...FUNDING_SOURCES, ""] as const)
      .map((source) => ({ source, anggaran: t.bySource[source].budget, realisasi: t.bySource[source].spent }))
      .filter((s) => s.anggaran > 0 || s.realisasi > 0),
    activities: activities.map((a, i) => {
      const p = progress.activities[i]!;
      return {
        id: a.id,
        title: a.title,
        seksi: a.seksi,
        target: a.target,
        unit: a.unit,
        kartu: p.cards,
        tersalurkan: p.delivered,
        diterima: p.verified,
        terjangkau: p.reached,
        terjangkauDiterima: p.reachedVerified,
        capaian: p.target !== null && p.target > 0 ? percent(p.reached, p.target) : null,
        belumDicatat: p.missingReached,
        anggaran: p.budget,
        realisasi: p.spent,
      };
    }),
  };
}
