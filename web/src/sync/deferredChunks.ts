/**
 * The chunks the service worker's install leaves out (the map: 1 MB of maplibre-gl), so the first visit
 * on a weak link is the app, not the map (scripts/vite/deferredChunks.ts names them in index.html).
 * Once the app is ready offline and the browser is idle, they are fetched into the cache the service
 * worker serves them from (vite.config.ts, runtimeCaching), so the map opens with no network later on.
 * Opening the map before that also caches it (through the service worker, once it controls the page).
 */
export const DEFERRED_CHUNKS_CACHE = "rembuk-deferred-chunks";
export const DEFERRED_CHUNKS_META = "rembuk-deferred-chunks";

/** The deferred files of this version, as absolute URLs. */
export function deferredChunkUrls(): string[] {
  const content = document.querySelector(`meta[name="${DEFERRED_CHUNKS_META}"]`)?.getAttribute("content") ?? "";
  return content
    .split(/\s+/)
    .filter(Boolean)
    .map((path) => new URL(path, location.href).href);
}

/**
 * Puts this version's deferred files in their cache and drops other versions' copies (each map chunk
 * is a megabyte of a cheap phone's storage). Already cached files are not fetched again.
 */
export async function cacheDeferredChunks(urls: readonly string[] = deferredChunkUrls()): Promise<void> {
  if (typeof caches === "undefined") return;
  const cache = await caches.open(DEFERRED_CHUNKS_CACHE);
  const wanted = new Set(urls);
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
  const missing: string[] = [];
  for (const url of urls) if (!(await cache.match(url))) missing.push(url);
  await cache.addAll(missing);
}

interface NetworkInformationLike {
  saveData?: boolean;
}

/**
 * Runs cacheDeferredChunks once `ready` resolves and the browser is next idle; not on a connection the
 * person asked to spare (Data Saver), nor offline (then the map is cached the first time it is opened).
 * Returns a cancel function.
 */
export function cacheDeferredChunksWhenIdle(ready: Promise<unknown>): () => void {
  let cancelled = false;
  let idleHandle: number | null = null;
  void ready.then(() => {
    if (cancelled) return;
    const connection = (navigator as Navigator & { connection?: NetworkInformationLike }).connection;
    if (connection?.saveData || !navigator.onLine) return;
    const run = () => {
      idleHandle = null;
      if (!cancelled) cacheDeferredChunks().catch(() => undefined); // a failed fetch is retried on the next launch
    };
    idleHandle = typeof requestIdleCallback === "function" ? requestIdleCallback(run, { timeout: 10_000 }) : window.setTimeout(run, 2_000);
  });
  return () => {
    cancelled = true;
    if (idleHandle === null) return;
    if (typeof cancelIdleCallback === "function") cancelIdleCallback(idleHandle);
    else clearTimeout(idleHandle);
  };
}
