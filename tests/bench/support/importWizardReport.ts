import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Machine } from "./report.ts";

export interface PhaseResult {
  phase: string;
  /** what the phase does, in words */
  what: string;
  wallMs: number;
  /** main-thread long tasks (>= 50 ms) while the phase ran */
  longTasks: { count: number; over200: number; maxMs: number; top: number[] };
  heap: { mainPeakMB: number; workerPeakMB: number; samples: number };
  /** what the screen said at the end (counts), for the reader to check the run did the work */
  outcome: string;
}

export interface ImportWizardResults {
  benchmark: "import-wizard";
  measuredAt: string;
  settings: { cpuThrottling: number; viewport: { width: number; height: number }; lists: string; families: number; socialRows: number };
  /** whether CDP accepted CPU throttling on the worker too (else only the main thread was throttled) */
  workerThrottled: boolean;
  machine: Machine;
  phases: PhaseResult[];
}

const ms = (v: number) => `${Math.round(v).toLocaleString("en-US")} ms`;

export function writeImportWizardResults(repo: string, results: ImportWizardResults): string[] {
  const dir = join(repo, "tests/bench/results");
  mkdirSync(dir, { recursive: true });
  const json = join(dir, "import-wizard.json");
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  const md = join(repo, "tests/bench/IMPORT-WIZARD.md");
  const m = results.machine;
  const s = results.settings;
  const lines = [
    "# Import wizard benchmark (Chromium)",
    "",
    "Written by `npm run bench:import-wizard` (tests/bench/importWizard.bench.ts) from `results/import-wizard.json`; do not edit by hand.",
    `The wizard in Chromium at ${s.cpuThrottling}x CPU throttling (CDP; ${results.workerThrottled ? "main thread and import worker" : "main thread only: CDP refused throttling the worker"}), viewport ${s.viewport.width}x${s.viewport.height},`,
    `importing ${s.lists} (${s.families.toLocaleString("en-US")} families, ${s.socialRows.toLocaleString("en-US")} social-list rows) into an empty workspace through the UI.`,
    "The issue's target: no main-thread task over 200 ms while it runs. Long tasks are the page's PerformanceObserver \"longtask\" entries (50 ms and more);",
    "heap peaks are CDP Runtime.getHeapUsage samples every 200 ms (used heap at that moment, no forced GC), for the page and for the import worker.",
    "",
    "> This machine is shared and noisy (other jobs run on it): treat single figures as indicative and rerun before drawing conclusions.",
    "",
    `Measured ${results.measuredAt.slice(0, 16).replace("T", " ")} UTC on ${m.os}, ${m.cpuModel} x${m.cpuCount}, ${m.totalMemoryGB} GB RAM, Node ${m.node}, Chromium ${m.chromium} (load average at start ${m.loadAverage.join(" / ")}).`,
    "",
    "| phase | wall time | longest main-thread task | tasks > 200 ms | long tasks (>= 50 ms) | JS heap peak, page / worker | at the end |",
    "|---|---|---|---|---|---|---|",
    ...results.phases.map(
      (p) =>
        `| ${p.what} | ${ms(p.wallMs)} | ${p.longTasks.count === 0 ? "none >= 50 ms" : ms(p.longTasks.maxMs)} | ${p.longTasks.over200} | ${p.longTasks.count}${p.longTasks.top.length > 0 ? ` (longest: ${p.longTasks.top.map(ms).join(", ")})` : ""} | ${p.heap.mainPeakMB} MB / ${p.heap.workerPeakMB} MB | ${p.outcome} |`,
    ),
    "",
  ];
  // what the runs before found and what changed since: kept by hand beside the generated table
  const history = join(repo, "tests/bench/import-wizard-history.md");
  if (existsSync(history)) lines.push(readFileSync(history, "utf8").trimEnd(), "");
  writeFileSync(md, lines.join("\n"));
  return [json, md];
}
