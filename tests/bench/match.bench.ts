/**
 * Matcher benchmark (issue 15): quality on the three family-list data sets beside the
 * three simple rules of tests/fixtures/lists/kelurahan-lists/README.md, measured on the
 * same files, and the time and heap of the whole match on kelurahan-lists-20k in Node.
 * Run with `npm run bench:match`. Not a test: it asserts nothing, it measures and
 * reports (tests/bench/results/match.json and tests/bench/MATCH.md). See
 * tests/bench/README.md. The Chromium part (4x CPU throttling, the UI's worker) comes
 * with the import UI.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { matchFamiliesToFamilies, matchSocialToFamilies, RULE_VERSION, type MatchResult } from "@shared/rules/matching/index.ts";
import { LIST_FIXTURES, linkQuality, readListFixture, type LinkQuality, type ListFixture, type ListFixtureName } from "@shared/testing/listFixtures.ts";
import { newListVersion } from "@shared/testing/listVersions.ts";
import { machineInfo } from "./support/report.ts";
import { median } from "./support/stats.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const TIMED_RUNS = Number(process.env.BENCH_MATCH_RUNS ?? 5);
const TARGET_MS = 10_000;

const log = (msg: string) => console.log(`[bench:match ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const heapMB = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

interface RuleFigures {
  rule: string;
  pairs: number;
  precision: number;
  recall: number;
}

interface SetFigures {
  name: ListFixtureName;
  families: number;
  socialRows: number;
  truePairs: number;
  matcher: LinkQuality & { autoRecall: number; ms: number; candidatePairs: number };
  rules: RuleFigures[];
}

interface Timing {
  wallMs: number;
  cpuMs: number;
  /** highest heapUsed seen during the match (sampled at every progress report), MB */
  peakHeapMB: number;
  /** heapUsed after a GC before the match (lists loaded), MB */
  baseHeapMB: number;
  phasesMs: Record<string, number>;
}

/** The three simple rules, as a spreadsheet would do them. */
function simpleRules(fixture: ListFixture): RuleFigures[] {
  const truth = new Set(fixture.truth.map(([f, s]) => `${f}|${s}`));
  const byNik = new Map<string, string[]>();
  const byKk = new Map<string, string[]>();
  const byNameRtRw = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    if (key === "") return;
    const list = map.get(key);
    if (list) {
      if (!list.includes(id)) list.push(id);
    } else map.set(key, [id]);
  };
  // the README's rule: a name normalised as a spreadsheet would (lower case, single spaces)
  const nameKey = (name: string, rt: number | null, rw: number | null) => {
    const normalised = name.toLowerCase().split(/\s+/).filter((w) => w !== "").join(" ");
    return normalised === "" || rt === null || rw === null ? "" : `${normalised}|${rt}|${rw}`;
  };
  for (const f of fixture.families) {
    for (const p of f.people) {
      add(byNik, p.nik.trim(), f.id);
      add(byNameRtRw, nameKey(p.name, f.rt, f.rw), f.id);
    }
    add(byKk, f.noKk.trim(), f.id);
  }
  const figures = (rule: string, keys: Array<(s: ListFixture["social"][number]) => string[]>): RuleFigures => {
    const pairs = new Set<string>();
    for (const s of fixture.social) for (const find of keys) for (const f of find(s)) pairs.add(`${f}|${s.id}`);
    const found = [...pairs].filter((p) => truth.has(p)).length;
    return { rule, pairs: pairs.size, precision: pairs.size === 0 ? 1 : found / pairs.size, recall: found / truth.size };
  };
  const nik = (s: ListFixture["social"][number]) => byNik.get(s.nik.trim()) ?? [];
  const kk = (s: ListFixture["social"][number]) => byKk.get(s.noKk.trim()) ?? [];
  const name = (s: ListFixture["social"][number]) => byNameRtRw.get(nameKey(s.name, s.rt, s.rw)) ?? [];
  return [
    figures("NIK exact (the spreadsheet VLOOKUP)", [nik]),
    figures("NIK or No. KK exact", [nik, kk]),
    figures("+ same normalised name and RT/RW", [nik, kk, name]),
  ];
}

function quality(fixture: ListFixture): SetFigures {
  gc();
  const t0 = performance.now();
  const result = matchSocialToFamilies(fixture.families, fixture.social);
  const ms = performance.now() - t0;
  const q = linkQuality(result.pairs, fixture.truth);
  const truth = new Set(fixture.truth.map(([f, s]) => `${f}|${s}`));
  const autoTrue = result.pairs.filter((p) => p.decision === "auto" && truth.has(`${p.familyId}|${p.otherId}`)).length;
  return {
    name: fixture.name,
    families: fixture.families.length,
    socialRows: fixture.social.length,
    truePairs: fixture.truth.length,
    matcher: { ...q, autoRecall: autoTrue / fixture.truth.length, ms: Math.round(ms), candidatePairs: result.model.candidatePairs },
    rules: simpleRules(fixture),
  };
}

