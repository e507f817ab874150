import { rtTargetOf } from "@shared/model/index.ts";
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
  /** "" for all, else the RW number as typed (RT numbers repeat across RWs) */
  rw: string;
  due: DueFilter;
}

export const NO_FILTER: CardFilter = { agency: "", domain: "", rt: "", rw: "", due: "" };

const DONE = new Set(["delivered", "verified"]);

export function isOverdue(card: Pick<BoardCard, "dueDate" | "status">, today: string): boolean {
  return card.dueDate !== "" && card.dueDate < today && !DONE.has(card.status);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The RT and RW a card is for: its own RT target, or its need's family's. `rw` is null where it is not
 * known (a card or need made before they named the RW); null for a card for the whole kampung.
 */
export function areaOfCard(card: Pick<BoardCard, "target">, view: BoardView): { rt: number | null; rw: number | null } | null {
  const own = rtTargetOf(card.target);
  if (own) return own;
  if (card.target.startsWith("need:")) {
    const need = view.needs.find((n) => n.id === card.target.slice(5));
    return need ? { rt: need.rt, rw: need.rw } : null;
  }
  return null;
}

/** The number typed in a filter field, null when it is empty; NaN for what is no number (matches nothing). */
const typed = (text: string): number | null => (text.trim() === "" ? null : Number(text.trim()));

export function filterCards(cards: BoardCard[], f: CardFilter, view: BoardView, today: string): BoardCard[] {
  const rt = typed(f.rt);
  const rw = typed(f.rw);
  return cards.filter((c) => {
    if (f.agency && c.agency !== f.agency) return false;
    if (f.domain && c.domain !== f.domain) return false;
    if (rt !== null || rw !== null) {
      // a card whose RW is not known is left out of an RW filter: it may be another RW's RT of that number
      const area = areaOfCard(c, view);
      if (rt !== null && area?.rt !== rt) return false;
      if (rw !== null && area?.rw !== rw) return false;
    }
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

/** Needs grouped by domain, then by RW and RT (unknown last), in a stable order. */
export function groupNeeds(needs: NeedView[]): Array<{ domain: string; needs: NeedView[] }> {
  const domains = [...new Set(needs.map((n) => n.domain))].sort();
  const byArea = (a: NeedView, b: NeedView) =>
    (a.rw ?? 999) - (b.rw ?? 999) || (a.rt ?? 999) - (b.rt ?? 999) || a.label.localeCompare(b.label, "id") || (a.id < b.id ? -1 : 1);
  return domains.map((domain) => ({ domain, needs: needs.filter((n) => n.domain === domain).sort(byArea) }));
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
