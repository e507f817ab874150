/**
 * How long a deleted household can be restored (issue 14, item 8). After that a
 * device that writes the roster purges it: its personal data leaves the document
 * (data minimisation, UU 27/2022), only its id stays, marked gone.
 */
export const RESTORE_DAYS = 30;
const DAY_MS = 86_400_000;

/** The last moment a household deleted at `deletedAt` (ISO) can be restored. */
export function restorableUntil(deletedAt: string, days = RESTORE_DAYS): Date {
  return new Date(Date.parse(deletedAt) + days * DAY_MS);
}

/** Whole days left to restore it, at least 0. */
export function daysLeftToRestore(deletedAt: string, now: Date, days = RESTORE_DAYS): number {
  return Math.max(0, Math.ceil((restorableUntil(deletedAt, days).getTime() - now.getTime()) / DAY_MS));
}

/**
 * True once the restore period is over. The deleting device's clock dates the
 * deletion (informative, like every roster time): an unreadable date never purges.
 */
export function purgeDue(deletedAt: string, now: Date, days = RESTORE_DAYS): boolean {
  const until = restorableUntil(deletedAt, days).getTime();
  return Number.isFinite(until) && now.getTime() > until;
}
