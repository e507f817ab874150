/**
 * Relay benchmark (issue 17): the relay under load, beside the y-websocket reference server,
 * with stock y-websocket clients. Run with `npm run bench:relay`. Not a test: it measures and
 * reports (tests/bench/results/relay.json and tests/bench/RELAY.md). See tests/bench/README.md.
 *
 * Paired, in one run, round after round (reference, then rembuk, each on a fresh process):
 * 1. fan-out: 500 connections in 100 rooms, and 2,000 in 400 (250 small writes a second in all,
 *    spread over the clients), and 500 in 100 at 2,000 writes a second: latency from one client to the
 *    others of its room, and the relay's CPU per update;
 * 2. one busy room: 8 clients keeping 4 writes each in flight;
 * 3. memory: idle, per small room, and with the 20,000-household roster in memory.
 * Rembuk only (the reference stores nothing):
 * 4. small rooms' latency while 20,000-household rosters are loaded cold, edited, grown by an
 *    import-sized update (compactions) and loaded again (issue 17 item 3, target p99 < 50 ms);
 * 5. write amplification of 1,000 small edits to that roster (item 5, target under x10);
 * 6. where an idle relay's memory goes.
 * CPU is the relay process's own (all threads, from /proc), so the clients' work in this
 * process does not count; latencies are wall-clock and so feel the shared machine.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import { machineInfo, type Machine } from "./support/report.ts";
import { HeavyClient } from "./support/relay/helper.ts";
import {
  bigRoomStall, busyRoom, fanOut, memory, seedBigRosters, writeAmplification, writeBytesFile,
  type AmplificationBreakdown, type BusyRoomResult, type FanOutResult, type MemoryResult, type StallResult, type WriteAmplificationResult,
} from "./support/relay/scenarios.ts";
import { installReference, startReference, startRembuk, startRembukCluster, type RunningRelay } from "./support/relay/subjects.ts";
import { startPostgres } from "../support/postgres.ts";
import { BENCH_SECRET, benchToken, readRelayRuns, writeRelayRuns } from "./support/relay/benchRuns.ts";
import type { CpuBreakdown } from "./support/relay/cpuBreakdown.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ROOT = resolve(process.env.BENCH_RELAY_ROOT ?? REPO);
const LABEL = process.env.BENCH_LABEL ?? "now";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
/**
 * Fan-out writes before each measured window. 30 s: a relay a district leaves running is past its JIT
 * warm-up, which costs rembuk's larger code more (tests/bench/support/relay/cpuBreakdown.ts); runs
 * before 2026-12-07 17:30 UTC measured after 3 s (BENCH_WARM_UP_S=3 measures that way again).
 */
const WARM_UP_MS = Number(process.env.BENCH_WARM_UP_S ?? 30) * 1000;
const ONLY = new Set((process.env.BENCH_ONLY ?? "fanout,busy,storage,memory,stall,amplification,idle").split(","));
export interface RelayRun {
  label: string;
  commit: string;
  root: string;
  measuredAt: string;
  machine: Machine;
  reference: string;
  /** writesPerSecond: in all, spread over the clients (absent: 250, the runs before it was a setting) */
  fanOut: Array<{ connections: number; rooms: number; writesPerSecond?: number; rounds: Array<{ reference: FanOutResult | null; rembuk: FanOutResult }> }>;
  /** writes before each fan-out window (absent: 3 s, the runs before it was a setting) */
  fanOutWarmUpMs?: number;
  busy: Array<{ reference: BusyRoomResult | null; rembuk: BusyRoomResult }>;
  memory: { reference: MemoryResult | null; rembuk: MemoryResult } | null;
  stall: StallResult | null;
  amplification: WriteAmplificationResult | null;
  /** issue 18: the same fan-out on SQLite, on PostgreSQL, and on two processes on PostgreSQL behind a balancer */
  storage?: Array<{ subject: string; rounds: FanOutResult[] }>;
  idle: { bareNodeRssMiB: number; steps: Array<{ step: string; rssMiB: number; heapUsedMiB: number; externalMiB: number }> } | null;
  /** the machine's load average when the run ended (the machine is shared) */
  loadAverageAtEnd?: number[];
  /** where the write amplification's bytes go (support/relay/amplificationTrace.ts, strace) */
  amplificationBreakdown?: AmplificationBreakdown;
  /** where a fan-out update's CPU goes (support/relay/cpuBreakdown.ts, perf) */
  cpuBreakdown?: CpuBreakdown;
}

// every stock y-websocket provider in Node adds a process 'exit' listener
process.setMaxListeners(0);
const commit = process.env.BENCH_COMMIT ?? spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim();
const work = mkdtempSync(join(tmpdir(), "rembuk-relay-bench-"));
const cleanup = () => rmSync(work, { recursive: true, force: true });
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

