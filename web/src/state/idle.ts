const SLICE_MS = 10;

/** Chromium's `navigator.scheduling` (not in TypeScript's DOM types); absent elsewhere. */
interface Scheduling {
  isInputPending?(): boolean;
}

export type IdleStep = (shouldYield: () => boolean) => boolean;

/** How soon a task's result is wanted: a task waits while one of a higher priority is pending. */
export const IDLE_PRIORITY = { background: 0, screen: 1 } as const;

interface Task {
  step: IdleStep;
  priority: number;
}

/** Pending tasks, highest priority first (first come first within one priority). */
const tasks: Task[] = [];
let cancelTurn: (() => void) | null = null;

/**
 * Runs `step` in the browser's idle periods until it returns true (done). `step` works until
 * its `shouldYield()` says stop: when the idle deadline is near, as soon as a key or tap is
 * waiting where the browser can tell (Chromium), and after 10 ms where it cannot, because an
 * idle period lasts up to 50 ms and a key pressed at its start would otherwise wait for all of it. All tasks share one idle
 * turn, the highest priority first: the search index of the screen in front of the person is
 * built before the screening that only warms a cache. Returns a disposer that cancels it.
 */
export function makeIdleTask(step: IdleStep, priority: number = IDLE_PRIORITY.screen): () => void {
  const task: Task = { step, priority };
  const at = tasks.findIndex((t) => t.priority < priority);
  tasks.splice(at < 0 ? tasks.length : at, 0, task);
  scheduleTurn();
  return () => {
    const i = tasks.indexOf(task);
    if (i >= 0) tasks.splice(i, 1);
    if (tasks.length === 0) {
      cancelTurn?.();
      cancelTurn = null;
    }
  };
}

function runTurn(deadline?: IdleDeadline): void {
  cancelTurn = null;
  const started = performance.now();
  const scheduling = (globalThis.navigator as (Navigator & { scheduling?: Scheduling }) | undefined)?.scheduling;
  const canTell = typeof scheduling?.isInputPending === "function";
  const sliceOver = () => performance.now() - started > SLICE_MS;
  // Chromium tells when a key is waiting, so a turn may use its whole idle period (a callback
  // asked for during a turn only runs in the next period: stopping early wastes the rest).
  // Elsewhere a key waits for the rest of the turn, so turns last at most SLICE_MS.
  const shouldYield = () => (deadline ? deadline.timeRemaining() < 3 : sliceOver()) || (canTell ? scheduling!.isInputPending!() : sliceOver());
  while (tasks.length > 0 && !shouldYield()) {
    const task = tasks[0]!;
    if (!task.step(shouldYield)) break; // it stopped because it was told to yield
    const i = tasks.indexOf(task); // the step may have cancelled itself or added tasks
    if (i >= 0) tasks.splice(i, 1);
  }
  if (tasks.length > 0) scheduleTurn();
}

function scheduleTurn(): void {
  if (cancelTurn) return;
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(runTurn);
    cancelTurn = () => cancelIdleCallback(id);
  } else {
    const id = setTimeout(runTurn, 50);
    cancelTurn = () => clearTimeout(id);
  }
}
