/**
 * Runs in the page (addInitScript): records every long task of the main thread
 * (PerformanceObserver "longtask": tasks of 50 ms and more) with its start and
 * duration, so a phase's longest task can be read for its time window.
 */
declare global {
  interface Window {
    __benchLongTasks?: Array<{ start: number; ms: number }>;
  }
}

export function installLongTaskRecorder(): void {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks!.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
}

/** Long tasks that started at or after `from` (performance.now() of the page). */
export function longTasksSince(from: number): Array<{ start: number; ms: number }> {
  return (window.__benchLongTasks ?? []).filter((t) => t.start >= from);
}
