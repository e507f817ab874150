import * as Y from "yjs";
import { parseClaim, parseConfirmation, parseReassignment, type Claim, type ClaimTarget } from "../../model/claim.ts";
import { newRecord } from "../fields.ts";
import { appendHistory } from "./history.ts";
import { claimsMap, confirmationsMap, reassignmentsMap, withdrawalsMap } from "./layout.ts";
import { readClaims, readConfirmations } from "./read.ts";

/**
 * Writers for claims. Every one records itself in the history in the same
 * transaction. None deletes anything: a losing or withdrawn claim stays visible.
 */
export type ClaimFields = Pick<Claim, "target" | "familyId" | "domain" | "agency" | "note">;

export function claim(doc: Y.Doc, id: string, fields: ClaimFields, by: string, now: Date): boolean {
  const at = now.toISOString();
  const record = { ...fields, by, createdAt: at };
  if (claimsMap(doc).has(id) || !parseClaim(id, record)) return false;
  doc.transact(() => {
    claimsMap(doc).set(id, newRecord(record));
    appendHistory(doc, { kind: "claim", claimId: id, by, at, detail: `${fields.agency} ${fields.target} ${fields.domain}` });
  });
  return true;
}

export function claimTargetOf(kind: "need" | "family", id: string): ClaimTarget {
  return `${kind}:${id}`;
}

/**
 * The relay's verdict on one claim: a seq, and a reason when refused. Written once;
 * a second verdict for the same claim is ignored, so a replayed update cannot move
 * a claim in the queue.
 */
export function confirmClaim(doc: Y.Doc, claimId: string, seq: number, now: Date, rejected: string | null = null): boolean {
  const record = { seq, at: now.toISOString(), rejected };
  if (confirmationsMap(doc).has(claimId) || !parseConfirmation(record)) return false;
  doc.transact(() => {
    confirmationsMap(doc).set(claimId, record);
    appendHistory(doc, { kind: rejected === null ? "confirm" : "reject", claimId, by: "relay", at: record.at, detail: rejected ?? `seq ${seq}` });
  });
  return true;
}

/** Next seq: one above the highest written. Only the relay writes verdicts, so this is its own counter. */
export function nextConfirmationSeq(doc: Y.Doc): number {
  let max = 0;
  for (const c of readConfirmations(doc).values()) max = Math.max(max, c.seq);
  return max + 1;
}

/**
 * What the relay runs after applying a device's update: every valid claim without a
 * verdict gets the next seq, in claim-id order (claims that arrive in one update have
 * no order of their own). `decide` returns a refusal reason, e.g. when the claim's
 * agency is not the sender token's (rules/claims/permissions.ts canClaim).
 */
export function confirmNewClaims(doc: Y.Doc, now: Date, decide: (claim: Claim) => string | null = () => null): Claim[] {
  const done = readConfirmations(doc);
  const fresh = readClaims(doc).filter((c) => !done.has(c.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (fresh.length === 0) return [];
  let seq = nextConfirmationSeq(doc);
  doc.transact(() => {
    for (const c of fresh) confirmClaim(doc, c.id, seq++, now, decide(c));
  });
  return fresh;
}

/** Gives a claim up. False when the claim is unknown or already withdrawn. */
export function withdrawClaim(doc: Y.Doc, claimId: string, by: string, reason: string, now: Date): boolean {
  if (!(claimsMap(doc).get(claimId) instanceof Y.Map) || withdrawalsMap(doc).has(claimId)) return false;
  const at = now.toISOString();
  doc.transact(() => {
    withdrawalsMap(doc).set(claimId, { by, at, reason });
    appendHistory(doc, { kind: "withdraw", claimId, by, at, detail: reason });
  });
  return true;
}

export interface ReassignFields {
  /** id of the reassignment record */
  id: string;
  /** the claim that loses the key */
  claimId: string;
  /** id for the claim created for toAgency */
  newClaimId: string;
  toAgency: string;
  reason: string;
}

/**
 * The lurah moves a key to another agency: one transaction creates the new claim,
 * withdraws the old one and records why, so no device ever sees half of it.
 */
export function reassign(doc: Y.Doc, fields: ReassignFields, by: string, now: Date): boolean {
  const old = readClaims(doc).find((c) => c.id === fields.claimId);
  if (!old || reassignmentsMap(doc).has(fields.id) || claimsMap(doc).has(fields.newClaimId) || fields.claimId === fields.newClaimId) return false;
  const record = { claimId: old.id, newClaimId: fields.newClaimId, toAgency: fields.toAgency, by, reason: fields.reason };
  if (!parseReassignment(fields.id, record)) return false;
  const at = now.toISOString();
  doc.transact(() => {
    claim(doc, fields.newClaimId, { target: old.target, familyId: old.familyId, domain: old.domain, agency: fields.toAgency, note: fields.reason }, by, now);
    withdrawClaim(doc, old.id, by, fields.reason, now);
    reassignmentsMap(doc).set(fields.id, { ...record, at });
    appendHistory(doc, { kind: "reassign", claimId: old.id, by, at, detail: `${old.agency} -> ${fields.toAgency} (${fields.newClaimId}): ${fields.reason}` });
  });
  return true;
}
