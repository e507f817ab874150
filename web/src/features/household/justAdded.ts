import { createSignal } from "solid-js";

/**
 * The family just added on this screen (issue 14, item 12): the roster's form
 * opens its page, which says "Tersimpan" once. Kept in memory only: a reload or
 * another device never shows it.
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
