import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type as osType } from "node:os";
import { join } from "node:path";
import type { Summary } from "./stats.ts";

export interface Machine {
  os: string;
  cpuModel: string;
  cpuCount: number;
  totalMemoryGB: number;
  node: string;
  chromium: string;
  loadAverage: number[];
}

export interface KeyLatency {
  query: string;
  key: string;
  ms: number;
  /** which time through the query set (0 first); absent in results written before rounds */
  round?: number;
}

export interface SizeResult {
  households: number;
  measuredAt: string;
  seed: number;
  today: string;
  generated: { members: number; underFive: number; measurements: number };
  generateMs: number;
  docBytes: number;
  docBytesV2: number;
  indexedDb: { updates: number; bytes: number };
  firstSyncMs: number;
  /** first rows painted: from the preview when there is one, else from the full table */
  coldStart: { runsMs: Array<number | null>; medianMs: number | null; markTimeoutMs: number; syncMode: string; countText: string };
  /** the full roster read and its table painted (searchable, filterable) */
  coldTable?: { runsMs: Array<number | null>; medianMs: number | null };
  keystrokes: Summary & { clear: Summary; all: KeyLatency[]; rounds?: Summary[] };
  filters: Summary & { all: KeyLatency[] };
  scroll: Summary & { framesOver50ms: number; frames: number; scrolledPx: number; scrollHeight: number; maxRowsInDom: number };
  heap: { afterLoad: { usedMB: number; totalMB: number }; afterScroll: { usedMB: number; totalMB: number } };
  rowsInDom: { afterLoad: number; afterScroll: number };
  machine?: Machine;
}

export interface ResultsFile {
  benchmark: "roster";
  updatedAt: string;
  settings: { cpuThrottling: number; viewport: { width: number; height: number } };
  sizes: SizeResult[];
}

