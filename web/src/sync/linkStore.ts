import { base64UrlDecode, base64UrlEncode, roomName, type DocKind } from "@shared/model/index.ts";

/**
 * What a document's link keeps in localStorage beside its IndexedDB copy, all wiped on "keluar":
 * - pending: the count of changes the relay has not confirmed, and since when (pendingTracker.ts);
 * - synced: when this device first received the relay's copy (until then an empty roster means "loading");
 * - confirmed: the document's state vector at the last moment the relay held everything this copy held,
 *   so an export of unsynced changes (a revoked phone) carries only what came after.
 */
export function linkKeys(workspaceId: string, kind: DocKind): { pending: string; synced: string; confirmed: string } {
  const room = roomName(workspaceId, kind);
  return { pending: `rembuk:pending:${room}`, synced: `rembuk:synced:${room}`, confirmed: `rembuk:confirmed:${room}` };
}

export function writeStateVector(key: string, vector: Uint8Array): void {
  try {
    localStorage.setItem(key, base64UrlEncode(vector));
  } catch {
    // a full localStorage only makes a later export larger (the whole document)
  }
}

export function readStateVector(key: string): Uint8Array | null {
  const text = localStorage.getItem(key);
  return text === null ? null : base64UrlDecode(text);
}