function timedRun(fixture: ListFixture): { timing: Timing; result: MatchResult } {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const phasesMs: Record<string, number> = {};
  let phase = "";
  let phaseStart = performance.now();
  const c0 = cpuMs();
  const t0 = performance.now();
  const result = matchSocialToFamilies(fixture.families, fixture.social, {}, (p) => {
    const heap = process.memoryUsage().heapUsed;
    if (heap > peak) peak = heap;
    if (p.phase !== phase) {
      const now = performance.now();
      if (phase !== "") phasesMs[phase] = Math.round(now - phaseStart);
      phase = p.phase;
      phaseStart = now;
    }
  });
  const wallMs = performance.now() - t0;
  phasesMs[phase] = Math.round(performance.now() - phaseStart);
  const heap = process.memoryUsage().heapUsed;
  if (heap > peak) peak = heap;
  return { timing: { wallMs: Math.round(wallMs), cpuMs: Math.round(cpuMs() - c0), peakHeapMB: heapMB(peak), baseHeapMB: heapMB(base), phasesMs }, result };
}

/** Family against family: kelurahan-lists against a seeded newer version of itself (shared/src/testing/listVersions.ts). */
interface VersionFigures {
  families: number;
  newFamilies: number;
  truePairs: number;
  seed: number;
  matcher: LinkQuality & { ms: number };
}

function versionQuality(fixture: ListFixture, seed: number): VersionFigures {
  const version = newListVersion(fixture.families, seed);
  gc();
  const t0 = performance.now();
  const result = matchFamiliesToFamilies(fixture.families, version.families);
  const ms = Math.round(performance.now() - t0);
  return {
    families: fixture.families.length,
    newFamilies: version.families.length,
    truePairs: version.truth.length,
    seed,
    matcher: { ...linkQuality(result.pairs, version.truth), ms },
  };
}

type Results = {
  measuredAt: string;
  ruleVersion: string;
  sets: SetFigures[];
  versions: VersionFigures;
  large: { name: ListFixtureName; families: number; socialRows: number; runs: Timing[]; medianWallMs: number; medianCpuMs: number; maxPeakHeapMB: number };
  machine: Omit<ReturnType<typeof machineInfo>, "chromium">;
};

async function main(): Promise<void> {
  const machine = (({ chromium: _chromium, ...m }) => m)(machineInfo(""));
  log(`load average ${machine.loadAverage.join(" / ")}; ${TIMED_RUNS} timed runs on kelurahan-lists-20k`);
  const sets: SetFigures[] = [];
  for (const name of LIST_FIXTURES) {
    const fixture = readListFixture(name);
    const figures = quality(fixture);
    sets.push(figures);
    const m = figures.matcher;
    log(`${name}: auto precision ${m.autoPrecision.toFixed(4)}, recall ${m.recall.toFixed(4)}, review ${(m.reviewShare * 100).toFixed(2)}% (${m.review}), ${m.ms} ms`);
  }

  const versions = versionQuality(readListFixture("kelurahan-lists"), 7);
  log(`family against family: auto precision ${versions.matcher.autoPrecision.toFixed(4)}, recall ${versions.matcher.recall.toFixed(4)}, review ${versions.matcher.review}`);

  const large = readListFixture("kelurahan-lists-20k");
  const runs: Timing[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const { timing } = timedRun(large);
    runs.push(timing);
    log(`run ${i + 1}: ${timing.wallMs} ms wall, ${timing.cpuMs} ms CPU, peak heap ${timing.peakHeapMB} MB (base ${timing.baseHeapMB} MB)`);
  }
  const results: Results = {
    measuredAt: new Date().toISOString(),
    ruleVersion: RULE_VERSION,
    sets,
    versions,
    large: {
      name: large.name,
      families: large.families.length,
      socialRows: large.social.length,
      runs,
      medianWallMs: median(runs.map((r) => r.wallMs)),
      medianCpuMs: median(runs.map((r) => r.cpuMs)),
      maxPeakHeapMB: Math.max(...runs.map((r) => r.peakHeapMB)),
    },
    machine,
  };
  const dir = join(REPO, "tests/bench/results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "match.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(REPO, "tests/bench/MATCH.md"), markdown(results));
  log(`median ${results.large.medianWallMs} ms wall (target < ${TARGET_MS} ms); wrote tests/bench/results/match.json and tests/bench/MATCH.md`);
}

const f3 = (v: number) => v.toFixed(3);
const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
const n = (v: number) => v.toLocaleString("en-US");

