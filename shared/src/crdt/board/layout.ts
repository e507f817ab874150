import * as Y from "yjs";
import type { RecordMapName } from "../../rules/claims/guard.ts";

/** Names of the board document's shared types; the layout itself is described in ../board.ts. */
export const INTERVENTIONS = "interventions";
export const NEEDS = "needs";
export const CLAIMS = "claims";
export const CONFIRMATIONS = "confirmations";
export const WITHDRAWALS = "withdrawals";
export const REASSIGNMENTS = "reassignments";
export const HISTORY = "history";
export const COMMENTS = "comments";

/** Every top-level name the board may hold: the relay refuses updates that create others. */
export const BOARD_TYPES = [INTERVENTIONS, NEEDS, CLAIMS, CONFIRMATIONS, WITHDRAWALS, REASSIGNMENTS, HISTORY, COMMENTS] as const;

export function interventionsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(INTERVENTIONS);
}
export function needsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(NEEDS);
}
export function claimsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(CLAIMS);
}
export function confirmationsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(CONFIRMATIONS);
}
export function withdrawalsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(WITHDRAWALS);
}
export function reassignmentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(REASSIGNMENTS);
}
export function commentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(COMMENTS);
}
export function historyArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(HISTORY);
}

/** The record maps, by the names the relay's guard uses (rules/claims/guard.ts). */
export function recordMaps(doc: Y.Doc): Record<RecordMapName, Y.Map<unknown>> {
  return {
    interventions: interventionsMap(doc) as Y.Map<unknown>,
    needs: needsMap(doc),
    claims: claimsMap(doc),
    confirmations: confirmationsMap(doc),
    withdrawals: withdrawalsMap(doc),
    reassignments: reassignmentsMap(doc),
    comments: commentsMap(doc),
  };
}

/**
 * A record as plain data for the validators of model/claim.ts. Null-prototype
 * objects, so a field named "__proto__" written by a hostile peer stays an ordinary
 * (ignored) own key instead of becoming the object's prototype.
 */
export function toPlain(value: unknown): unknown {
  if (value instanceof Y.Map) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    value.forEach((v, k) => {
      out[k] = toPlain(v);
    });
    return out;
  }
  if (value instanceof Y.Array) return value.toArray().map(toPlain);
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}
