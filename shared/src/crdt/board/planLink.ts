import * as Y from "yjs";
import { isBoardId } from "../../model/claim.ts";
import { isTargetCount } from "../../model/plan.ts";
import { interventionsMap } from "./layout.ts";

/**
 * A card made from an activity of the village plan (issue 19) carries the activity's id and its target, and its
 * agency (or the pokja) records how many of the target it reached: scalar fields of the card's Y.Map beside its
 * details (./details.ts), which the relay's guard leaves alone as it does every field but agency and status. The
 * plan reads its progress from these (rules/plan/progress.ts); the board never reads the plan.
 *
 * planActivity: the activity id; planTarget: the activity's target count when the card was made (its unit is the
 * activity's); reached: how many the card's work reached (families, children or people), null until recorded.
 */
export interface PlanLink {
  activityId: string;
  planTarget: number | null;
  reached: number | null;
}

const count = (v: unknown): number | null => (isTargetCount(v) ? v : null);

/** The card's link to the plan, or null for a card no activity made. */
export function readPlanLink(map: unknown): PlanLink | null {
  if (!(map instanceof Y.Map)) return null;
  const activityId = map.get("planActivity");
  if (!isBoardId(activityId)) return null;
  return { activityId, planTarget: count(map.get("planTarget")), reached: count(map.get("reached")) };
}

/** Writes the link (in the transaction that makes the card) or a later `reached`; false for an unknown card or a bad value. */
export function writePlanLink(doc: Y.Doc, cardId: string, patch: Partial<PlanLink>): boolean {
  const map = interventionsMap(doc).get(cardId);
  if (!(map instanceof Y.Map)) return false;
  if (patch.activityId !== undefined && !isBoardId(patch.activityId)) return false;
  for (const v of [patch.planTarget, patch.reached]) if (v !== undefined && v !== null && !isTargetCount(v)) return false;
  doc.transact(() => {
    const fields: Array<[string, string | number | null | undefined]> = [["planActivity", patch.activityId], ["planTarget", patch.planTarget], ["reached", patch.reached]];
    for (const [key, value] of fields) {
      if (value === undefined) continue;
      if (value === null) map.delete(key);
      else if (map.get(key) !== value) map.set(key, value);
    }
  });
  return true;
}
