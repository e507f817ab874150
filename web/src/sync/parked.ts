import type * as Y from "yjs";

/**
 * The relay's close code for "an update of yours needed something the relay does not have:
 * reconnect and sync again" (relay/PROTOCOL.md, close codes). It sits in y-websocket's retry
 * range (4500-4599), so the provider reconnects by itself and its next sync step 2 carries
 * what was missing.
 */
export const CLOSE_RESYNC = 4500;

/**
 * Drops what this copy of a document keeps aside because a dependency never arrived (Yjs's
 * pending structs and deletions). Yjs puts them into every sync step 2 this device sends, and
 * the relay refuses an update with missing dependencies, so a device holding some would be
 * refused on every reconnect. A relay from before that refusal served its own parked bytes to
 * every device that synced with it; they were never part of the document anyone sees. Returns
 * whether anything was dropped.
 */
export function dropParked(doc: Y.Doc): boolean {
  const store = doc.store;
  if (store.pendingStructs === null && store.pendingDs === null) return false;
  store.pendingStructs = null;
  store.pendingDs = null;
  return true;
}
