import * as Y from "yjs";
import { STATUSES, type Intervention, type InterventionFields, type InterventionStatus } from "../model/intervention.ts";
import { canTransition, type TransitionVerdict, type Verification } from "../rules/claims/statusFlow.ts";
import { canEditIntervention, type Actor } from "../rules/claims/permissions.ts";
import { isSafeId, newRecord, readEnum, readString, writeFields } from "./fields.ts";
import { appendHistory } from "./board/history.ts";
import { interventionsMap } from "./board/layout.ts";
import { writeInterventionDetails, type InterventionDetails } from "./board/details.ts";

/**
 * The only module that maps the board document to Yjs. Its layout:
 *
 * doc.getMap("interventions"): intervention id -> Y.Map { title, agency, domain, status, createdAt, updatedAt,
 *                                                         verifiedBy?, verifiedAt?, verifiedNote? }
 * doc.getMap("needs"):         need id -> Y.Map { familyId, label ("Kel. B. S., RT 03"), rt, domain (Ragapantas tag),
 *                                                 reason (factor key or "stunting"), createdAt, createdBy, closed }
 * doc.getMap("claims"):        claim id -> Y.Map { target ("need:<id>" | "family:<familyId>"), familyId, domain, agency,
 *                                                  by, createdAt (device clock, informative only), note }
 * doc.getMap("confirmations"): claim id -> { seq, at (relay time), rejected (null | reason) }   written ONLY by the relay
 * doc.getMap("withdrawals"):   claim id -> { by, at, reason }         the claim's own agency, or the lurah
 * doc.getMap("reassignments"): id -> { claimId (loses), newClaimId, toAgency, by, reason, at }   the lurah only
 * doc.getArray("history"):     plain { kind, claimId, interventionId, needId, by, at, detail }, appended, never edited
 *
 * Verdicts, withdrawals and reassignments are plain JSON values: written once as a
 * whole, so there is no field-level merge to reason about. Claims are never edited
 * and nothing is ever deleted from needs, claims or history: who handles a
 * (family, domain) is decided by rules/claims/resolve.ts from these records alone,
 * the same way on every device, so losers and withdrawals stay visible.
 * Writers for needs and claims are in ./board/, readers in ./board/read.ts.
 */
export { INTERVENTIONS, NEEDS, CLAIMS, CONFIRMATIONS, WITHDRAWALS, REASSIGNMENTS, HISTORY, interventionsMap, needsMap, claimsMap, confirmationsMap, withdrawalsMap, reassignmentsMap, historyArray, recordMaps } from "./board/layout.ts";
export { appendHistory } from "./board/history.ts";
export { publishNeed, closeNeed } from "./board/needs.ts";
export { claim, claimTargetOf, confirmClaim, confirmNewClaims, nextConfirmationSeq, withdrawClaim, reassign, type ClaimFields, type ReassignFields } from "./board/claims.ts";
export { addComment, readComments } from "./board/comments.ts";
export { BOARD_TYPES } from "./board/layout.ts";
export { readNeeds, readClaims, readConfirmations, readWithdrawals, readReassignments, readHistory, snapshotBoard } from "./board/read.ts";
export { boardTouch, readBoardRecord, readPlainHistory, type BoardTouch } from "./board/changes.ts";
export { readBoardView, type BoardView, type NeedView } from "./board/view.ts";
export { keepDroppedCopyEdits, DROPPED_COPY_ORIGIN } from "./board/droppedCopies.ts";
export { readPlanLink, writePlanLink, type PlanLink } from "./board/planLink.ts";

export function readIntervention(id: string, map: unknown): Intervention | null {
  if (!(map instanceof Y.Map) || !isSafeId(id)) return null;
  const status = readEnum(map, "status", STATUSES);
  return {
    id,
    title: readString(map, "title"),
    agency: readString(map, "agency"),
    domain: readString(map, "domain"),
    status: status === "" ? "open" : status,
    createdAt: readString(map, "createdAt"),
    updatedAt: readString(map, "updatedAt"),
  };
}

