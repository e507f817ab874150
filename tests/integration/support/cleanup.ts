import { afterEach } from "vitest";

/** Registers teardown steps during a test and runs them (last first) after it, even when it failed. */
const steps: Array<() => unknown> = [];

export function onCleanup(step: () => unknown): void {
  steps.push(step);
}

afterEach(async () => {
  while (steps.length > 0) {
    const step = steps.pop()!;
    try {
      await step();
    } catch (error) {
      console.error("cleanup step failed", error);
    }
  }
});
