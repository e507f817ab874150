import * as Y from "yjs";

/**
 * Would this update change the relay's document? Used only to decide whether a
 * dropped (read-only) update counts as an attempted write: every read-only client
 * answers the relay's sync step 1 with a step 2 that usually holds nothing new
 * (and always repeats the full delete set), and that is not worth counting or logging.
 */
export function carriesNews(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    const known = Y.decodeStateVector(Y.encodeStateVector(doc));
    const meta = Y.parseUpdateMeta(update);
    for (const [client, clock] of meta.to) {
      if (clock > (known.get(client) ?? 0)) return true;
    }
    const { ds } = Y.decodeUpdate(update);
    if (ds.clients.size === 0) return false;
    const deleted = Y.createDeleteSetFromStructStore(doc.store);
    for (const [client, items] of ds.clients) {
      const have = deleted.clients.get(client) ?? [];
      for (const item of items) {
        if (!have.some((h) => h.clock <= item.clock && item.clock + item.len <= h.clock + h.len)) return true;
      }
    }
    return false;
  } catch {
    // Unparseable bytes from a read-only client: an attempted write all the same.
    return true;
  }
}
