import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE_PRIORITY, makeIdleTask } from "./idle.ts";

/** A fake clock and idle queue: each `idle()` runs one idle turn with `ms` of idle time, spending `cost` ms per unit of work. */
function fakeBrowser() {
  let now = 0;
  let pending: ((d: IdleDeadline) => void) | null = null;
  vi.spyOn(performance, "now").mockImplementation(() => now);
  vi.stubGlobal("requestIdleCallback", (cb: (d: IdleDeadline) => void) => {
    pending = cb;
    return 1;
  });
  vi.stubGlobal("cancelIdleCallback", () => {
    pending = null;
  });
  return {
    work: (ms: number) => (now += ms),
    idle(ms = 50): boolean {
      const cb = pending;
      if (!cb) return false;
      pending = null;
      const end = now + ms;
      cb({ didTimeout: false, timeRemaining: () => Math.max(0, end - now) });
      return true;
    },
    scheduled: () => pending !== null,
  };
}

/** A task of `units` units of 1 ms each that logs which task did each unit. */
function counted(name: string, units: number, log: string[], browser: ReturnType<typeof fakeBrowser>) {
  let done = 0;
  return (shouldYield: () => boolean) => {
    while (done < units && !shouldYield()) {
      browser.work(1);
      log.push(name);
      done++;
    }
    return done === units;
  };
}

describe("makeIdleTask", () => {
  let browser: ReturnType<typeof fakeBrowser>;
  beforeEach(() => {
    browser = fakeBrowser();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("where the browser cannot tell that a key waits, runs a turn for at most about 10 ms of a 50 ms idle period", () => {
    const log: string[] = [];
    const cancel = makeIdleTask(counted("a", 25, log, browser));
    browser.idle(50);
    expect(log.length).toBe(11); // the check after 10 ms of work stops it
    expect(browser.scheduled()).toBe(true);
    while (browser.idle(50));
    expect(log.length).toBe(25);
    expect(browser.scheduled()).toBe(false);
    cancel();
  });

  it("where the browser can tell (Chromium), uses the whole idle period and stops as soon as a key waits", () => {
    let keyWaiting = false;
    vi.stubGlobal("navigator", { scheduling: { isInputPending: () => keyWaiting } });
    const log: string[] = [];
    const cancel = makeIdleTask(counted("a", 100, log, browser));
    browser.idle(50);
    expect(log.length).toBe(48); // until 3 ms remain
    let units = 0;
    const keyAfter5 = (shouldYield: () => boolean) => {
      while (!shouldYield()) {
        browser.work(1);
        if (++units === 5) keyWaiting = true;
      }
      return false;
    };
    cancel();
    const cancelKey = makeIdleTask(keyAfter5);
    browser.idle(50);
    expect(units).toBe(5);
    cancelKey();
  });

  it("stops early when the idle period is nearly over", () => {
    const log: string[] = [];
    const cancel = makeIdleTask(counted("a", 25, log, browser));
    browser.idle(6);
    expect(log.length).toBe(4); // 3 ms left: yield
    cancel();
  });

  it("runs the screen's task before a background task added earlier, and then the background one in the same turn", () => {
    const log: string[] = [];
    const cancelBackground = makeIdleTask(counted("background", 3, log, browser), IDLE_PRIORITY.background);
    const cancelScreen = makeIdleTask(counted("screen", 4, log, browser), IDLE_PRIORITY.screen);
    browser.idle(50);
    expect(log).toEqual(["screen", "screen", "screen", "screen", "background", "background", "background"]);
    expect(browser.scheduled()).toBe(false);
    cancelBackground();
    cancelScreen();
  });

  it("a cancelled task never runs again, and nothing is scheduled once every task is cancelled", () => {
    const log: string[] = [];
    const cancelA = makeIdleTask(counted("a", 30, log, browser));
    const cancelB = makeIdleTask(counted("b", 30, log, browser));
    browser.idle(50);
    expect(log.every((n) => n === "a")).toBe(true);
    cancelA();
    browser.idle(50);
    expect(log.filter((n) => n === "b").length).toBeGreaterThan(0);
    const before = log.filter((n) => n === "a").length;
    cancelB();
    expect(browser.scheduled()).toBe(false);
    expect(log.filter((n) => n === "a").length).toBe(before);
  });
});
