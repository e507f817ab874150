/**
 * Where each list row stands after the decisions about it (model/matchDecision.ts),
 * and which pairs wait for a person. Decisions about one row form a register:
 * the heads (decisions nobody superseded) are the row's current decision; heads
 * that disagree (two phones deciding apart) are a conflict a person settles.
 * Pure: the review screen, the import and the tests all ask this.
 */
import type { ListKind } from "../model/importBatch.ts";
import type { MatchDecision, ReviewItem } from "../model/matchDecision.ts";

export type RowState = "open" | "later" | "linked" | "rejected" | "conflict";

const rowKey = (list: ListKind, rowId: string): string => `${list}|${rowId}`;

export interface RowDecisions {
  /** the decisions nobody superseded, in id order (the same on every device): what a new decision supersedes */
  heads: MatchDecision[];
  /** what the heads stand for: an undo stands for nothing (the row is open again), an undo of an undo for the decision it brought back */
  standing: MatchDecision[];
}

/** Each row's current decisions ("<list>|<row id>"). */
export function decisionsByRow(decisions: readonly MatchDecision[]): Map<string, RowDecisions> {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const superseded = new Set<string>();
  for (const d of decisions) for (const s of d.supersedes) superseded.add(s);
  const rows = new Map<string, RowDecisions>();
  for (const d of [...decisions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (superseded.has(d.id)) continue;
    const key = rowKey(d.list, d.rowId);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { heads: [], standing: [] }));
    row.heads.push(d);
    const stands = standsFor(d, byId);
    if (stands) row.standing.push(stands);
  }
  return rows;
}

function standsFor(d: MatchDecision, byId: ReadonlyMap<string, MatchDecision>): MatchDecision | null {
  let x: MatchDecision | undefined = d;
  let undos = 0;
  // a chain of undos is at most as long as the row's decisions; the bound guards a peer's cycle
  for (let guard = 0; x && x.outcome === "undo" && guard <= byId.size; guard++) {
    x = x.undoes === null ? undefined : byId.get(x.undoes);
    undos += 1;
  }
  return x && x.outcome !== "undo" && undos % 2 === 0 ? x : null;
}

const NO_ROW: RowDecisions = { heads: [], standing: [] };

export function decisionsOfRow(rows: ReadonlyMap<string, RowDecisions>, list: ListKind, rowId: string): RowDecisions {
  return rows.get(rowKey(list, rowId)) ?? NO_ROW;
}

/**
 * A row's state from what its current decisions stand for. A link or a reject decides; "later"
 * and an undone decision do not, so they give way to a concurrent link or reject. Two deciding
 * decisions that differ (linked to two households, or linked and rejected) are a conflict.
 */
export function rowState(standing: readonly MatchDecision[]): RowState {
  const verdicts = new Set<string>();
  let later = false;
  for (const d of standing) {
    if (d.outcome === "link") verdicts.add(`link:${d.householdId}`);
    else if (d.outcome === "reject") verdicts.add("reject");
    else if (d.outcome === "later") later = true;
  }
  if (verdicts.size > 1) return "conflict";
  const [only] = verdicts;
  if (only === "reject") return "rejected";
  if (only !== undefined) return "linked";
  return later ? "later" : "open";
}

/** The household a row's heads link it to, when they agree on one. */
export function linkedHousehold(standing: readonly MatchDecision[]): string | null {
  return rowState(standing) === "linked" ? (standing.find((d) => d.outcome === "link")?.householdId ?? null) : null;
}

/** Whether a person's current decisions say the row is not the household's (a reject of that pair, or of every candidate the row had). */
export function rejectedPair(standing: readonly MatchDecision[], householdId: string): boolean {
  return standing.some(
    (d) => d.outcome === "reject" && (d.householdId === householdId || (d.householdId === "" && (d.item?.candidates.some((c) => c.householdId === householdId) ?? false))),
  );
}

export interface ReviewEntry {
  list: ListKind;
  rowId: string;
  /** what the review screen shows: the waiting item, or for a conflict the snapshot a decision kept */
  item: ReviewItem | null;
  state: "open" | "later" | "conflict";
  heads: MatchDecision[];
}

/**
 * What waits for a person: conflicts first, then open pairs (best score first, so bulk accept
 * above a score takes a prefix), then those put off for later. An item whose row a decision
 * already settled (a link or reject made on another phone while this one queued it) is not shown.
 */
export function reviewQueue(items: readonly ReviewItem[], decisions: readonly MatchDecision[]): ReviewEntry[] {
  const rows = decisionsByRow(decisions);
  const out: ReviewEntry[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const key = rowKey(item.list, item.rowId);
    seen.add(key);
    const row = rows.get(key) ?? NO_ROW;
    const state = rowState(row.standing);
    if (state === "open" || state === "later" || state === "conflict") out.push({ list: item.list, rowId: item.rowId, item, state, heads: row.heads });
  }
  for (const [key, row] of rows) {
    if (seen.has(key) || rowState(row.standing) !== "conflict") continue;
    const first = row.heads[0]!;
    out.push({ list: first.list, rowId: first.rowId, item: row.heads.find((d) => d.item !== null)?.item ?? null, state: "conflict", heads: row.heads });
  }
  const rank = { conflict: 0, open: 1, later: 2 } as const;
  const best = (e: ReviewEntry) => Math.max(-Infinity, ...(e.item?.candidates.map((c) => c.score) ?? []));
  return out.sort((a, b) => rank[a.state] - rank[b.state] || best(b) - best(a) || (a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0));
}
