import type { InterventionStatus } from "../../model/intervention.ts";
import { FUNDING_SOURCES, type FundingSource, type PlanActivity, type TargetUnit } from "../../model/plan.ts";

/**
 * How far the village plan has got (issue 19): for each activity, from the board cards made for it and the money
 * recorded against its budget. Pure: plain activities and cards in (the board's cards carry their activity:
 * crdt/board/planLink.ts), plain sums out, the same for the plan screen, its print and the monthly report.
 *
 * - A card counts once it is linked to the activity. Delivered = delivered or verified ("diterima dan dimanfaatkan").
 * - Reached: a card for one family (target need:<id> or family:<id>) reaches that family once delivered, counted
 *   once per activity however many of its cards name it; a card for a group (an RT, the kampung) reaches the number
 *   its agency recorded (`reached`), once delivered. A delivered group card without that number reaches nothing and
 *   is counted in `missingReached`, so the screen can ask for it rather than guess.
 * - reachedVerified: the same, counting verified cards only (the national "diterima dan dimanfaatkan" coverage).
 * - Budget: the lines' amounts; a line with no amount (not set, or two devices disagree) adds nothing and is counted
 *   in `unsettledLines`. Spending: every record, or those dated on or before `asOf` (YYYY-MM-DD) when given.
 */
export interface ProgressCard {
  status: InterventionStatus;
  /** "need:<id>" | "family:<id>" | "rt:<n>" | "kampung" (crdt/board/details.ts) */
  target: string;
  familyId: string;
  plan: { activityId: string; reached: number | null } | null;
}

export interface SourceSums {
  budget: number;
  spent: number;
}

export interface ActivityProgress {
  activityId: string;
  target: number | null;
  unit: TargetUnit;
  cards: number;
  delivered: number;
  verified: number;
  reached: number;
  reachedVerified: number;
  /** delivered group cards whose reach was not recorded */
  missingReached: number;
  /** reached / target, when the target is set and above zero */
  share: number | null;
  budget: number;
  spent: number;
  unsettledLines: number;
  /** by source; "" = a line with no source, or spending against a line removed since */
  bySource: Record<FundingSource | "", SourceSums>;
}

export interface PlanProgress {
  activities: ActivityProgress[];
  totals: {
    activities: number;
    /** activities with at least one card */
    withCards: number;
    /** activities whose verified reach met a target above zero */
    done: number;
    cards: number;
    delivered: number;
    verified: number;
    budget: number;
    spent: number;
    unsettledLines: number;
    bySource: Record<FundingSource | "", SourceSums>;
  };
}

const emptySources = (): Record<FundingSource | "", SourceSums> =>
  Object.fromEntries([...FUNDING_SOURCES, ""].map((s) => [s, { budget: 0, spent: 0 }])) as Record<FundingSource | "", SourceSums>;

const isFamilyTarget = (target: string) => target.startsWith("need:") || target.startsWith("family:");

export function activityProgress(activity: PlanActivity, cards: readonly ProgressCard[], asOf?: string): ActivityProgress {
  const mine = cards.filter((c) => c.plan?.activityId === activity.id);
  const reachedFamilies = new Set<string>();
  const verifiedFamilies = new Set<string>();
  let groupReached = 0;
  let groupVerified = 0;
  let missingReached = 0;
  let delivered = 0;
  let verified = 0;
  for (const card of mine) {
    const done = card.status === "delivered" || card.status === "verified";
    if (!done) continue;
    delivered += 1;
    if (card.status === "verified") verified += 1;
    if (isFamilyTarget(card.target) && card.familyId) {
      reachedFamilies.add(card.familyId);
      if (card.status === "verified") verifiedFamilies.add(card.familyId);
    } else if (card.plan?.reached === null || card.plan?.reached === undefined) {
      missingReached += 1;
    } else {
      groupReached += card.plan.reached;
      if (card.status === "verified") groupVerified += card.plan.reached;
    }
  }
  const bySource = emptySources();
  const sourceOf = new Map(activity.budget.map((l) => [l.id, l.source]));
  let budget = 0;
  let unsettledLines = 0;
  for (const line of activity.budget) {
    if (line.amount === null) {
      unsettledLines += 1;
      continue;
    }
    budget += line.amount;
    bySource[line.source].budget += line.amount;
  }
  let spent = 0;
  for (const s of activity.spending) {
    if (asOf !== undefined && s.date > asOf) continue;
    spent += s.amount;
    bySource[sourceOf.get(s.lineId) ?? ""].spent += s.amount;
  }
  const reached = reachedFamilies.size + groupReached;
  return {
    activityId: activity.id,
    target: activity.target,
    unit: activity.unit,
    cards: mine.length,
    delivered,
    verified,
    reached,
    reachedVerified: verifiedFamilies.size + groupVerified,
    missingReached,
    share: activity.target !== null && activity.target > 0 ? reached / activity.target : null,
    budget,
    spent,
    unsettledLines,
    bySource,
  };
}

/** Every activity's progress (in the order given) and the plan's totals. */
export function planProgress(activities: readonly PlanActivity[], cards: readonly ProgressCard[], asOf?: string): PlanProgress {
  const rows = activities.map((a) => activityProgress(a, cards, asOf));
  const bySource = emptySources();
  const totals = { activities: rows.length, withCards: 0, done: 0, cards: 0, delivered: 0, verified: 0, budget: 0, spent: 0, unsettledLines: 0, bySource };
  for (const row of rows) {
    if (row.cards > 0) totals.withCards += 1;
    if (row.target !== null && row.target > 0 && row.reachedVerified >= row.target) totals.done += 1;
    totals.cards += row.cards;
    totals.delivered += row.delivered;
    totals.verified += row.verified;
    totals.budget += row.budget;
    totals.spent += row.spent;
    totals.unsettledLines += row.unsettledLines;
    for (const source of [...FUNDING_SOURCES, ""] as const) {
      bySource[source].budget += row.bySource[source].budget;
      bySource[source].spent += row.bySource[source].spent;
    }
  }
  return { activities: rows, totals };
}