export function readInterventions(doc: Y.Doc): Intervention[] {
  const out: Intervention[] = [];
  interventionsMap(doc).forEach((map, id) => {
    const item = readIntervention(id, map);
    if (item) out.push(item);
  });
  return out;
}

export function addIntervention(doc: Y.Doc, id: string, fields: InterventionFields, now: Date, by = ""): void {
  const at = now.toISOString();
  doc.transact(() => {
    interventionsMap(doc).set(id, newRecord({ ...fields, createdAt: at, updatedAt: at }));
    appendHistory(doc, { kind: "status", interventionId: id, by, at, detail: `-> ${fields.status}` });
  });
}

/**
 * A card whose id is derived from what it was made from (an action item: actionItemCardId), with its
 * details, unless this device has that card already: setting the id again would replace the card's
 * Y.Map, status and edits and all. Two devices that add it while apart write the same key and Yjs keeps
 * one of the two maps, so the board shows one card; the edits made on the map Yjs drops are written
 * onto the kept one by keepDroppedCopyEdits, which every device runs. False when the card was there.
 */
export function addDerivedIntervention(doc: Y.Doc, id: string, fields: InterventionFields, details: InterventionDetails, now: Date, by = ""): boolean {
  if (interventionsMap(doc).get(id) instanceof Y.Map) return false;
  doc.transact(() => {
    addIntervention(doc, id, fields, now, by);
    writeInterventionDetails(doc, id, details);
  });
  return true;
}

/** Field edits; a status change is also recorded in the history. No flow check here: see moveIntervention. */
export function updateIntervention(doc: Y.Doc, id: string, patch: Partial<InterventionFields>, now: Date, by = ""): boolean {
  const map = interventionsMap(doc).get(id);
  if (!(map instanceof Y.Map)) return false;
  const before = readEnum(map, "status", STATUSES) || "open";
  doc.transact(() => {
    writeFields(map, patch);
    map.set("updatedAt", now.toISOString());
    if (patch.status !== undefined && patch.status !== before) {
      appendHistory(doc, { kind: "status", interventionId: id, by, at: now.toISOString(), detail: `${before} -> ${patch.status}` });
    }
  });
  return true;
}

export function setInterventionStatus(doc: Y.Doc, id: string, status: InterventionStatus, now: Date, by = ""): boolean {
  return updateIntervention(doc, id, { status }, now, by);
}

export function removeIntervention(doc: Y.Doc, id: string): void {
  interventionsMap(doc).delete(id);
}

export type MoveVerdict = TransitionVerdict | { ok: false; reason: "unknown-intervention" | "other-agency" };

/**
 * A status change along PRODUCT.md's flow, checked for the acting role and agency.
 * Verifying writes who, when and what the family said next to the status.
 */
export function moveIntervention(doc: Y.Doc, id: string, to: InterventionStatus, actor: Actor & { name: string }, now: Date, verification?: Verification): MoveVerdict {
  const map = interventionsMap(doc).get(id);
  const current = readIntervention(id, map);
  if (!current || !(map instanceof Y.Map)) return { ok: false, reason: "unknown-intervention" };
  if (!canEditIntervention(actor, current)) return { ok: false, reason: "other-agency" };
  const verdict = canTransition(current.status, to, actor.role, verification);
  if (!verdict.ok) return verdict;
  doc.transact(() => {
    if (to === "verified" && verification) writeFields(map, { verifiedBy: actor.name, verifiedAt: verification.date, verifiedNote: verification.note });
    setInterventionStatus(doc, id, to, now, actor.name);
  });
  return verdict;
}

export interface InterventionVerification {
  by: string;
  date: string;
  note: string;
}

/** Who verified the delivery, on which day, with what note; null while not verified. */
export function readVerification(map: unknown): InterventionVerification | null {
  if (!(map instanceof Y.Map) || readEnum(map, "status", STATUSES) !== "verified") return null;
  const date = readString(map, "verifiedAt");
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? { by: readString(map, "verifiedBy"), date, note: readString(map, "verifiedNote") } : null;
}
