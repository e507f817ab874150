import type { InterventionStatus } from "../../model/intervention.ts";
import type { Role } from "../../model/roles.ts";

/**
 * The intervention status flow of PRODUCT.md: open -> claimed -> in_progress ->
 * delivered -> verified ("diterima dan dimanfaatkan"). Agencies move their own work
 * forward; only the pokja (kader) or the lurah may verify, because verification is
 * the village saying the help arrived, and it needs a date and a note. A step back
 * is a correction: the agency gives up (claimed -> open) or the pokja sends a
 * delivery back; only the lurah may undo a verification.
 *
 * The agency check (an OPD moves only its own agency's cards) is in permissions.ts.
 */
const FLOW: Record<InterventionStatus, Partial<Record<InterventionStatus, readonly Role[]>>> = {
  open: { claimed: ["opd", "lurah"] },
  claimed: { in_progress: ["opd", "lurah"], open: ["opd", "lurah"] },
  in_progress: { delivered: ["opd", "lurah"], claimed: ["opd", "lurah"] },
  delivered: { verified: ["kader", "lurah"], in_progress: ["opd", "kader", "lurah"] },
  verified: { delivered: ["lurah"] },
};

export interface Verification {
  /** the day the family was visited, YYYY-MM-DD */
  date: string;
  note: string;
}

export function nextStatuses(current: InterventionStatus, role: Role): InterventionStatus[] {
  const out: InterventionStatus[] = [];
  for (const [to, roles] of Object.entries(FLOW[current]) as Array<[InterventionStatus, readonly Role[]]>) {
    if (roles.includes(role)) out.push(to);
  }
  return out;
}

export type TransitionVerdict = { ok: true } | { ok: false; reason: "not-allowed" | "verification-needs-date-and-note" };

export function canTransition(from: InterventionStatus, to: InterventionStatus, role: Role, verification?: Verification): TransitionVerdict {
  if (!nextStatuses(from, role).includes(to)) return { ok: false, reason: "not-allowed" };
  if (to === "verified" && !isVerification(verification)) return { ok: false, reason: "verification-needs-date-and-note" };
  return { ok: true };
}

function isVerification(v: Verification | undefined): boolean {
  return v !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(v.date) && v.note.trim().length > 0;
}
