import type { DistrictOverview } from "@shared/rules/districtView.ts";

/**
 * The last reports a district device fetched, kept in IndexedDB so they stay readable offline (issue 16).
 * 500 villages x 12 months is a few MB of numbers: more than localStorage holds. Aggregates only.
 */
const DB = "rembuk-district";
const STORE = "overview";

export interface CachedOverview {
  overview: DistrictOverview;
  /** epoch ms */
  fetchedAt: number;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("indexedDB"));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error("indexedDB"));
      tx.onabort = () => reject(tx.error ?? new Error("indexedDB"));
    });
  } finally {
    db.close();
  }
}

export async function readCachedOverview(space: string): Promise<CachedOverview | null> {
  try {
    return ((await run("readonly", (s) => s.get(space))) as CachedOverview | undefined) ?? null;
  } catch {
    return null;
  }
}

export function writeCachedOverview(space: string, value: CachedOverview): Promise<unknown> {
  return run("readwrite", (s) => s.put(value, space)).catch(() => undefined);
}

export function wipeCachedOverview(space: string): Promise<unknown> {
  return run("readwrite", (s) => s.delete(space)).catch(() => undefined);
}