const referenceProblem = installReference();
if (referenceProblem) console.log(`reference not available: ${referenceProblem}`);
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

let dirs = 0;
const freshDir = () => {
  const dir = join(work, `data-${++dirs}`);
  mkdirSync(dir);
  return dir;
};
const rembuk = (dataDir = freshDir(), env: Record<string, string> = {}) => startRembuk({ root: ROOT, dataDir, secret: BENCH_SECRET, token: benchToken, env });
/** the busy room's per-connection update rate (REMBUK_UPDATES_PER_SECOND; the relay's default is 50) */
const BUSY_UPDATES_PER_SECOND = 100_000;
async function withRelay<T>(start: () => Promise<RunningRelay>, fn: (relay: RunningRelay) => Promise<T>): Promise<T> {
  const relay = await start();
  try {
    return await fn(relay);
  } finally {
    await relay.stop();
  }
}

const run: RelayRun = {
  label: LABEL,
  commit,
  root: ROOT === REPO ? "." : ROOT,
  measuredAt: new Date().toISOString(),
  machine: machineInfo("(not used)"),
  reference: referenceProblem ? `not available: ${referenceProblem}` : "@y/websocket-server 0.1.1 (yjs 13.6, persists nothing)",
  fanOut: [],
  fanOutWarmUpMs: WARM_UP_MS,
  busy: [],
  memory: null,
  stall: null,
  amplification: null,
  idle: null,
};

