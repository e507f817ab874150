/** Chromium's `navigator.scheduling` (not in TypeScript's DOM types); absent elsewhere. */
interface Scheduling {
  isInputPending?(): boolean;
}

/**
 * Runs `step` in the browser's idle periods until it returns true (done). `step` works until
 * its `shouldYield()` says stop: when the idle deadline is near, or as soon as a key or tap is
 * waiting (where the browser can tell), because an idle period lasts up to 50 ms and a key
 * pressed at its start would otherwise wait for all of it. Returns a disposer that cancels it.
 */
export function makeIdleTask(step: (shouldYield: () => boolean) => boolean): () => void {
  const scheduling = (navigator as Navigator & { scheduling?: Scheduling }).scheduling;
  const inputPending = () => scheduling?.isInputPending?.() ?? false;
  let cancel: (() => void) | null = null;
  const run = (deadline?: IdleDeadline) => {
    cancel = null;
    const started = performance.now();
    const shouldYield = deadline ? () => deadline.timeRemaining() < 3 || inputPending() : () => performance.now() - started > 8 || inputPending();
    if (!step(shouldYield)) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(run);
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(run, 50);
      cancel = () => clearTimeout(id);
    }
  };
  schedule();
  return () => cancel?.();
}
