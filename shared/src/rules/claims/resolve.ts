import type { Claim, Confirmation, Reassignment, Withdrawal } from "../../model/claim.ts";
import { claimKey } from "./key.ts";

/**
 * Who handles a (family, domain): THE conflict rule of the board, in one pure function.
 *
 * Among the key's claims that the relay confirmed and nobody withdrew:
 *   1. a claim the lurah appointed by a reassignment beats every ordinary claim, and
 *      among appointed claims the latest decision (highest seq) wins;
 *   2. otherwise the LOWEST relay seq wins: first to reach the single authority.
 * Ties on seq cannot happen with an honest relay; they fall to the claim id, so even
 * forged data resolves the same on every device. Nothing here reads a device clock,
 * and the input order does not matter: every device computes the same answer.
 *
 * Unconfirmed claims are pending. A pending ordinary claim facing a confirmed winner
 * of another agency will lose for sure (its seq will be higher), so the UI can say so
 * at once, offline. Claims of the winner's own agency are not a conflict.
 */
export type ClaimStatus =
  | "confirmed-winner"
  /** the winner's agency claimed again (two liaisons of one OPD): not a conflict */
  | "same-agency"
  | "pending"
  | "pending-will-lose"
  | "lost"
  | "withdrawn"
  /** the relay refused it: its agency was not the sender's */
  | "rejected";

export interface ResolvedClaim extends Claim {
  status: ClaimStatus;
  confirmation: Confirmation | null;
  withdrawal: Withdrawal | null;
  /** set when the lurah appointed this claim by a reassignment */
  appointedBy: Reassignment | null;
}

export interface KeyResolution {
  key: string;
  familyId: string;
  domain: string;
  winner: ResolvedClaim | null;
  sameAgency: ResolvedClaim[];
  /** pending claims, including those that will lose */
  pending: ResolvedClaim[];
  losers: ResolvedClaim[];
  withdrawn: ResolvedClaim[];
  rejected: ResolvedClaim[];
}

export interface ClaimResolution {
  byKey: Map<string, KeyResolution>;
  statusOf(claimId: string): ClaimStatus | null;
  claim(claimId: string): ResolvedClaim | null;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Negative when `a` beats `b`. Both confirmed, not withdrawn, same key. */
function rank(a: ResolvedClaim, b: ResolvedClaim): number {
  const appointed = Number(b.appointedBy !== null) - Number(a.appointedBy !== null);
  if (appointed !== 0) return appointed;
  const seqA = a.confirmation?.seq ?? 0;
  const seqB = b.confirmation?.seq ?? 0;
  const bySeq = a.appointedBy ? seqB - seqA : seqA - seqB;
  return bySeq !== 0 ? bySeq : byId(a, b);
}

/** The reassignment that appoints `claim`, if a valid one names it. */
function appointment(claim: Claim, reassignments: readonly Reassignment[], claims: ReadonlyMap<string, Claim>): Reassignment | null {
  let found: Reassignment | null = null;
  for (const r of reassignments) {
    if (r.newClaimId !== claim.id || r.toAgency !== claim.agency) continue;
    const old = claims.get(r.claimId);
    // a reassignment moves a key; one that would jump keys is ignored
    if (old && claimKey(old.familyId, old.domain) !== claimKey(claim.familyId, claim.domain)) continue;
    if (!found || r.id < found.id) found = r;
  }
  return found;
}

function emptyKey(claim: Claim): KeyResolution {
  return { key: claimKey(claim.familyId, claim.domain), familyId: claim.familyId, domain: claim.domain, winner: null, sameAgency: [], pending: [], losers: [], withdrawn: [], rejected: [] };
}

export function resolveClaims(
  claims: readonly Claim[],
  confirmations: ReadonlyMap<string, Confirmation>,
  withdrawals: ReadonlyMap<string, Withdrawal>,
  reassignments: readonly Reassignment[] = [],
): ClaimResolution {
  // one claim per id: duplicates in the input (a caller merging lists) must not count twice
  const unique = new Map<string, Claim>();
  for (const c of claims) if (!unique.has(c.id)) unique.set(c.id, c);

  const groups = new Map<string, ResolvedClaim[]>();
  for (const claim of [...unique.values()].sort(byId)) {
    const resolved: ResolvedClaim = {
      ...claim,
      status: "pending",
      confirmation: confirmations.get(claim.id) ?? null,
      withdrawal: withdrawals.get(claim.id) ?? null,
      appointedBy: appointment(claim, reassignments, unique),
    };
    const key = claimKey(claim.familyId, claim.domain);
    const group = groups.get(key);
    if (group) group.push(resolved);
    else groups.set(key, [resolved]);
  }

  const byKey = new Map<string, KeyResolution>();
  const index = new Map<string, ResolvedClaim>();
  for (const [key, group] of groups) {
    const result = emptyKey(group[0] as ResolvedClaim);
    const live = group.filter((c) => c.withdrawal === null && c.confirmation !== null && c.confirmation.rejected === null);
    const winner = live.sort(rank)[0] ?? null;
    result.winner = winner;
    for (const c of group) {
      index.set(c.id, c);
      // the relay's refusal says more than a later withdrawal: the claim was never valid
      if (c.confirmation?.rejected != null) c.status = "rejected";
      else if (c.withdrawal) c.status = "withdrawn";
      else if (c === winner) c.status = "confirmed-winner";
      else if (winner && c.agency === winner.agency) c.status = "same-agency";
      else if (c.confirmation) c.status = "lost";
      // an appointed pending claim will outrank an ordinary winner, and gets a higher seq than any appointed one
      else if (winner && !c.appointedBy) c.status = "pending-will-lose";
      else c.status = "pending";
      const list = { "confirmed-winner": null, "same-agency": result.sameAgency, pending: result.pending, "pending-will-lose": result.pending, lost: result.losers, withdrawn: result.withdrawn, rejected: result.rejected }[c.status];
      list?.push(c);
    }
    // confirmed claims in arrival order, then pending ones by id
    const order = (a: ResolvedClaim, b: ResolvedClaim): number => (a.confirmation?.seq ?? Infinity) - (b.confirmation?.seq ?? Infinity) || byId(a, b);
    for (const list of [result.sameAgency, result.pending, result.losers, result.withdrawn, result.rejected]) list.sort(order);
    byKey.set(key, result);
  }

  return {
    byKey,
    statusOf: (id) => index.get(id)?.status ?? null,
    claim: (id) => index.get(id) ?? null,
  };
}
