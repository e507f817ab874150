/**
 * Where a fan-out update's CPU goes (issue 17: "CPU per update at or below the reference's"): the
 * fan-out scenario of relay.bench.ts (500 stock clients in 100 rooms, 250 small writes a second),
 * the reference and rembuk paired as in the benchmark, with `perf record` sampling the relay process
 * (every thread, 999 samples a second of CPU time, call stacks; the JavaScript frames named through
 * node's --perf-basic-prof) over the measured window only. Each sample goes to the first category
 * its stack matches, leaf first. Run by hand (needs perf, Linux):
 *   BENCH_LABEL=now BENCH_ROUNDS=2 node --import tsx tests/bench/support/relay/cpuBreakdown.ts [root]
 * Prints microseconds of CPU per update per category and keeps them in results/relay.json under
 * the run with that label (RELAY.md shows them under the fan-out). Sampling is statistical and the
 * machine is shared: compare the two servers of one run, category by category.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BENCH_SECRET, benchToken, keepWithRun } from "./benchRuns.ts";
import { fanOut } from "./scenarios.ts";
import { installReference, startReference, startRembuk, type RunningRelay } from "./subjects.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const ROOT = resolve(process.argv[2] ?? REPO);
const LABEL = process.env.BENCH_LABEL ?? "now";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const HZ = 999;
/** writes before the window: 3 s as in the benchmark; longer shows a relay past its JIT warm-up (BENCH_WARM_UP_S) */
const WARM_UP_MS = Number(process.env.BENCH_WARM_UP_S ?? 3) * 1000;
/** small writes a second in all, spread over the 500 clients: 250 as in the benchmark's first rows (BENCH_WRITES_PER_SECOND) */
const WRITES_PER_SECOND = Number(process.env.BENCH_WRITES_PER_SECOND ?? 250);

/** Categories, tried in this order on each frame from the leaf up; the first that matches takes the sample. */
const CPU_CATEGORIES: Array<[name: string, pattern: RegExp]> = [
  // a write(2) to a socket passes tcp_sendmsg before vfs_write, one to the journal ext4's functions
  ["socket writes (in the kernel)", /__GI___writev|^do_writev$|sock_write_iter|tcp_sendmsg/],
  ["journal and database (rembuk)", /journaled|foldChunk|encodeRecord|updateJournal|better_sqlite3|sqlite3|ext4_|jbd2|writeSync|__libc_pwrite|fsync|Checkpointer/],
  ["sending frames (ws, Node streams)", /JS:.(send|sendFrame|frame) .*ws\/lib\/sender|clearBuffer|Writable\.|writeOrBuffer|_writeGeneric|cork|onOutput|node::StreamBase::Writev/],
  ["room checks (rembuk: decode, quotas, dependencies, audit ids)", /scanUpdate|findMissingDependency|newStructBytes|transactionIds|encodeAuditIds|decodeClientMessage|withinRates|withinContentQuotas|startsAtState|capture /],
  ["Yjs (apply, encode)", /yjs\.mjs|lib0\/(encoding|decoding)/],
  ["awareness", /wareness/],
  ["room engine plumbing (rembuk: queues, batches, events)", /roomEngine|drain|pump|JS:.handle |route|released|LocalEngine|JS:.post |JS:.receive |onFrame/],
  ["socket reads and WebSocket parsing", /onStreamRead|socketOnData|ws\/lib\/receiver|receiverOnMessage|^read$|uv__read/],
  ["timers and immediates", /processImmediate|listOnTimeout|processTimers|CheckImmediate/],
  ["garbage collection", /Scaveng|GCTracer|MarkCompact|IncrementalMarking|Sweep|ConcurrentMarking|Heap::/],
  ["JIT compilation", /Compile|Optimiz|Deoptimiz|Turbofan|Maglev|Baseline|compiler::/],
  ["event loop (epoll)", /epoll|uv__io_poll/],
];

interface Sampled {
  updates: number;
  mainThread: Record<string, number>;
  otherThreads: Record<string, number>;
}

export interface CpuBreakdownRound {
  subject: "reference" | "rembuk";
  updates: number;
  /** relay CPU per update by /proc over the same window (the benchmark's figure) */
  cpuPerUpdateUs: number;
  /** microseconds of CPU per update, per category, on the main thread and on the other threads */
  mainThreadUs: Record<string, number>;
  otherThreadsUs: Record<string, number>;
}

export interface CpuBreakdown {
  measuredAt: string;
  commit: string;
  loadAverage: number[];
  loadAverageAtEnd: number[];
  connections: number;
  rooms: number;
  /** absent: 250 (the runs before it was a setting) */
  writesPerSecond?: number;
  warmUpMs: number;
  rounds: CpuBreakdownRound[];
}

