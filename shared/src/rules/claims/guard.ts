import { own, parseClaim, parseComment, parseHistoryEvent, parseNeed, parseReassignment, parseWithdrawal, type HistoryEvent } from "../../model/index.ts";
import { isStatus, type InterventionStatus } from "../../model/intervention.ts";
import { canClaim, canEditIntervention, canPublishNeed, canReassign, canWithdraw, maySignAs, type Actor } from "./permissions.ts";
import { nextStatuses } from "./statusFlow.ts";

/**
 * The relay's board guard, as pure functions: a plain snapshot of the board before
 * and after a device's update, the list of record-level changes between them, and
 * a verdict per change. shared/src/crdt/board.ts takes the snapshots; the relay
 * decides what to do with a refusal (see the report of issue 4: dropping a Yjs
 * update also strands that device's later updates, so refusals should be rare and
 * loud, and forged claims are better answered by a relay "rejected" verdict).
 *
 * The relay does not snapshot the whole board per update: it compares only the
 * records the update touched (diffRecords) and the history from the first event the
 * update inserted (diffHistoryInsertions), which give diffBoard's changes for those.
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
    changes.push(...diffRecords(map, ids, (id) => before[map].get(id), (id) => after[map].get(id)));
  }
  const history = diffHistory(before.history, after.history);
  if (history) changes.push(history);
  return changes;
}

/**
 * The changed records of one map among `ids` (in id order): diffBoard's answer for that map when
 * every other id is known to be untouched. The relay's guard passes only the ids an update touched.
 */
export function diffRecords(map: RecordMapName, ids: Iterable<string>, before: (id: string) => unknown, after: (id: string) => unknown): BoardChange[] {
  const changes: BoardChange[] = [];
  for (const id of [...ids].sort()) {
    const a = before(id);
    const b = after(id);
    if (canonical(a) !== canonical(b)) changes.push({ map, id, before: a, after: b });
  }
  return changes;
}

/**
 * The history only grows, but not only at its end: Yjs orders the concurrent appends
 * of two offline devices by client id, so a device's events may land before events
 * the relay already had. Every old event must still be there, in its order; the rest
 * was appended.
 */
export function diffHistory(before: readonly unknown[], after: readonly unknown[]): BoardChange | null {
  let kept = 0;
  const appended: unknown[] = [];
  for (const event of after) {
    if (kept < before.length && canonical(event) === canonical(before[kept])) kept++;
    else appended.push(event);
  }
  const removed = before.length - kept;
  return removed > 0 || appended.length > 0 ? { map: "history", removed, appended } : null;
}

/** One event of the history after an update, and whether the update inserted it. */
export interface HistoryEntry {
  event: unknown;
  inserted: boolean;
}

/**
 * diffHistory's answer for an update that inserted `insertedCount` events and removed none,
 * read from the first inserted event on: `entryAt(i)` is the i-th event from there (undefined
 * past the end). The events before the first inserted one match themselves one for one, so
 * diffHistory's match, started there, is the same; it stops as soon as what is left is old events
 * in their old order. The cost follows the inserted events, not the length of the history.
 */
export function diffHistoryInsertions(entryAt: (i: number) => HistoryEntry | undefined, insertedCount: number): BoardChange | null {
  if (insertedCount === 0) return null;
  const texts: string[] = [];
  const text = (i: number, entry: HistoryEntry): string => (texts[i] ??= canonical(entry.event));
  // positions of the old events (the "before" history from the first inserted event on), found on demand
  const oldAt: number[] = [];
  let scanned = 0;
  const oldPosition = (k: number): number | undefined => {
    while (oldAt.length <= k) {
      const entry = entryAt(scanned);
      if (entry === undefined) return undefined;
      if (!entry.inserted) oldAt.push(scanned);
      scanned++;
    }
    return oldAt[k];
  };
  let kept = 0;
  let seenInserted = 0;
  const appended: unknown[] = [];
  for (let i = 0; ; i++) {
    const entry = entryAt(i);
    if (entry === undefined) break;
    const position = oldPosition(kept);
    // nothing new from here on and the next old event to match is this one: the rest matches itself
    if (seenInserted === insertedCount && position === i) return appended.length > 0 ? { map: "history", removed: 0, appended } : null;
    if (position !== undefined && text(i, entry) === text(position, entryAt(position)!)) kept++;
    else appended.push(entry.event);
    if (entry.inserted) seenInserted++;
  }
  oldPosition(Number.POSITIVE_INFINITY); // counts the old events left to the end
  const removed = oldAt.length - kept;
  return removed > 0 || appended.length > 0 ? { map: "history", removed, appended } : null;
}

export type ChangeVerdict = { ok: true } | { ok: false; reason: string };

