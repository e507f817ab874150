/**
 * The review screen's rules over plain data (rules/matchReview.ts gives the queue):
 * which candidate is shown first, which pairs a bulk accept takes, and the decision
 * a button records. Pure, so tests pin them.
 */
import type { MatchDecisionInput, ReviewCandidate } from "@shared/model/index.ts";
import type { ReviewEntry } from "@shared/rules/matchReview.ts";

/** The candidates of an entry, best score first. */
export function candidatesOf(entry: ReviewEntry): ReviewCandidate[] {
  return [...(entry.item?.candidates ?? [])].sort((a, b) => b.score - a.score);
}

export function bestScore(entry: ReviewEntry): number | null {
  return candidatesOf(entry)[0]?.score ?? null;
}

/**
 * The pairs "accept all with a score of at least min" takes: entries waiting (open or put off, not
 * a conflict between devices: a person settles those one by one) whose best candidate reaches min
 * and is clearly ahead of the next (a rival within one bit is a namesake question, not a bulk one).
 */
export function bulkAcceptable(entries: readonly ReviewEntry[], min: number): Array<{ entry: ReviewEntry; candidate: ReviewCandidate }> {
  const out: Array<{ entry: ReviewEntry; candidate: ReviewCandidate }> = [];
  for (const entry of entries) {
    if (entry.state === "conflict") continue;
    const [best, next] = candidatesOf(entry);
    if (!best || best.score < min) continue;
    if (next && best.score - next.score < 1) continue;
    out.push({ entry, candidate: best });
  }
  return out;
}

/** The slider's range: the waiting pairs' best scores, rounded out to whole numbers. */
export function scoreRange(entries: readonly ReviewEntry[]): { min: number; max: number } {
  const scores = entries.map(bestScore).filter((s): s is number => s !== null);
  if (scores.length === 0) return { min: 0, max: 0 };
  return { min: Math.floor(Math.min(...scores)), max: Math.ceil(Math.max(...scores)) };
}

/**
 * What a button records. Accept links the chosen candidate; reject says the row is none of its
 * candidates (householdId ""), later keeps it waiting. The rule version is the one that proposed
 * the pair (the batch's), else the matcher's now.
 */
export function decisionFor(entry: ReviewEntry, outcome: "link" | "reject" | "later", candidate: ReviewCandidate | null, ruleVersion: string): MatchDecisionInput {
  const c = outcome === "reject" ? null : candidate;
  return {
    list: entry.list,
    rowId: entry.rowId,
    householdId: c?.householdId ?? "",
    outcome,
    ruleVersion,
    score: c?.score ?? null,
    evidence: c?.evidence.map((e) => e.code) ?? [],
  };
}
