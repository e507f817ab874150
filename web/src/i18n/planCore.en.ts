import type { planCoreId } from "./planCore.ts";

export const planCoreEn: Record<keyof typeof planCoreId, string> = {
  "nav.rencana": "Plan",
  "doc.plan": "village plan",
  "plan.number.invalid": "Type a whole number, e.g. 35 or 1.200.",
  "plan.card.plan": "Work plan: target {target}",
  "plan.card.reached": "Number reached",
  "plan.card.reachedShown": "reached {reached}",
  "plan.card.reachedMissing": "number reached not recorded",
};
