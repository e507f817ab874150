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
import { nextTask } from "./nextTask.ts";

const TASK_MS = 50;
/** A step's work stops after this long (what writes little, like reading the roster's index, is bounded by it). */
const WORK_MS = 35;
/** Records the first step may write, before any step was measured (about 20 ms on a phone at 4x throttling). */
const FIRST_RECORDS = 100;
/** Steps that wrote fewer records say little of the cost per record (the transaction's own cost dominates); a step may always write this many. */
const MEASURE_FROM_RECORDS = 16;
/** The steps whose cost per record is remembered: their median (or the last step's, when dearer) paces the next. */
const REMEMBERED = 9;
/** A step writes at most this many records (a burst cannot make one long). */
const MAX_RECORDS = 600;

export interface SteppedJob {
  /**
   * Works until `shouldYield(written)` says stop, asked between pieces of work with the records (keys
   * set or deleted) the step has written so far; true when the job is done.
   */
  step(shouldYield: (written: number) => boolean): boolean;
}

/** The runner's clock and its turn between steps (a test gives its own). */
export interface SliceClock {
  now(): number;
  nextTask(): Promise<void>;
}

const browserClock: SliceClock = { now: () => performance.now(), nextTask };

/**
 * How many records a step may write, learnt from the steps before it. A step's task is its work, then
 * its transaction's end: the records encoded, handed to IndexedDB and the relay, the observers (the
 * tail), paid per record written, and on a phone longer than the work that made them. So a step
 * writes at most TASK_MS over the whole task's time per record, as the last steps measured it.
 *
 * Counted, not timed: the CPU may come in bursts (Chromium's throttling on a busy machine certainly
 * does), and a step whose work happened to run in one wrote 781 records in its 8 ms of work where its
 * neighbours wrote 30, then took 338 ms to encode, send and store them (paced by a time budget alone,
 * tests/bench/IMPORT-WIZARD.md). So the pace is the median of the last steps' costs per record, or the
 * last step's when it was dearer: a step the system interrupted (a garbage collection, another process)
 * shortens the next one only, a run of steps in a burst does not outlast the first slow step after it,
 * and no step writes more than MAX_RECORDS.
 */
export class SlicePacer {
  private readonly costs: number[] = [];
  private started = 0;
  private written = 0;

  constructor(private readonly clock: Pick<SliceClock, "now"> = browserClock) {}

  /** Records the next step may write. */
  get recordCap(): number {
    if (this.costs.length === 0) return FIRST_RECORDS;
    const sorted = [...this.costs].sort((a, b) => a - b);
    const cost = Math.max(sorted[sorted.length >> 1]!, this.costs.at(-1)!);
    return Math.max(MEASURE_FROM_RECORDS, Math.min(MAX_RECORDS, Math.floor(TASK_MS / cost)));
  }

  /** Starts a step: its shouldYield. */
  begin(): (written?: number) => boolean {
    const started = (this.started = this.clock.now());
    const cap = this.recordCap;
    this.written = 0;
    return (written = 0) => {
      if (written > this.written) this.written = written;
      return written >= cap || this.clock.now() - started >= WORK_MS;
    };
  }

  /** Ends the step: learns from it. */
  end(): void {
    if (this.written < MEASURE_FROM_RECORDS) return;
    this.costs.push((this.clock.now() - this.started) / this.written);
    if (this.costs.length > REMEMBERED) this.costs.shift();
  }
}

/** Runs the job's steps, each in its own task, paced by a SlicePacer. */
export async function runInSlices(job: SteppedJob, onSlice?: () => void, clock: SliceClock = browserClock): Promise<void> {
  const pacer = new SlicePacer(clock);
  for (;;) {
    const done = job.step(pacer.begin());
    pacer.end();
    onSlice?.();
    if (done) return;
    await clock.nextTask();
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
