import { readFileSync } from "node:fs";

/**
 * What the main thread's long tasks of a Chromium trace (BENCH_TRACE) spent their time on: for each task
 * over `overMs`, its duration and the biggest of its direct children (script calls, garbage collection,
 * style and layout, ...), so a long task is named without opening DevTools.
 */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; type?: string } };
}

export function describeLongTasks(path: string, overMs: number): string[] {
  const raw = JSON.parse(readFileSync(path, "utf8")) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : (raw.traceEvents ?? []);
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  if (!main) return ["(no renderer main thread in the trace)"];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && typeof e.dur === "number").sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === "RunTask" && e.dur! / 1000 > overMs);
  const out: string[] = [];
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    // totals per kind of event inside the task (nested events counted where they start: an approximation)
    const totals = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts + e.dur! > end) continue;
      const label = labelOf(e);
      if (label === null) continue;
      totals.set(label, (totals.get(label) ?? 0) + e.dur! / 1000);
    }
    const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${Math.round(v)} ms`);
    out.push(`task ${Math.round(task.dur! / 1000)} ms: ${top.join("; ")}`);
  }
  return out;
}

function labelOf(e: TraceEvent): string | null {
  if (/GC|Scavenge|MarkCompact|Sweep/i.test(e.name) && !e.name.startsWith("V8.GC_") ) return `gc:${e.name}`;
  if (e.name === "FunctionCall") return `call ${e.args?.data?.functionName || "(anonymous)"} ${shortUrl(e.args?.data?.url)}`;
  if (e.name === "TimerFire" || e.name === "FireIdleCallback" || e.name === "FireAnimationFrame" || e.name === "EventDispatch") return `${e.name}${e.args?.data?.type ? ` ${e.args.data.type}` : ""}`;
  if (e.name === "v8.run" || e.name === "V8.Execute" || e.name === "UpdateLayoutTree" || e.name === "Layout" || e.name === "Paint" || e.name === "v8.callFunction") return e.name;
  return null;
}

const shortUrl = (url: string | undefined): string => (url ? url.slice(url.lastIndexOf("/") + 1) : "");
