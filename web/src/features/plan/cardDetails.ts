import type { PlanActivity, PlanYear } from "@shared/model/index.ts";
import type { InterventionDetails } from "../../state/board.ts";
import { areaLabel, rupiah, sourceLabel, targetText } from "./planText.ts";
import { tp } from "../../i18n/plan.ts";

/**
 * What a board card made from an activity says (issue 19: it carries the activity's target and domain): whom it is
 * for and how many, where, by the end of the activity's last month, paid by which sources. A group and a count:
 * the card names no family (the board is read by OPD and pemantau as the plan is).
 */
export function cardDetails(a: PlanActivity, year: PlanYear): InterventionDetails {
  const target = [a.targetGroup.trim(), targetText(a)].filter(Boolean).join(": ");
  const last = a.months.at(-1);
  const dueDate = last === undefined ? "" : `${year.year}-${String(last).padStart(2, "0")}-${String(new Date(Date.UTC(year.year, last, 0)).getUTCDate()).padStart(2, "0")}`;
  const funding = a.budget
    .filter((l) => l.amount !== null && l.amount > 0)
    .map((l) => `${sourceLabel(l.source)} ${rupiah(l.amount!)}`)
    .join(", ");
  return {
    description: tp("plan.board.cardSource", { year: year.year, target: target || "…" }),
    // RT numbers repeat across RWs: a group card names both (an activity for a whole RW, or the desa, is the kampung's)
    target: a.rt > 0 ? (a.rw > 0 ? `rt:${a.rt}/${a.rw}` : `rt:${a.rt}`) : "kampung",
    familyId: "",
    targetLabel: [target, areaLabel(a.rw, a.rt)].filter(Boolean).join(", "),
    dueDate,
    funding,
  };
}
