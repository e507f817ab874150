import { afterEach, describe, expect, it, vi } from "vitest";
import { runInSlices, type SteppedJob } from "./importRunner.ts";

/**
 * A fake clock (performance.now) and an import job on it: each record costs `work` ms while the step
 * works and `tail` ms when its transaction ends (encoding, storage, the relay, observers: paid per
 * record written). `pace(step)` says the costs of each step, so a step can run in a burst or be
 * interrupted.
 */
function fakeImport(records: number, pace: (step: number) => { work: number; tail: number; pause?: number }) {
  let now = 0;
  vi.spyOn(performance, "now").mockImplementation(() => now);
  const steps: Array<{ written: number; took: number }> = [];
  let left = records;
  const job: SteppedJob = {
    step(shouldYield) {
      const started = now;
      const { work, tail, pause = 0 } = pace(steps.length);
      let written = 0;
      while (left > 0) {
        now += work;
        written += 1;
        left -= 1;
        if (shouldYield(written)) break;
      }
      now += written * tail + pause;
      steps.push({ written, took: now - started });
      return left === 0;
    },
  };
  return { job, steps };
}

afterEach(() => vi.restoreAllMocks());

describe("runInSlices", () => {
  it("bounds the records of a step whose work ran in a burst, so its tail stays short", async () => {
    // steady: 0.1 ms of work and 0.3 ms of tail per record; step 30 works ten times faster (the CPU came in a burst)
    const { job, steps } = fakeImport(20_000, (i) => ({ work: i === 30 ? 0.01 : 0.1, tail: 0.3 }));
    await runInSlices(job);
    const burst = steps[30]!;
    const before = steps[29]!;
    expect(burst.written).toBeLessThanOrEqual(Math.ceil(before.written * 1.5));
    // every step after the first few learnt the pace: none near a long task (200 ms)
    for (const s of steps.slice(5)) expect(s.took).toBeLessThan(80);
    expect(steps.reduce((n, s) => n + s.written, 0)).toBe(20_000);
  });

  it("does not let a run of steps in a burst raise the records much", async () => {
    // steps 20-29 run in a burst (the tail too), then the CPU is slow again
    const { job, steps } = fakeImport(30_000, (i) => (i >= 20 && i < 30 ? { work: 0.01, tail: 0.03 } : { work: 0.1, tail: 0.3 }));
    await runInSlices(job);
    const steady = steps[19]!.written;
    expect(steps[30]!.written).toBeLessThanOrEqual(1000);
    expect(steps[30]!.took).toBeLessThan(400);
    // and the pace is back at the next step
    for (const s of steps.slice(31, 60)) expect(s.took).toBeLessThan(80);
    expect(steady).toBeGreaterThan(50);
  });

  it("keeps its pace after one interrupted step (a garbage collection)", async () => {
    const { job, steps } = fakeImport(20_000, (i) => ({ work: 0.1, tail: 0.3, pause: i === 25 ? 400 : 0 }));
    await runInSlices(job);
    const steady = steps[24]!.written;
    expect(steady).toBeGreaterThan(50);
    // the step after it is shorter, the one after that back to the pace
    expect(steps[27]!.written).toBeGreaterThanOrEqual(steady * 0.8);
    for (const s of steps.slice(27, 40)) expect(s.written).toBeGreaterThanOrEqual(steady * 0.8);
  });

  it("stops a step that writes nothing after its time budget", async () => {
    // reading the roster's index: pieces of 1 ms that write no record
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => now);
    let pieces = 200;
    const perStep: number[] = [];
    await runInSlices({
      step(shouldYield) {
        let n = 0;
        while (pieces > 0) {
          now += 1;
          pieces -= 1;
          n += 1;
          if (shouldYield(0)) break;
        }
        perStep.push(n);
        return pieces === 0;
      },
    });
    expect(perStep.length).toBeGreaterThan(3);
    for (const n of perStep) expect(n).toBeLessThanOrEqual(40);
  });
});
