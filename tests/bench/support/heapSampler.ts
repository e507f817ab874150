import type { CDPSession } from "@playwright/test";

export interface HeapPeaks {
  /** the page's own isolate (main thread) */
  mainMB: number;
  /** the largest dedicated worker isolate seen (the import worker) */
  workerMB: number;
  samples: number;
}

interface AttachedEvent {
  sessionId: string;
  targetInfo: { type: string };
}

const MB = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

/**
 * Samples the JS heap of the page and of its dedicated workers (CDP Runtime.getHeapUsage; workers
 * through non-flattened auto-attach: Target.sendMessageToTarget) until stopped, and keeps the peaks.
 * A sample is the heap used at that moment, not after a GC: the peak is what the device must hold.
 */
export async function startHeapSampler(cdp: CDPSession, intervalMs = 200): Promise<{ peaks(): HeapPeaks; reset(): void; stop(): Promise<void> }> {
  const workers = new Set<string>();
  const waiting = new Map<number, (usedSize: number) => void>();
  let nextId = 1_000_000;
  cdp.on("Target.attachedToTarget", (e: AttachedEvent) => {
    if (e.targetInfo.type === "worker") workers.add(e.sessionId);
  });
  cdp.on("Target.detachedFromTarget", (e: { sessionId: string }) => workers.delete(e.sessionId));
  cdp.on("Target.receivedMessageFromTarget", (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result?.usedSize ?? 0);
  });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const workerHeap = async (sessionId: string): Promise<number> => {
    const id = nextId++;
    const answer = new Promise<number>((resolve) => {
      waiting.set(id, resolve);
      setTimeout(() => resolve(0), 2000);
    });
    await cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method: "Runtime.getHeapUsage" }) }).catch(() => undefined);
    const used = await answer;
    waiting.delete(id);
    return used;
  };

  let peaks: HeapPeaks = { mainMB: 0, workerMB: 0, samples: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const main = await cdp.send("Runtime.getHeapUsage").catch(() => ({ usedSize: 0 }));
      let worker = 0;
      for (const sessionId of [...workers]) worker = Math.max(worker, await workerHeap(sessionId));
      peaks = { mainMB: Math.max(peaks.mainMB, MB(main.usedSize)), workerMB: Math.max(peaks.workerMB, MB(worker)), samples: peaks.samples + 1 };
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    peaks: () => peaks,
    reset: () => void (peaks = { mainMB: 0, workerMB: 0, samples: 0 }),
    async stop() {
      running = false;
      await loop;
    },
  };
}
