import { formatDate, t, tMaybe } from "../../i18n/index.ts";
import type { HistoryEvent, NeedView, ResolvedClaim } from "../../state/board.ts";

/** What a claim's status means, in words; `winner` is the key's winner, for the loser's "handled by". */
export function claimStatusText(c: ResolvedClaim, winner: ResolvedClaim | null): string {
  const since = (w: ResolvedClaim) => formatDate(w.confirmation?.at ?? w.createdAt);
  switch (c.status) {
    case "confirmed-winner":
      return t("claim.winner", { agency: c.agency, date: since(c) });
    case "same-agency":
      return t("claim.sameAgency", { agency: c.agency });
    case "pending":
      return t("claim.pending");
    case "pending-will-lose":
      return winner ? t("claim.pendingWillLose", { agency: winner.agency }) : t("claim.pending");
    case "lost":
      return winner ? t("claim.lost", { agency: winner.agency, date: since(winner) }) : t("claim.lostNoWinner");
    case "withdrawn":
      return t("claim.withdrawn", { by: c.withdrawal?.by ?? "", reason: c.withdrawal?.reason ?? "" });
    case "rejected":
      return t("claim.rejected", { reason: c.confirmation?.rejected ?? "" });
  }
}

export function handledByText(winner: ResolvedClaim): string {
  return t("need.handledBy", { agency: winner.agency, date: formatDate(winner.confirmation?.at ?? winner.createdAt) });
}

export function reasonText(reason: string): string {
  return reason === "stunting" ? t("need.reason.stunting") : tMaybe(`factor.${reason}`, reason);
}

/** "Kel. B. S., RT 03: jamban tidak layak" */
export function needTitle(need: Pick<NeedView, "label" | "reason">): string {
  return t("need.title", { label: need.label, reason: reasonText(need.reason) });
}

/** A published need's "<domain> <reason>" as "jamban tidak layak (Pantas tempat tinggal)". */
function needDetail(detail: string): string {
  const [domain = "", reason = ""] = detail.split(" ");
  return reason ? `${reasonText(reason)} (${tMaybe(`domain.${domain}`, domain)})` : tMaybe(`domain.${domain}`, domain);
}

/**
 * One history line, in words: status details "open -> claimed" with the status names; a
 * reassignment's "DINSOS -> DLHK (<new claim id>): <reason>" as "DINSOS → DLHK: <reason>"; a published
 * need by its reason and domain ("domain reason" stored); a closed need by its reason (`needOf` finds it)
 * and why it closed ("verified" and "family-deleted" are the app's own codes for it); the relay's
 * confirmation without its seq. Ids, seqs and stored codes are not for people.
 */
export function historyText(e: HistoryEvent, needOf: (id: string) => Pick<NeedView, "reason"> | undefined = () => undefined): string {
  return tMaybe(`history.${e.kind}`, e.kind).replace(/\{(\w+)\}/g, (_, k: string) => (k === "by" ? e.by : k === "detail" ? historyDetail(e, needOf) : ""));
}

function historyDetail(e: HistoryEvent, needOf: (id: string) => Pick<NeedView, "reason"> | undefined): string {
  switch (e.kind) {
    case "status":
      return e.detail.replace(/(\w+)/g, (w) => tMaybe(`status.${w}`, w)).replace("->", "→");
    case "claim":
      return e.detail.replace(/ (need|family):[\w-]+/, "").replace(/\b(pantas_\w+)\b/g, (d) => tMaybe(`domain.${d}`, d));
    case "need":
      return needDetail(e.detail);
    case "need-closed": {
      const need = needOf(e.needId);
      const why = tMaybe(`need.closed.${e.detail}`, e.detail);
      if (!need) return why;
      return why ? `${reasonText(need.reason)} (${why})` : reasonText(need.reason);
    }
    case "reassign":
      return e.detail.replace(/^([\w-]+) -> ([\w-]+) \([\w-]+\):/, "$1 → $2:");
    default:
      return e.detail;
  }
}
