/**
 * Asks the browser to keep our IndexedDB when space runs low (PRODUCT.md:
 * "asks for persistent storage and warns before data could be lost").
 */
export interface StorageState {
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function requestPersistentStorage(): Promise<StorageState> {
  const storage = typeof navigator !== "undefined" ? navigator.storage : undefined;
  if (!storage?.persist) return { persisted: null, usageBytes: null, quotaBytes: null };
  let persisted = await storage.persisted().catch(() => false);
  if (!persisted) persisted = await storage.persist().catch(() => false);
  const estimate = await storage.estimate().catch(() => ({}) as StorageEstimate);
  return { persisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
}
