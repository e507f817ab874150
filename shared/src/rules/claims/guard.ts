import { own, parseClaim, parseComment, parseHistoryEvent, parseNeed, parseReassignment, parseWithdrawal } from "../../model/index.ts";
import { isStatus, type InterventionStatus } from "../../model/intervention.ts";
import { canClaim, canEditIntervention, canPublishNeed, canReassign, canWithdraw, type Actor } from "./permissions.ts";
import { nextStatuses } from "./statusFlow.ts";

/**
 * The relay's board guard, as pure functions: a plain snapshot of the board before
 * and after a device's update, the list of record-level changes between them, and
 * a verdict per change. shared/src/crdt/board.ts takes the snapshots; the relay
 * decides what to do with a refusal (see the report of issue 4: dropping a Yjs
 * update also strands that device's later updates, so refusals should be rare and
 * loud, and forged claims are better answered by a relay "rejected" verdict).
 *
 * Rules: claims, withdrawals and reassignments are only ever added (nothing on the
 * board is deleted, the history is append-only); confirmations are the relay's.
 */
export const RECORD_MAPS = ["interventions", "needs", "claims", "confirmations", "withdrawals", "reassignments", "comments"] as const;
export type RecordMapName = (typeof RECORD_MAPS)[number];

export type BoardSnapshot = Record<RecordMapName, ReadonlyMap<string, unknown>> & { history: readonly unknown[] };

export type BoardChange =
  | { map: RecordMapName; id: string; before: unknown; after: unknown }
  | { map: "history"; removed: number; appended: unknown[] };

/** JSON with sorted keys, so two equal records compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(own(value, k))}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

export function diffBoard(before: BoardSnapshot, after: BoardSnapshot): BoardChange[] {
  const changes: BoardChange[] = [];
  for (const map of RECORD_MAPS) {
    const ids = new Set([...before[map].keys(), ...after[map].keys()]);
    for (const id of [...ids].sort()) {
      const a = before[map].get(id);
      const b = after[map].get(id);
      if (canonical(a) !== canonical(b)) changes.push({ map, id, before: a, after: b });
    }
  }
  // The history only grows, but not only at its end: Yjs orders the concurrent appends
  // of two offline devices by client id, so a device's events may land before events
  // the relay already had. Every old event must still be there, in its order; the rest
  // was appended.
  let kept = 0;
  const appended: unknown[] = [];
  for (const event of after.history) {
    if (kept < before.history.length && canonical(event) === canonical(before.history[kept])) kept++;
    else appended.push(event);
  }
  const removed = before.history.length - kept;
  if (removed > 0 || appended.length > 0) changes.push({ map: "history", removed, appended });
  return changes;
}

export type ChangeVerdict = { ok: true } | { ok: false; reason: string };

const ok: ChangeVerdict = { ok: true };
const no = (reason: string): ChangeVerdict => ({ ok: false, reason });

function interventionChange(actor: Actor, before: unknown, after: unknown): ChangeVerdict {
  const agencies = [before, after].filter((r) => r !== undefined).map((r) => own(r, "agency"));
  if (!agencies.every((a) => typeof a === "string" && canEditIntervention(actor, { agency: a }))) return no("intervention of another agency");
  const from = own(before, "status");
  const to = own(after, "status");
  if (before !== undefined && after !== undefined && typeof from === "string" && typeof to === "string" && from !== to) {
    if (!isStatus(from) || !isStatus(to) || !nextStatuses(from, actor.role).includes(to as InterventionStatus)) return no(`status ${from} -> ${to} not allowed`);
    if (to === "verified" && (typeof own(after, "verifiedAt") !== "string" || typeof own(after, "verifiedNote") !== "string")) return no("verification needs a date and a note");
  }
  return ok;
}

/** The verdict on one change; `after` is the board with the update applied (to find the claim a withdrawal names). */
export function boardChangeAllowed(actor: Actor, change: BoardChange, after: BoardSnapshot): ChangeVerdict {
  if (actor.role === "viewer") return no("viewers do not write the board");
  if (change.map === "history") {
    if (change.removed > 0) return no("history is append-only");
    return change.appended.every((e) => parseHistoryEvent(e) !== null) ? ok : no("malformed history event");
  }
  const { map, id, before } = change;
  const added = before === undefined;
  switch (map) {
    case "interventions":
      return interventionChange(actor, before, change.after);
    case "needs":
      if (!canPublishNeed(actor)) return no("only the pokja and the lurah publish needs");
      if (change.after === undefined) return no("needs are closed, never deleted");
      return parseNeed(id, change.after) ? ok : no("malformed need");
    case "claims": {
      if (!added) return no("claims are never edited or deleted");
      const claim = parseClaim(id, change.after);
      if (!claim) return no("malformed claim");
      return canClaim(actor, claim) ? ok : no(`claim for agency ${claim.agency} by ${actor.role} ${actor.agency ?? ""}`.trim());
    }
    case "confirmations":
      return no("only the relay confirms claims");
    case "withdrawals": {
      // overwriting a withdrawal keeps the claim withdrawn (two people withdrew offline); undoing one is refused
      if (change.after === undefined || !parseWithdrawal(change.after)) return no("withdrawals are never undone");
      const claim = parseClaim(id, after.claims.get(id));
      if (!claim) return no("withdrawal of an unknown claim");
      return canWithdraw(actor, claim) ? ok : no(`withdrawal of agency ${claim.agency}'s claim`);
    }
    case "comments":
      // anyone who writes the board comments on any card; comments are never edited or deleted
      if (!added) return no("comments are never edited or deleted");
      return parseComment(id, change.after) ? ok : no("malformed comment");
    case "reassignments":
      if (!canReassign(actor)) return no("only the lurah reassigns");
      if (!added) return no("reassignments are never edited or deleted");
      return parseReassignment(id, change.after) ? ok : no("malformed reassignment");
  }
}

/** Every refused change, as "map/id: reason" lines; empty when the update may pass. */
export function boardViolations(actor: Actor, before: BoardSnapshot, after: BoardSnapshot): string[] {
  const out: string[] = [];
  for (const change of diffBoard(before, after)) {
    const verdict = boardChangeAllowed(actor, change, after);
    if (!verdict.ok) out.push(`${change.map}${"id" in change ? `/${change.id}` : ""}: ${verdict.reason}`);
  }
  return out;
}