/** Categorises the samples of `perf script` output: per thread group (main or other), per category. */
function categorise(script: string, pid: number): { mainThread: Record<string, number>; otherThreads: Record<string, number> } {
  const mainThread: Record<string, number> = {};
  const otherThreads: Record<string, number> = {};
  for (const block of script.split("\n\n")) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    const head = /^\S+\s+(\d+)/.exec(lines[0]!);
    if (!head) continue;
    const frames = lines.slice(1).map((l) => l.trim().replace(/^[0-9a-f]+\s+/, "").replace(/\+0x[0-9a-f]+ \(.*\)$/, "").replace(/ \(.*\)$/, ""));
    let category = "other";
    outer: for (const frame of frames) {
      for (const [name, pattern] of CPU_CATEGORIES) {
        if (pattern.test(frame)) {
          category = name;
          break outer;
        }
      }
    }
    const into = Number(head[1]) === pid ? mainThread : otherThreads;
    into[category] = (into[category] ?? 0) + 1;
  }
  return { mainThread, otherThreads };
}

async function sampled(relay: RunningRelay, dir: string): Promise<Sampled & { cpuPerUpdateUs: number }> {
  const data = join(dir, `${relay.name}.perf`);
  let perf: ReturnType<typeof spawn> | null = null;
  let perfExit: Promise<unknown> = Promise.resolve();
  const result = await fanOut(relay, 500, 100, WRITES_PER_SECOND / 500, 15, { warmUpMs: WARM_UP_MS, onWindow: async (moment) => {
    if (moment === "start") {
      perf = spawn("perf", ["record", "-q", "-F", String(HZ), "-g", "-o", data, "-p", String(relay.pid)], { stdio: "ignore" });
      perfExit = new Promise((r) => perf!.once("exit", r));
      await new Promise((r) => setTimeout(r, 300)); // perf attaches
    } else {
      perf?.kill("SIGINT");
      await perfExit;
    }
  } });
  const script = spawnSync("perf", ["script", "-i", data], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 }).stdout;
  // the samples themselves, to look further by hand (BENCH_KEEP_SAMPLES=dir)
  if (process.env.BENCH_KEEP_SAMPLES) writeFileSync(join(process.env.BENCH_KEEP_SAMPLES, `${relay.name}-${relay.pid}.perf.txt`), script);
  return { updates: result.updates, cpuPerUpdateUs: result.cpuPerUpdateUs, ...categorise(script, relay.pid) };
}

const perUpdate = (samples: Record<string, number>, updates: number): Record<string, number> =>
  Object.fromEntries(Object.entries(samples).map(([k, n]) => [k, Math.round((n * 1e6) / HZ / updates)]));

if (spawnSync("perf", ["--version"]).status !== 0) throw new Error("perf is not installed (apt-get install linux-perf)");
const failed = installReference();
if (failed) throw new Error(failed);
process.setMaxListeners(0);
const load = () => loadavg().map((v) => Math.round(v * 100) / 100);
const breakdown: CpuBreakdown = {
  measuredAt: new Date().toISOString(),
  commit: process.env.BENCH_COMMIT ?? spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim(),
  loadAverage: load(),
  loadAverageAtEnd: [],
  connections: 500,
  rooms: 100,
  writesPerSecond: WRITES_PER_SECOND,
  warmUpMs: WARM_UP_MS,
  rounds: [],
};
const work = mkdtempSync(join(tmpdir(), "rembuk-cpu-breakdown-"));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const subject of ["reference", "rembuk"] as const) {
      const relay =
        subject === "reference"
          ? await startReference(["--perf-basic-prof"])
          : await startRembuk({ root: ROOT, dataDir: mkdtempSync(join(work, "data-")), secret: BENCH_SECRET, token: benchToken, nodeArgs: ["--perf-basic-prof"] });
      try {
        const s = await sampled(relay, work);
        breakdown.rounds.push({ subject, updates: s.updates, cpuPerUpdateUs: s.cpuPerUpdateUs, mainThreadUs: perUpdate(s.mainThread, s.updates), otherThreadsUs: perUpdate(s.otherThreads, s.updates) });
        console.log(JSON.stringify(breakdown.rounds.at(-1)));
      } finally {
        await relay.stop();
        rmSync(`/tmp/perf-${relay.pid}.map`, { force: true });
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
breakdown.loadAverageAtEnd = load();
keepWithRun(REPO, LABEL, (run) => (run.cpuBreakdown = breakdown));
process.exit(0);
