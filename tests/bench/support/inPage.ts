/**
 * Functions that run inside the page (page.evaluate): they must not close over
 * anything from Node, so each one is self-contained.
 */

declare global {
  interface Window {
    __benchLatencies?: number[];
  }
}

/**
 * Times every `type` event on the element from the event's timeStamp to the
 * paint that follows it: the next animation frame, then a task after that
 * frame (the frame has been produced by then). Results go to window.__benchLatencies.
 */
export function installLatencyProbe(arg: { selector: string; type: string }): void {
  const el = document.querySelector(arg.selector);
  if (!el) throw new Error(`no element ${arg.selector}`);
  window.__benchLatencies ??= [];
  el.addEventListener(
    arg.type,
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__benchLatencies!.push(performance.now() - start), 0));
    },
    { capture: true },
  );
}

export function latencyCount(): number {
  return window.__benchLatencies?.length ?? 0;
}

export function takeLatencies(): number[] {
  const out = window.__benchLatencies ?? [];
  window.__benchLatencies = [];
  return out;
}

/** Scrolls the roster by `step` px once per animation frame and records the frame deltas. */
export async function scrollAndRecordFrames(arg: { selector: string; rowSelector: string; steps: number; step: number }): Promise<{
  frameDeltas: number[];
  maxRowsInDom: number;
  scrolledPx: number;
  scrollHeight: number;
}> {
  const el = document.querySelector<HTMLElement>(arg.selector);
  if (!el) throw new Error(`no element ${arg.selector}`);
  // no named local functions here: tsx's keepNames would wrap them in a __name() the page lacks
  el.scrollTop = 0;
  await new Promise<number>((r) => requestAnimationFrame(r));
  await new Promise<number>((r) => requestAnimationFrame(r));
  const frameDeltas: number[] = [];
  let maxRowsInDom = 0;
  let last = await new Promise<number>((r) => requestAnimationFrame(r));
  for (let i = 0; i < arg.steps; i++) {
    el.scrollTop += arg.step;
    const now = await new Promise<number>((r) => requestAnimationFrame(r));
    frameDeltas.push(now - last);
    last = now;
    maxRowsInDom = Math.max(maxRowsInDom, document.querySelectorAll(arg.rowSelector).length);
  }
  // the frames that render the last scroll position
  for (let i = 0; i < 3; i++) {
    const now = await new Promise<number>((r) => requestAnimationFrame(r));
    frameDeltas.push(now - last);
    last = now;
  }
  return { frameDeltas, maxRowsInDom, scrolledPx: el.scrollTop, scrollHeight: el.scrollHeight };
}

/** Total bytes y-indexeddb holds for one database (its "updates" store). */
export async function indexedDbBytes(name: string): Promise<{ updates: number; bytes: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    if (!db.objectStoreNames.contains("updates")) return { updates: 0, bytes: 0 };
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction("updates", "readonly").objectStore("updates").getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error);
    });
    let bytes = 0;
    for (const u of all) if (u instanceof Uint8Array) bytes += u.byteLength;
    return { updates: all.length, bytes };
  } finally {
    db.close();
  }
}
