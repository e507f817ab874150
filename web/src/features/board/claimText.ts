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
 * One history line; status details "open -> claimed" are shown with the status names, and a
 * reassignment's "DINSOS -> DLHK (<new claim id>): <reason>" as "DINSOS → DLHK: <reason>" (ids are
 * not for people). A need's events say which need: its reason (and domain); `need` names the need
 * a closing refers to, when the caller knows it.
 */
export function historyText(e: HistoryEvent, need?: Pick<NeedView, "reason">): string {
  const closedWhy = tMaybe(`need.closed.${e.detail}`, e.detail);
  const detail =
    e.kind === "status"
      ? e.detail.replace(/(\w+)/g, (w) => tMaybe(`status.${w}`, w)).replace("->", "→")
      : e.kind === "need"
        ? needDetail(e.detail)
        : e.kind === "need-closed"
          ? [need ? reasonText(need.reason) : "", closedWhy].filter(Boolean).join(": ")
          : e.kind === "claim"
            ? e.detail.replace(/ (need|family):[\w-]+/, "").replace(/\b(pantas_\w+)\b/g, (d) => tMaybe(`domain.${d}`, d))
            : e.kind === "reassign"
              ? e.detail.replace(/^([\w-]+) -> ([\w-]+) \([\w-]+\):/, "$1 → $2:")
              : e.detail;
  return tMaybe(`history.${e.kind}`, e.kind).replace(/\{(\w+)\}/g, (_, k: string) => (k === "by" ? e.by : k === "detail" ? detail : ""));
}