/** The most characters of one sender-chosen value (a record id, a status) a verdict line shows. */
export const SHOWN_VALUE_MAX = 64;

/**
 * A sender-chosen value as a verdict line shows it: at most SHOWN_VALUE_MAX characters.
 * Verdict lines end up in the relay's log, and one update must not write a megabyte there.
 */
export function shown(value: string): string {
  return value.length <= SHOWN_VALUE_MAX ? value : `${value.slice(0, SHOWN_VALUE_MAX)}…`;
}

/** "map/id" or "map" (the history), as a verdict line starts. */
export function changeLabel(change: BoardChange): string {
  return "id" in change ? `${change.map}/${shown(change.id)}` : change.map;
}

const ok: ChangeVerdict = { ok: true };
const no = (reason: string): ChangeVerdict => ({ ok: false, reason });

function interventionChange(actor: Actor, before: unknown, after: unknown): ChangeVerdict {
  const agencies = [before, after].filter((r) => r !== undefined).map((r) => own(r, "agency"));
  if (!agencies.every((a) => typeof a === "string" && canEditIntervention(actor, { agency: a }))) return no("intervention of another agency");
  const from = own(before, "status");
  const to = own(after, "status");
  if (before !== undefined && after !== undefined && typeof from === "string" && typeof to === "string" && from !== to) {
    if (!isStatus(from) || !isStatus(to) || !nextStatuses(from, actor.role).includes(to as InterventionStatus)) return no(`status ${shown(from)} -> ${shown(to)} not allowed`);
    if (to === "verified" && (typeof own(after, "verifiedAt") !== "string" || typeof own(after, "verifiedNote") !== "string")) return no("verification needs a date and a note");
  }
  return ok;
}

/**
 * What a verdict reads from the board with the update applied: the claim a withdrawal names.
 * A BoardSnapshot is one; the relay's guard passes a lookup into its copy of the board.
 */
export interface BoardAfter {
  readonly claims: { get(id: string): unknown };
}

/** The reason of a record signed with a name the sender does not have (no name in it: the line goes to the log). */
const SIGNED_AS_ANOTHER = "signed in another person's name";

/**
 * History events a sender appends: well formed, signed as itself (maySignAs), never the relay's own
 * (confirm, reject), a reassignment only from the lurah, and an OPD liaison's claim events only about
 * its own agency's claims.
 */
function historyAppended(actor: Actor, appended: readonly unknown[], after: BoardAfter): ChangeVerdict {
  const events = appended.map((e) => parseHistoryEvent(e));
  if (events.some((e) => e === null)) return no("malformed history event");
  for (const [i, event] of (events as HistoryEvent[]).entries()) {
    if (!maySignAs(actor, ownString(appended[i], "by"))) return no(SIGNED_AS_ANOTHER);
    if (actor.name === undefined) continue;
    if (event.kind === "confirm" || event.kind === "reject") return no("confirmation events are the relay's");
    if (event.kind === "reassign" && !canReassign(actor)) return no("reassignment event not by the lurah");
    if (actor.role === "opd" && (event.kind === "claim" || event.kind === "withdraw")) {
      const claim = parseClaim(event.claimId, after.claims.get(event.claimId));
      if (!claim || claim.agency !== actor.agency) return no("event about another agency's claim");
    }
  }
  return ok;
}

/** A field as written (ownText cuts at 500 characters: a longer forged name must not pass as its prefix). */
function ownString(record: unknown, key: string): string {
  const value = own(record, key);
  return typeof value === "string" ? value : "";
}

/** The verdict on one change; `after` is the board with the update applied (to find the claim a withdrawal names). */
export function boardChangeAllowed(actor: Actor, change: BoardChange, after: BoardAfter): ChangeVerdict {
  if (actor.role === "viewer") return no("viewers do not write the board");
  if (change.map === "history") {
    if (change.removed > 0) return no("history is append-only");
    return historyAppended(actor, change.appended, after);
  }
  const verdict = recordChangeAllowed(actor, change, after);
  if (!verdict.ok) return verdict;
  // a record added or replaced is signed as the sender (interventions carry no signature of their own)
  const signer = change.map === "needs" ? "createdBy" : "by";
  if (change.map !== "interventions" && change.map !== "confirmations" && change.after !== undefined && (change.before === undefined || change.map === "withdrawals")) {
    if (!maySignAs(actor, ownString(change.after, signer))) return no(SIGNED_AS_ANOTHER);
  }
  return ok;
}

function recordChangeAllowed(actor: Actor, change: BoardChange & { map: RecordMapName }, after: BoardAfter): ChangeVerdict {
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
    if (!verdict.ok) out.push(`${changeLabel(change)}: ${verdict.reason}`);
  }
  return out;
}
