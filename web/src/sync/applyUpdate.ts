import * as Y from "yjs";

/** The transaction origin of changes applied from another device's export file (counted and sent as this device's). */
export const IMPORT_ORIGIN = Symbol("rembuk:import");

export type ApplyCheck = "applicable" | "needs-sync" | "damaged";

/**
 * Whether another device's exported changes can be applied to this copy as they are. They build on what
 * that device had confirmed with the relay; if this copy lacks some of it (it is behind the relay), Yjs
 * would keep part of them aside, and the relay refuses updates with missing dependencies: "needs-sync",
 * sync this device first. Tried on a scratch copy, so the real document is never left half-applied.
 */
export function checkApplicable(doc: Y.Doc, update: Uint8Array): ApplyCheck {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    try {
      Y.applyUpdate(scratch, update);
    } catch {
      return "damaged";
    }
    return scratch.store.pendingStructs === null && scratch.store.pendingDs === null ? "applicable" : "needs-sync";
  } finally {
    scratch.destroy();
  }
}
