import { boolOrNull } from "./codecs.ts";
import type { Edits } from "./records.ts";
import { headsOf } from "./registers.ts";
import type { FieldSpec } from "./schema.ts";

/**
 * A household's life beyond its fields (issue 14, item 8): deleted or not, as a
 * register of the household's record like any field (`<household>/deleted/<entry>`
 * = [true | null, by, atSeconds, ...supersedes]), so who deleted or restored it,
 * and when, travels with the edit. Never in the base tuple (a household is created
 * present), so HOUSEHOLD_FIELDS and its stored order stay as they are.
 */
export const LIFECYCLE_FIELDS = [{ name: "deleted", codec: boolOrNull, critical: false } satisfies FieldSpec<"deleted", boolean | null>] as const;

export interface Deletion {
  by: string;
  /** ISO, the deleting device's clock */
  at: string;
}

/** The deletion in force, from the household record's edits: null while present (never deleted, or restored). Concurrent answers settle as any ordinary field. */
export function deletionOf(edits: Edits | undefined): Deletion | null {
  const entries = edits?.get("deleted");
  if (!entries || entries.length === 0) return null;
  const heads = headsOf(entries);
  const shown = heads[heads.length - 1];
  return shown && shown.stored === true ? { by: shown.by, at: new Date(shown.at * 1000).toISOString() } : null;
}
