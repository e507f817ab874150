/**
 * Section 5: the board in the month. Cards by agency and status as they stood at the month's end
 * (read from the board's history of status changes, so October's report printed in December still
 * says October), families with a need and families an agency handles, "diterima dan dimanfaatkan"
 * confirmed in the month, and double help refused ("tidak mungkin dobel penanganan": claims that lost
 * to the agency already handling the family for that domain, by the relay's order).
 * Device clocks are informative; a time is placed in a month by the device's UTC offset.
 */
import { STATUSES, isStatus, type InterventionStatus } from "../../model/intervention.ts";
import { inMonth, localDateOf, monthSpan } from "./month.ts";
import type { InterventionSection, ReportBoard, ReportCard, StatusCounts } from "./types.ts";

const emptyCounts = (): StatusCounts => ({ open: 0, claimed: 0, in_progress: 0, delivered: 0, verified: 0 });

/** "-> claimed" or "open -> claimed": the status a change moved to. */
function movedTo(detail: string): InterventionStatus | null {
  const to = detail.split("->").at(-1)?.trim() ?? "";
  return isStatus(to) ? to : null;
}

/**
 * Each card's status on the civil date `last` (inclusive), for cards made by then: the last status
 * change of the history on or before that day; a card whose history has none (made before the
 * history was kept) is taken as it is now.
 */
export function statusesAt(board: ReportBoard, last: string, offset: number): Map<string, InterventionStatus> {
  const out = new Map<string, InterventionStatus>();
  const changed = new Map<string, { day: string; status: InterventionStatus }>();
  for (const e of board.history) {
    if (e.kind !== "status" || e.interventionId === "") continue;
    const day = localDateOf(e.at, offset);
    const status = movedTo(e.detail);
    // history is append-only in merge order; the later line of the same day is the later change
    if (day === "" || day > last || !status) continue;
    const prev = changed.get(e.interventionId);
    if (!prev || prev.day <= day) changed.set(e.interventionId, { day, status });
  }
  for (const card of board.cards) {
    const made = localDateOf(card.createdAt, offset);
    if (made !== "" && made > last) continue;
    out.set(card.id, changed.get(card.id)?.status ?? card.status);
  }
  return out;
}

function byAgency(cards: readonly ReportCard[], status: ReadonlyMap<string, InterventionStatus>): InterventionSection["byAgency"] {
  const agencies = new Map<string, StatusCounts>();
  for (const card of cards) {
    const s = status.get(card.id);
    if (!s) continue;
    let counts = agencies.get(card.agency);
    if (!counts) agencies.set(card.agency, (counts = emptyCounts()));
    counts[s] += 1;
  }
  return [...agencies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([agency, counts]) => ({ agency, counts, total: STATUSES.reduce((n, s) => n + counts[s], 0) }));
}

/** Null when the board held nothing by the month's end: tidak ada data. */
export function interventionSection(board: ReportBoard, month: string, offset: number): InterventionSection | null {
  const { last } = monthSpan(month);
  const byEnd = (iso: string) => {
    const day = localDateOf(iso, offset);
    return day !== "" && day <= last;
  };
  const status = statusesAt(board, last, offset);
  const needs = board.needs.filter((n) => byEnd(n.createdAt));
  if (status.size === 0 && needs.length === 0 && !board.claims.some((c) => c.confirmation && byEnd(c.confirmation.at))) return null;
  const agencies = byAgency(board.cards, status);
  const total = { ...emptyCounts(), total: 0 };
  for (const a of agencies) {
    for (const s of STATUSES) total[s] += a.counts[s];
    total.total += a.total;
  }
  const handled = new Set<string>();
  let refused = 0;
  for (const c of board.claims) {
    if (!c.confirmation || c.confirmation.rejected !== null) continue;
    if (c.status === "confirmed-winner" && byEnd(c.confirmation.at)) handled.add(c.familyId);
    if (c.status === "lost" && inMonth(localDateOf(c.confirmation.at, offset), month)) refused += 1;
  }
  return {
    byAgency: agencies,
    total,
    keluargaDenganKebutuhan: new Set(needs.map((n) => n.familyId)).size,
    keluargaDiklaim: handled.size,
    diterimaBulanIni: board.cards.filter((c) => c.verifiedOn !== null && inMonth(c.verifiedOn, month)).length,
    klaimGandaDitolak: refused,
  };
}
