import type * as Y from "yjs";
import type { HistoryEvent } from "../../model/claim.ts";
import type { Need } from "../../model/need.ts";
import { claimKey } from "../../rules/claims/key.ts";
import { resolveClaims, type KeyResolution, type ResolvedClaim } from "../../rules/claims/resolve.ts";
import { readClaims, readConfirmations, readHistory, readNeeds, readReassignments, readWithdrawals } from "./read.ts";

/**
 * The board as the UI shows it, plain data only: every need with the resolution of
 * its (family, domain), every resolved key (claims made on a family directly have
 * no need), and the history. Recomputed from the document on each change: the
 * board holds tens to hundreds of claims, and one pure pass keeps every device's
 * answer identical.
 */
export interface NeedView extends Need {
  key: string;
  resolution: KeyResolution | null;
}

export interface BoardView {
  needs: NeedView[];
  keys: KeyResolution[];
  claims: ResolvedClaim[];
  history: HistoryEvent[];
}

export function readBoardView(doc: Y.Doc): BoardView {
  const claims = readClaims(doc);
  const resolution = resolveClaims(claims, readConfirmations(doc), readWithdrawals(doc), readReassignments(doc));
  const needs = readNeeds(doc).map((need) => {
    const key = claimKey(need.familyId, need.domain);
    return { ...need, key, resolution: resolution.byKey.get(key) ?? null };
  });
  const keys = [...resolution.byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { needs, keys, claims: claims.map((c) => resolution.claim(c.id)).filter((c): c is ResolvedClaim => c !== null), history: readHistory(doc) };
}