function markdown(r: Results): string {
  const m = r.machine;
  const lines = [
    "# Matcher benchmark results",
    "",
    "Written by `npm run bench:match` (tests/bench/match.bench.ts) from `results/match.json`; do not edit by hand.",
    "",
    "> These machines are shared and noisy (other jobs run on them): treat single timings as indicative, look at the",
    "> spread of the runs and at the CPU time beside the wall time.",
    "",
    `Measured ${r.measuredAt.slice(0, 16).replace("T", " ")} UTC on ${m.os}, ${m.cpuModel} x${m.cpuCount}, ${m.totalMemoryGB} GB RAM, Node ${m.node} (load average at start ${m.loadAverage.join(" / ")}). Rules ${r.ruleVersion}, default options (auto from score 10, review from -3).`,
    "",
    "## Quality (social-list rows against families)",
    "",
    "Issue 15's floor on kelurahan-lists: precision of auto pairs >= 0.999, recall of auto + review >= 0.995, review pairs <= 2% of the true pairs.",
    "Simple rules measured here on the same files (normalised name: lower case, single spaces, as the data README's figures; RT and RW as numbers).",
    "",
  ];
  for (const s of r.sets) {
    const q = s.matcher;
    lines.push(
      `### ${s.name}: ${n(s.families)} families x ${n(s.socialRows)} social-list rows, ${n(s.truePairs)} true pairs`,
      "",
      "| method | pairs proposed | precision | recall | review pairs |",
      "|---|---|---|---|---|",
      `| matcher, auto only | ${n(q.auto)} | ${f3(q.autoPrecision)} | ${f3(q.autoRecall)} | |`,
      `| matcher, auto + review | ${n(q.auto + q.review)} | ${f3(q.precision)} | ${f3(q.recall)} | ${n(q.review)} (${pct(q.reviewShare)} of true pairs) |`,
      ...s.rules.map((rule) => `| ${rule.rule} | ${n(rule.pairs)} | ${f3(rule.precision)} | ${f3(rule.recall)} | |`),
      "",
      `Candidate pairs compared: ${n(q.candidatePairs)}; one match ${n(q.ms)} ms.`,
      "",
    );
  }
  const v = r.versions;
  lines.push(
    "## Family against family (one to one)",
    "",
    `kelurahan-lists (${n(v.families)} families) against a newer version of itself made by shared/src/testing/listVersions.ts (seed ${v.seed}: ${n(v.newFamilies)} families, rows`,
    "reordered with new ids, 5% gone and 5% new, names retyped, NIKs mistyped or missing, KKs re-issued, moves of one RT):",
    "",
    "| method | pairs proposed | precision | recall | review pairs |",
    "|---|---|---|---|---|",
    `| matcher, auto only | ${n(v.matcher.auto)} | ${f3(v.matcher.autoPrecision)} | | |`,
    `| matcher, auto + review | ${n(v.matcher.auto + v.matcher.review)} | ${f3(v.matcher.precision)} | ${f3(v.matcher.recall)} | ${n(v.matcher.review)} (${pct(v.matcher.reviewShare)} of ${n(v.truePairs)} true pairs) |`,
    "",
    `One match ${n(v.matcher.ms)} ms.`,
    "",
  );
  const L = r.large;
  lines.push(
    `## Speed and memory: ${L.name} (${n(L.families)} families x ${n(L.socialRows)} rows), Node`,
    "",
    `Target: the whole match under ${n(TARGET_MS)} ms on this machine. Median of ${L.runs.length} runs: **${n(L.medianWallMs)} ms** wall (${n(L.medianCpuMs)} ms CPU), ${L.medianWallMs < TARGET_MS ? "**met**" : "**missed**"}.`,
    "",
    "| run | wall | CPU | peak heap used (heap before the match) | normalise | block | compare | estimate | assign |",
    "|---|---|---|---|---|---|---|---|---|",
    ...L.runs.map(
      (t, i) =>
        `| ${i + 1} | ${n(t.wallMs)} ms | ${n(t.cpuMs)} ms | ${t.peakHeapMB} MB (${t.baseHeapMB} MB) | ${t.phasesMs.normalise ?? "-"} | ${t.phasesMs.block ?? "-"} | ${t.phasesMs.compare ?? "-"} | ${t.phasesMs.estimate ?? "-"} | ${t.phasesMs.assign ?? "-"} |`,
    ),
    "",
    "Phases in ms, from the progress reports (block includes building its index; estimate is the random pairs for u",
    "and EM; assign includes the evidence of the pairs returned). Peak heap is the highest `heapUsed` seen at the",
    "progress reports, lists already loaded.",
    "",
    "## How to run",
    "",
    "```",
    "npm run bench:match                      # all three sets, 5 timed runs on kelurahan-lists-20k (about a minute)",
    "BENCH_MATCH_RUNS=1 npm run bench:match   # a quick try",
    "```",
    "",
  );
  return lines.join("\n");
}

void main();
