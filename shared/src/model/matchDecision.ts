import type { MatchEvidence } from "../rules/matching/types.ts";
import type { FamilyImportInput } from "./familyImportInput.ts";
import type { ListKind } from "./importBatch.ts";
import type { SocialRow } from "./socialList.ts";

/**
 * Decisions about pairs (a list row, a roster household) and the pairs that wait
 * for a person (issue 15). A decision is kept forever (the audit trail DOMAIN.md
 * asks for): who, when, under which rule version, with the score and evidence it
 * saw. Undo is a decision too. Decisions about one row form a register: each
 * names the decisions it saw (supersedes); the ones nobody superseded are the
 * row's current decision, and two that disagree (two phones deciding offline)
 * put the row back in front of a person (rules/matchReview.ts).
 */
export const DECISION_OUTCOMES = ["link", "reject", "later", "undo"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface MatchDecision {
  id: string;
  list: ListKind;
  /** the list row's own id (id DTSEN; kode keluarga for a family list) */
  rowId: string;
  householdId: string;
  outcome: DecisionOutcome;
  by: string;
  /** ISO, the deciding device's clock: informative */
  at: string;
  ruleVersion: string;
  score: number | null;
  evidence: string[];
  supersedes: string[];
  /** for an undo: the decision undone */
  undoes: string | null;
  /** the pair that was waiting for a person when the decision was made (the review screen's snapshot), null when none was */
  item: ReviewItem | null;
}

/** What a person (or the wizard) decides. */
export interface MatchDecisionInput {
  list: ListKind;
  rowId: string;
  householdId: string;
  outcome: Exclude<DecisionOutcome, "undo">;
  ruleVersion: string;
  score: number | null;
  evidence: string[];
}

export interface ReviewCandidate {
  householdId: string;
  score: number;
  evidence: MatchEvidence[];
}

/**
 * A doubtful pair (or a row with several candidate households) waiting for a person. It keeps
 * what the review screen shows beside the roster household, so it survives a reload: the social
 * row (NIK and No. KK masked) or the list's family.
 */
export interface ReviewItem {
  list: ListKind;
  rowId: string;
  batchId: string;
  /** ISO: when the import queued it */
  at: string;
  social: SocialRow | null;
  family: FamilyImportInput | null;
  candidates: ReviewCandidate[];
}
