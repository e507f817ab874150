import type { PlanActivity } from "@shared/model/index.ts";
import type { PlanProgress } from "@shared/rules/plan/index.ts";
import { groupLabel, monthsLabel, placeText, responsibleLabel, sourceLabel, unitLabel, type GroupBy } from "./planText.ts";
import { tp } from "../../i18n/plan.ts";

/**
 * The year's plan as XLSX (write-excel-file, loaded on the first export): one sheet of the activities with their
 * progress, one of every budget line with its spending. Groups and counts only, as the plan itself: no family.
 * Amounts are number cells with the Indonesian thousands format, so a bendahara can sum them in a spreadsheet.
 */
export async function exportPlanXlsx(activities: PlanActivity[], progress: PlanProgress, groupBy: GroupBy, year: number, village: string): Promise<void> {
  const { default: writeXlsxFile } = await import("write-excel-file/browser");
  const head = (text: string) => ({ value: text, fontWeight: "bold" as const });
  const num = (v: number | null) => (v === null ? null : { value: v, type: Number, format: "#,##0" });
  const byId = new Map(progress.activities.map((p) => [p.activityId, p]));
  const activitySheet = [
    [
      head(groupBy === "seksi" ? tp("plan.field.seksi") : tp("plan.field.domain")),
      head(tp("plan.print.col.activity")),
      head(tp("plan.field.targetGroup")),
      head(tp("plan.field.target")),
      head(tp("plan.field.unit")),
      head(tp("plan.print.col.place")),
      head(tp("plan.print.col.time")),
      head(tp("plan.print.col.responsible")),
      head(tp("plan.field.indicator")),
      head(tp("plan.field.indicatorTarget")),
      head(tp("plan.print.col.budget")),
      head(tp("plan.xlsx.spent")),
      head(tp("plan.xlsx.cards")),
      head(tp("plan.xlsx.reached")),
    ],
    ...activities.map((a) => {
      const p = byId.get(a.id);
      return [
        groupLabel(groupBy === "seksi" ? a.seksi : a.domain, groupBy),
        a.title,
        a.targetGroup,
        num(a.target),
        unitLabel(a.unit),
        placeText(a),
        monthsLabel(a.months),
        responsibleLabel(a.responsible),
        a.indicator,
        num(a.indicatorTarget),
        num(p?.budget ?? 0),
        num(p?.spent ?? 0),
        num(p?.cards ?? 0),
        num(p?.reached ?? 0),
      ];
    }),
  ];
  const budgetSheet = [
    [head(tp("plan.print.col.activity")), head(tp("plan.budget.label")), head(tp("plan.budget.source")), head(tp("plan.budget.amount")), head(tp("plan.xlsx.spent"))],
    ...activities.flatMap((a) =>
      a.budget.map((l) => [a.title, l.label, sourceLabel(l.source), num(l.amount), num(a.spending.filter((s) => s.lineId === l.id).reduce((n, s) => n + s.amount, 0))]),
    ),
  ];
  const safe = village.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "desa";
  await writeXlsxFile([
    { sheet: tp("plan.xlsx.sheetActivities"), data: activitySheet },
    { sheet: tp("plan.xlsx.sheetBudget"), data: budgetSheet },
  ]).toFile(`rencana-kerja-${safe}-${year}.xlsx`);
}
