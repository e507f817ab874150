import { createSignal } from "solid-js";

/**
 * The family just added on this screen (issue 14, item 12): the roster's form
 * opens its page, which says "Tersimpan" once; and the family just deleted
 * (item 8): the roster says so once, with an undo. Kept in memory only: a reload
 * or another device never shows them.
 */
const [added, setAdded] = createSignal<string | null>(null);

export function markJustAdded(householdId: string): void {
  setAdded(householdId);
}

/** True once for the family just added; reading it clears it, so coming back later says nothing. */
export function takeJustAdded(householdId: string): boolean {
  if (added() !== householdId) return false;
  setAdded(null);
  return true;
}

const [deleted, setDeleted] = createSignal<{ id: string; name: string } | null>(null);

export function markJustDeleted(householdId: string, name: string): void {
  setDeleted({ id: householdId, name });
}

/** The family just deleted on this device, once (reading it clears it). */
export function takeJustDeleted(): { id: string; name: string } | null {
  const d = deleted();
  setDeleted(null);
  return d;
}
