import type { Claim } from "../../model/claim.ts";
import type { Role } from "../../model/roles.ts";

/**
 * Who may write what on the board, as pure checks over plain data. The relay is
 * the only place that can enforce them (a device cannot trust another device); the
 * UI uses the same functions to hide what would be refused.
 *
 * `tokenAgency` is the `opd` of the verified token: an OPD liaison acts for that
 * agency and no other. The lurah (Punggawa) records claims on behalf of any agency
 * (at a rembuk, or when reassigning) and settles disputes. Pokja members publish
 * needs and verify deliveries but do not claim: claiming commits an agency.
 * Confirmations are written by the relay itself and by no device role.
 */
export interface Actor {
  role: Role;
  /** the token's agency code; only meaningful for role "opd" */
  agency: string | null;
  /**
   * The name the relay keeps for the sender's token (its invite; null when the invite named nobody): the
   * only name the sender may sign board records with (maySignAs). Undefined: names are not checked (the
   * UI, which only ever signs with its own; a token the relay holds no record of, which it cannot check).
   */
  name?: string | null;
}

export function actingAs(role: Role, tokenAgency: string | null | undefined): Actor {
  return { role, agency: role === "opd" && typeof tokenAgency === "string" && tokenAgency !== "" ? tokenAgency : null };
}

function ownAgency(actor: Actor, agency: string): boolean {
  return actor.role === "opd" && actor.agency !== null && actor.agency === agency;
}

export function canClaim(actor: Actor, claim: Pick<Claim, "agency">): boolean {
  return actor.role === "lurah" || ownAgency(actor, claim.agency);
}

/** A claim's own agency gives it up; the lurah withdraws any (a reassignment withdraws the old winner). */
export function canWithdraw(actor: Actor, claim: Pick<Claim, "agency">): boolean {
  return actor.role === "lurah" || ownAgency(actor, claim.agency);
}

/**
 * Whether a record signed `by` may come from this sender (issue 17, item 12): its own name as the relay
 * knows it, its role (what the app signs with before it has learnt its name), or nothing. A name is
 * the relay's to vouch for: an OPD liaison cannot post a claim signed "Lurah Bambang Sutrisno".
 * The lurah signs for others: she records claims for agencies at a rembuk, and applies the changes a
 * phone cut off from the relay exported (relay/PROTOCOL.md), which carry that person's name.
 */
export function maySignAs(actor: Actor, by: string): boolean {
  if (actor.name === undefined || actor.role === "lurah") return true;
  return by === "" || by === actor.role || (actor.name !== null && by === actor.name);
}

export function canReassign(actor: Actor): boolean {
  return actor.role === "lurah";
}

export function canPublishNeed(actor: Actor): boolean {
  return actor.role === "lurah" || actor.role === "kader";
}

/** Intervention cards: the pokja and the lurah edit any; an OPD only its own agency's. */
export function canEditIntervention(actor: Actor, intervention: { agency: string }): boolean {
  if (actor.role === "lurah" || actor.role === "kader") return true;
  return ownAgency(actor, intervention.agency);
}