export function machineInfo(chromium: string): Machine {
  const cpu = cpus();
  return {
    os: `${osType()} ${release()}`,
    cpuModel: cpu[0]?.model.trim() ?? "unknown",
    cpuCount: cpu.length,
    totalMemoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium,
    loadAverage: loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

/** The issue's targets (at 20,000 households). */
export const TARGETS = {
  firstRowsMs: 1500,
  keystrokeP95Ms: 50,
  docBytes: 10 * 1024 * 1024,
};

const MiB = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
const ms = (v: number) => `${Math.round(v).toLocaleString("en-US")} ms`;
const met = (ok: boolean) => (ok ? "**met**" : "**missed**");

/**
 * Merges this run's sizes into results/roster.json (a size measured now replaces
 * its old entry; other sizes are kept with their own date and machine) and
 * rewrites RESULTS.md from the merged file.
 */
export function writeResults(repo: string, machine: Machine, results: SizeResult[], cpuThrottling: number, viewport: { width: number; height: number }): string[] {
  const dir = join(repo, "tests/bench/results");
  mkdirSync(dir, { recursive: true });
  const jsonFile = join(dir, "roster.json");
  let previous: SizeResult[] = [];
  if (existsSync(jsonFile)) {
    try {
      previous = (JSON.parse(readFileSync(jsonFile, "utf8")) as ResultsFile).sizes ?? [];
    } catch {
      previous = [];
    }
  }
  const fresh = results.map((r) => ({ ...r, machine }));
  const sizes = [...previous.filter((p) => !fresh.some((r) => r.households === p.households)), ...fresh].sort((a, b) => a.households - b.households);
  const file: ResultsFile = { benchmark: "roster", updatedAt: new Date().toISOString(), settings: { cpuThrottling, viewport }, sizes };
  writeFileSync(jsonFile, `${JSON.stringify(file, null, 2)}\n`);
  const mdFile = join(repo, "tests/bench/RESULTS.md");
  writeFileSync(mdFile, markdown(file));
  return [jsonFile, mdFile];
}

function markdown(file: ResultsFile): string {
  const lines: string[] = [
    "# Roster benchmark results",
    "",
    "Written by `npm run bench:roster` (tests/bench/roster.bench.ts) from `results/roster.json`; do not edit by hand.",
    `Chromium with ${file.settings.cpuThrottling}x CPU throttling (CDP), viewport ${file.settings.viewport.width}x${file.settings.viewport.height}, relay stopped and browser offline for every figure except the first sync.`,
    "Targets are the issue's, set for 20,000 households; smaller sizes are shown against the same targets for reference.",
    "",
    "> These machines are shared and noisy (other jobs run on them): treat single figures as indicative, compare",
    "> runs on the same machine, and look at the spread of the cold-start runs.",
    "",
  ];
  for (const r of file.sizes) {
    const m = r.machine;
    const typed = r.keystrokes;
    lines.push(
      `## ${r.households.toLocaleString("en-US")} households`,
      "",
      `Measured ${r.measuredAt.slice(0, 16).replace("T", " ")} UTC` + (m ? ` on ${m.os}, ${m.cpuModel} x${m.cpuCount}, ${m.totalMemoryGB} GB RAM, Node ${m.node}, Chromium ${m.chromium} (load average at start ${m.loadAverage.join(" / ")}).` : "."),
      `Roster: ${r.generated.members.toLocaleString("en-US")} members, ${r.generated.underFive.toLocaleString("en-US")} under-fives, ${r.generated.measurements.toLocaleString("en-US")} measurements (seed ${r.seed}, ages as of ${r.today}).`,
      "",
      "| figure | value | target | |",
      "|---|---|---|---|",
      `| cold start to first rows painted, from the small preview when there is one (median of ${r.coldStart.runsMs.length}) | ${r.coldStart.medianMs === null ? "**no rows painted**" : ms(r.coldStart.medianMs)} (runs: ${r.coldStart.runsMs.map((v) => (v === null ? `none within ${ms(r.coldStart.markTimeoutMs)}` : ms(v))).join(", ")}; count shown: "${r.coldStart.countText}") | < ${ms(TARGETS.firstRowsMs)} | ${met(r.coldStart.medianMs !== null && r.coldStart.medianMs < TARGETS.firstRowsMs)} |`,
      ...(r.coldTable
        ? [`| cold start to the full roster read and its searchable table painted (median of ${r.coldTable.runsMs.length}) | ${r.coldTable.medianMs === null ? "**not painted**" : ms(r.coldTable.medianMs)} (runs: ${r.coldTable.runsMs.map((v) => (v === null ? "none" : ms(v))).join(", ")}) | | |`]
        : []),
      `| search keystroke to repaint, p50 / p95 / max (${typed.count} keys) | ${ms(typed.p50)} / ${ms(typed.p95)} / ${ms(typed.max)} | p95 < ${ms(TARGETS.keystrokeP95Ms)} | ${met(typed.p95 < TARGETS.keystrokeP95Ms)} |`,
      ...(typed.rounds && typed.rounds.length > 1
        ? [`| the same keys per time through the queries, p50 / p95 (the first begins soon after load, while idle-time work such as every family's screening may still run) | ${typed.rounds.map((x, i) => `${i + 1}: ${ms(x.p50)} / ${ms(x.p95)}`).join("; ")} | | |`]
        : []),
      `| encoded document (Y.encodeStateAsUpdate) | ${MiB(r.docBytes)} (${r.docBytes.toLocaleString("en-US")} B) | < ${MiB(TARGETS.docBytes)} | ${met(r.docBytes < TARGETS.docBytes)} |`,
      `| clearing the search (one input event), p50 / p95 / max (${r.keystrokes.clear.count}) | ${ms(r.keystrokes.clear.p50)} / ${ms(r.keystrokes.clear.p95)} / ${ms(r.keystrokes.clear.max)} | | |`,
      `| filter change (KRS factor, KRS only) to repaint, p50 / p95 / max (${r.filters.count}) | ${ms(r.filters.p50)} / ${ms(r.filters.p95)} / ${ms(r.filters.max)} | | |`,
      `| scrolling, frame time p50 / p95 / max (${r.scroll.frames} frames, 400 px per frame) | ${ms(r.scroll.p50)} / ${ms(r.scroll.p95)} / ${ms(r.scroll.max)}; ${r.scroll.framesOver50ms} frames over 50 ms | | |`,
      `| JS heap used after load / after scrolling (after a forced GC) | ${r.heap.afterLoad.usedMB} MB / ${r.heap.afterScroll.usedMB} MB | | |`,
      `| table row elements in the DOM (shown and spare) after load / max while scrolling | ${r.rowsInDom.afterLoad} / ${r.scroll.maxRowsInDom} | (rows on screen) | |`,
      `| same document encoded with Yjs update format v2 (for comparison) | ${MiB(r.docBytesV2)} | | |`,
      `| sync badge during the cold starts (relay stopped, context offline: data can only come from IndexedDB) | data-mode="${r.coldStart.syncMode}" | | |`,
      `| first online sync, unthrottled (join to rows, synced, stored in IndexedDB) | ${ms(r.firstSyncMs)} | | |`,
      `| generating the roster in Node | ${ms(r.generateMs)} | | |`,
      "",
    );
  }
  lines.push(
    "## How to run",
    "",
    "```",
    "npm run bench:roster                      # builds the app, then 5,000 and 20,000 households",
    "BENCH_SIZES=500 npm run bench:roster      # a quick try (merges that size into the results)",
    "```",
    "",
    "Needs Debian's Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Per-key figures are in results/roster.json.",
    "",
  );
  return lines.join("\n");
}
