import type { BoardCard, BoardView, HistoryEvent, NeedView, ResolvedClaim } from "../../state/board.ts";

/**
 * Plain questions asked of the board's projection, shared by the screens. Pure,
 * so the same answers on every device and easy to test.
 */
export type DueFilter = "" | "overdue" | "week" | "none";

export interface CardFilter {
  agency: string;
  domain: string;
  /** "" for all, else the RT number as typed */
  rt: string;
  due: DueFilter;
}

export const NO_FILTER: CardFilter = { agency: "", domain: "", rt: "", due: "" };

const DONE = new Set(["delivered", "verified"]);

export function isOverdue(card: Pick<BoardCard, "dueDate" | "status">, today: string): boolean {
  return card.dueDate !== "" && card.dueDate < today && !DONE.has(card.status);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The RT a card is for: its own RT target, or its need's RT. */
export function rtOfCard(card: Pick<BoardCard, "target">, view: BoardView): number | null {
  if (card.target.startsWith("rt:")) return Number(card.target.slice(3));
  if (card.target.startsWith("need:")) return view.needs.find((n) => n.id === card.target.slice(5))?.rt ?? null;
  return null;
}

export function filterCards(cards: BoardCard[], f: CardFilter, view: BoardView, today: string): BoardCard[] {
  return cards.filter((c) => {
    if (f.agency && c.agency !== f.agency) return false;
    if (f.domain && c.domain !== f.domain) return false;
    if (f.rt.trim() && rtOfCard(c, view) !== Number(f.rt)) return false;
    if (f.due === "overdue") return isOverdue(c, today);
    if (f.due === "week") return c.dueDate !== "" && !DONE.has(c.status) && c.dueDate <= addDays(today, 7);
    if (f.due === "none") return c.dueDate === "";
    return true;
  });
}

/** Open needs nobody handles yet (pending claims do not count as handled). */
export function unmetNeeds(view: BoardView): NeedView[] {
  return view.needs.filter((n) => !n.closed && !n.resolution?.winner);
}

export function handledNeeds(view: BoardView): NeedView[] {
  return view.needs.filter((n) => !n.closed && !!n.resolution?.winner);
}

/** Needs grouped by domain, then by RT (unknown RT last), in a stable order. */
export function groupNeeds(needs: NeedView[]): Array<{ domain: string; needs: NeedView[] }> {
  const domains = [...new Set(needs.map((n) => n.domain))].sort();
  const byRt = (a: NeedView, b: NeedView) => (a.rt ?? 999) - (b.rt ?? 999) || a.label.localeCompare(b.label, "id") || (a.id < b.id ? -1 : 1);
  return domains.map((domain) => ({ domain, needs: needs.filter((n) => n.domain === domain).sort(byRt) }));
}

/** Every claim of a need's (family, domain), winner first, then the rest as the rule ordered them. */
export function claimsOf(need: NeedView): ResolvedClaim[] {
  const r = need.resolution;
  if (!r) return [];
  return [...(r.winner ? [r.winner] : []), ...r.sameAgency, ...r.pending, ...r.losers, ...r.withdrawn, ...r.rejected];
}

export interface AgencyOverview {
  won: ResolvedClaim[];
  waiting: ResolvedClaim[];
  lostOrRejected: ResolvedClaim[];
  withdrawn: ResolvedClaim[];
  overdue: BoardCard[];
}

/** "Agensi saya": what the agency claimed, what waits for the relay, what it lost and why, what is late. */
export function agencyOverview(view: BoardView, cards: BoardCard[], agency: string, today: string): AgencyOverview {
  const mine = view.claims.filter((c) => c.agency === agency);
  return {
    won: mine.filter((c) => c.status === "confirmed-winner" || c.status === "same-agency"),
    waiting: mine.filter((c) => c.status === "pending" || c.status === "pending-will-lose"),
    lostOrRejected: mine.filter((c) => c.status === "lost" || c.status === "rejected"),
    withdrawn: mine.filter((c) => c.status === "withdrawn"),
    overdue: cards.filter((c) => c.agency === agency && isOverdue(c, today)),
  };
}

/** The winner of a claim's (family, domain), if any. */
export function winnerFor(view: BoardView, claim: Pick<ResolvedClaim, "familyId" | "domain">): ResolvedClaim | null {
  return view.claims.find((c) => c.familyId === claim.familyId && c.domain === claim.domain && c.status === "confirmed-winner") ?? null;
}

/** The need a claim was made on, for its label. */
export function needOfClaim(view: BoardView, claim: Pick<ResolvedClaim, "target">): NeedView | null {
  return claim.target.startsWith("need:") ? (view.needs.find((n) => n.id === claim.target.slice(5)) ?? null) : null;
}

/** A family's board history: its needs, claims and cards, in the ledger's order. */
export function familyHistory(view: BoardView, cards: BoardCard[], familyId: string): HistoryEvent[] {
  const needs = new Set(view.needs.filter((n) => n.familyId === familyId).map((n) => n.id));
  const claims = new Set(view.claims.filter((c) => c.familyId === familyId).map((c) => c.id));
  const items = new Set(cards.filter((c) => c.familyId === familyId || (c.target.startsWith("need:") && needs.has(c.target.slice(5)))).map((c) => c.id));
  return view.history.filter((e) => needs.has(e.needId) || claims.has(e.claimId) || items.has(e.interventionId));
}
