/**
 * Runs an import job (or its rollback) a slice at a time on the main thread, giving the browser a turn
 * between slices (input, paint, the progress bar): shared/src/crdt/roster/importSlices.ts writes each
 * slice as one transaction. A slice's length adapts to the device: the whole task (the slice's records,
 * the transaction's update encoded and handed to IndexedDB and the relay, the observers) aims at
 * TASK_MS, measured on the slices before it, so a cheap phone and a laptop both stay responsive.
 *
 * Which batches this device started is kept in localStorage, and a running job holds a Web Lock named
 * after its batch: a batch written in part that this device started and whose lock nobody holds was cut
 * short (the tab closed, the phone restarted), and this device rolls it back (imports.ts).
 */
const TASK_MS = 40;
const MIN_BUDGET_MS = 2;

export interface SteppedJob {
  step(shouldYield: () => boolean): boolean;
}

/** A macrotask turn: input and paint may run before the next slice (a microtask would not let them). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs the job's steps, each in its own task. A step works until its budget is spent, then ends its
 * transaction: the records' encoding, storage, the relay, the observers (the tail) come on top, about as
 * long again as the work on a phone. The budget is the task's aim divided by the whole step's time over
 * its work, as last measured (quick to grow, slow to shrink), so a task stays near TASK_MS whatever the tail.
 */
export async function runInSlices(job: SteppedJob, onSlice?: () => void): Promise<void> {
  let factor = 2.5;
  for (;;) {
    const started = performance.now();
    const budget = Math.max(MIN_BUDGET_MS, TASK_MS / factor);
    let toldAt = 0;
    const done = job.step(() => {
      const now = performance.now();
      if (now - started < budget) return false;
      toldAt = now;
      return true;
    });
    const took = performance.now() - started;
    // a step that ended before its budget (the work ran out) says nothing of the tail
    if (toldAt > 0) {
      const measured = Math.min(20, Math.max(1, took / Math.max(0.5, toldAt - started)));
      factor = measured > factor ? measured : 0.7 * factor + 0.3 * measured;
    }
    onSlice?.();
    if (done) return;
    await nextTask();
  }
}

interface Locks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const locks = (): Locks | null => {
  const nav = typeof navigator === "undefined" ? undefined : (navigator as Navigator & { locks?: Locks });
  return nav?.locks ?? null;
};

/** Whether this browser tells a batch cut short from one another tab is writing (Web Locks). */
export const canTellRunning = (): boolean => locks() !== null;

/** Batches this tab is writing or rolling back now. */
const runningHere = new Set<string>();

export const isRunningHere = (batchId: string): boolean => runningHere.has(batchId);

const lockName = (workspaceId: string, batchId: string) => `rembuk:import:${workspaceId}:${batchId}`;
const startedKey = (workspaceId: string) => `rembuk:imports-started:${workspaceId}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Batch ids this device started and has not seen committed (rolled back ones stay: see imports.ts). */
export function startedHere(workspaceId: string): Set<string> {
  try {
    const raw = JSON.parse(storage()?.getItem(startedKey(workspaceId)) ?? "[]") as unknown;
    return new Set(Array.isArray(raw) ? raw.filter((v): v is string => typeof v === "string") : []);
  } catch {
    return new Set();
  }
}

/** Ids kept: a batch rolled back stays listed (its slices may still come from the relay), the oldest go first. */
const KEEP_STARTED = 50;

export function markStarted(workspaceId: string, batchId: string, started: boolean): void {
  const ids = startedHere(workspaceId);
  if (started === ids.has(batchId)) return;
  if (started) ids.add(batchId);
  else ids.delete(batchId);
  try {
    storage()?.setItem(startedKey(workspaceId), JSON.stringify([...ids].slice(-KEEP_STARTED)));
  } catch {
    // a full localStorage only costs the rollback of a batch cut short on this device
  }
}

/**
 * Runs `work` holding the batch's lock (waiting while another tab of this device holds it), marked as
 * running in this tab. Without Web Locks it runs at once.
 */
export async function withBatchLock<T>(workspaceId: string, batchId: string, work: () => Promise<T>): Promise<T> {
  const run = async () => {
    runningHere.add(batchId);
    try {
      return await work();
    } finally {
      runningHere.delete(batchId);
    }
  };
  const l = locks();
  return l ? l.request(lockName(workspaceId, batchId), run) : run();
}

/** Writes a batch's job to its end: marked as this device's first (so a cut short batch is rolled back on the next open), holding its lock. */
export async function runBatchJob(workspaceId: string, batchId: string, job: SteppedJob, onSlice: () => void): Promise<void> {
  markStarted(workspaceId, batchId, true);
  await withBatchLock(workspaceId, batchId, () => runInSlices(job, onSlice));
}