try {
  if (ONLY.has("fanout")) {
    // 250 small writes a second in all: the clients (in this process) keep up, so the relays are what is measured;
    // then 2,000 a second, where a district server's CPU starts to matter (the clients still keep up: p50 under 2 ms)
    for (const [connections, rooms, writesPerSecond] of [[500, 100, 250], [2000, 400, 250], [500, 100, 2000]] as const) {
      const perClientPerSecond = writesPerSecond / connections;
      const entry: RelayRun["fanOut"][number] = { connections, rooms, writesPerSecond, rounds: [] };
      for (let round = 0; round < ROUNDS; round++) {
        const reference = referenceProblem ? null : await withRelay(startReference, (r) => fanOut(r, connections, rooms, perClientPerSecond, SECONDS, { warmUpMs: WARM_UP_MS }));
        const ours = await withRelay(() => rembuk(), (r) => fanOut(r, connections, rooms, perClientPerSecond, SECONDS, { warmUpMs: WARM_UP_MS }));
        entry.rounds.push({ reference, rembuk: ours });
        log(`fan-out ${connections}/${rooms} at ${writesPerSecond}/s round ${round + 1}: reference ${JSON.stringify(reference)} rembuk ${JSON.stringify(ours)}`);
      }
      run.fanOut.push(entry);
    }
  }
  if (ONLY.has("storage")) {
    // 2,000 stock clients in 400 rooms, 250 writes a second in all, paired per round: SQLite, PostgreSQL, two processes
    const postgres = await startPostgres();
    try {
      const subjects: Array<{ subject: string; start: () => Promise<RunningRelay> }> = [
        { subject: "SQLite, 1 process", start: () => rembuk() },
        { subject: "PostgreSQL, 1 process", start: async () => startRembuk({ root: ROOT, dataDir: freshDir(), secret: BENCH_SECRET, token: benchToken, env: { DATABASE_URL: await postgres.createDatabase() } }) },
        { subject: "PostgreSQL, 2 processes", start: async () => startRembukCluster({ root: ROOT, dataDirs: [freshDir(), freshDir()], secret: BENCH_SECRET, token: benchToken, databaseUrl: await postgres.createDatabase() }) },
      ];
      run.storage = subjects.map((s) => ({ subject: s.subject, rounds: [] }));
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, s] of subjects.entries()) {
          const result = await withRelay(s.start, (r) => fanOut(r, 2000, 400, 0.125, SECONDS, { warmUpMs: WARM_UP_MS }));
          run.storage[i]!.rounds.push(result);
          log(`storage ${s.subject} round ${round + 1}: ${JSON.stringify(result)}`);
        }
      }
    } finally {
      await postgres.stop();
    }
  }
  if (ONLY.has("busy")) {
    for (let round = 0; round < ROUNDS; round++) {
      const reference = referenceProblem ? null : await withRelay(startReference, (r) => busyRoom(r, 8, 4, SECONDS));
      // 8 clients writing as fast as their echoes come back send some 400 updates a second each, far past the
      // per-connection rate an honest device reaches (50, PROTOCOL.md 1c), which would close them with 4429:
      // raised here, since this scenario measures what the relay can carry, not its quotas
      const ours = await withRelay(() => rembuk(freshDir(), { REMBUK_UPDATES_PER_SECOND: String(BUSY_UPDATES_PER_SECOND) }), (r) => busyRoom(r, 8, 4, SECONDS));
      run.busy.push({ reference, rembuk: ours });
      log(`busy room round ${round + 1}: reference ${JSON.stringify(reference)} rembuk ${JSON.stringify(ours)}`);
    }
  }

  const needsRoster = ONLY.has("memory") || ONLY.has("stall") || ONLY.has("amplification");
  let seeded: string | null = null;
  let rosterFile: string | null = null;
  const heavy = needsRoster ? new HeavyClient(REPO) : null;
  try {
    if (needsRoster && heavy) {
      log("generating the 20,000-household roster");
      const doc = new Y.Doc();
      generateRoster(doc, { households: 20_000, seed: 20_261_207 });
      rosterFile = writeBytesFile(work, Y.encodeStateAsUpdate(doc));
      doc.destroy();
      seeded = freshDir();
      log("seeding besar-1..3 through the relay");
      await withRelay(() => rembuk(seeded!), (r) => seedBigRosters(r, heavy, benchToken, rosterFile!, ["besar-1", "besar-2", "besar-3"]));
    }
    const copyOfSeeded = () => {
      const dir = freshDir();
      cpSync(seeded!, dir, { recursive: true });
      return dir;
    };
    if (ONLY.has("memory") && heavy) {
      const reference = referenceProblem
        ? null
        : await withRelay(startReference, (r) => memory(r, 400, async (relay) => void (await heavy.send({ cmd: "push", server: relay.serverUrl, room: "besar-1/roster", token: "", bytes: rosterFile })), ));
      if (reference) await heavy.send({ cmd: "close", room: "" });
      const ours = await withRelay(() => rembuk(copyOfSeeded()), (r) => memory(r, 400, async (relay) => void (await heavy.send({ cmd: "join", server: relay.serverUrl, room: "besar-1/roster", token: benchToken("besar-1") }))));
      await heavy.send({ cmd: "close", room: "" });
      run.memory = { reference, rembuk: ours };
      log(`memory: reference ${JSON.stringify(reference)} rembuk ${JSON.stringify(ours)}`);
    }
    if (ONLY.has("stall") && heavy) {
      run.stall = await withRelay(() => rembuk(copyOfSeeded()), (r) => bigRoomStall(r, heavy, benchToken, 40, 2));
      log(`stall: ${JSON.stringify(run.stall)}`);
    }
    if (ONLY.has("amplification") && heavy) {
      run.amplification = await withRelay(() => rembuk(copyOfSeeded()), (r) => writeAmplification(r, heavy, benchToken, 1000, 40_000));
      log(`write amplification: ${JSON.stringify(run.amplification)}`);
    }
  } finally {
    await heavy?.stop();
  }

  if (ONLY.has("idle")) {
    const bare = spawnSync(process.execPath, ["-e", "setTimeout(() => console.log(process.memoryUsage().rss), 1500)"], { encoding: "utf8" });
    const steps = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(REPO, "tests/bench/support/relay/idleMemory.ts"), ROOT], { cwd: ROOT, encoding: "utf8" });
    const line = steps.stderr.split("\n").reverse().find((l) => l.startsWith("["));
    run.idle = { bareNodeRssMiB: Math.round((Number(bare.stdout.trim()) / 1048576) * 10) / 10, steps: line ? JSON.parse(line) : [] };
    log(`idle memory: ${JSON.stringify(run.idle)}`);
  }
} finally {
  cleanup();
}

const previous = readRelayRuns(REPO);
// a partial run (BENCH_ONLY) keeps the figures it did not measure from the last run under its label
const earlier = previous.find((r) => r.label === LABEL);
if (earlier) {
  if (run.fanOut.length === 0) {
    run.fanOut = earlier.fanOut;
    run.fanOutWarmUpMs = earlier.fanOutWarmUpMs;
  }
  if (run.busy.length === 0) run.busy = earlier.busy;
  run.memory ??= earlier.memory;
  run.stall ??= earlier.stall;
  run.amplification ??= earlier.amplification;
  run.storage ??= earlier.storage;
  run.idle ??= earlier.idle;
  run.amplificationBreakdown ??= earlier.amplificationBreakdown;
  run.cpuBreakdown ??= earlier.cpuBreakdown;
}
run.loadAverageAtEnd = loadavg().map((v) => Math.round(v * 100) / 100);
const runs = [...previous.filter((r) => r.label !== LABEL), run];
writeRelayRuns(REPO, runs);
log(`wrote tests/bench/results/relay.json and tests/bench/RELAY.md (${runs.map((r) => r.label).join(", ")})`);
process.exit(0);
