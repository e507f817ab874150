/**
 * Where the write amplification's bytes go (issue 17, item 5): the write-amplification scenario of
 * relay.bench.ts with strace attached to the relay process, every write-family system call summed
 * per file (the database, its WAL, the journal, sockets, pipes). Run by hand:
 *   BENCH_LABEL=now node --import tsx tests/bench/support/relay/amplificationTrace.ts [root]
 * Prints the breakdown and keeps it in results/relay.json under the run with that label (RELAY.md
 * shows it under the write amplification). Needs strace (Linux); strace slows the relay, so the
 * figures are bytes, never times.
 */
import { spawn } from "node:child_process";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import { BENCH_SECRET, benchToken, keepWithRun } from "./benchRuns.ts";
import { sleep } from "./clients.ts";
import { HeavyClient } from "./helper.ts";
import { writtenBytesOf } from "./proc.ts";
import { seedBigRosters, writeBytesFile, type AmplificationBreakdown } from "./scenarios.ts";
import { startRembuk } from "./subjects.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const ROOT = resolve(process.argv[2] ?? REPO);
const EDITS = Number(process.env.BENCH_EDITS ?? 1000);
const LABEL = process.env.BENCH_LABEL ?? "now";
const load = () => loadavg().map((v) => Math.round(v * 100) / 100);
const loadAtStart = load();
const measuredAt = new Date().toISOString();
const commit = process.env.BENCH_COMMIT ?? spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim();

const work = mkdtempSync(join(tmpdir(), "rembuk-amp-trace-"));
const heavy = new HeavyClient(REPO);
try {
  const doc = new Y.Doc();
  generateRoster(doc, { households: 20_000, seed: 20_261_207 });
  const rosterFile = writeBytesFile(work, Y.encodeStateAsUpdate(doc));
  doc.destroy();
  const seeded = join(work, "seeded");
  mkdirSync(seeded);
  const seedRelay = await startRembuk({ root: ROOT, dataDir: seeded, secret: BENCH_SECRET, token: benchToken });
  await seedBigRosters(seedRelay, heavy, benchToken, rosterFile, ["besar-1"]);
  await seedRelay.stop();
  const dataDir = join(work, "run");
  cpSync(seeded, dataDir, { recursive: true });
  const relay = await startRembuk({ root: ROOT, dataDir, secret: BENCH_SECRET, token: benchToken });
  const room = { server: relay.serverUrl, room: "besar-1/roster", token: benchToken("besar-1") };
  await heavy.send({ cmd: "join", ...room });
  await sleep(1000);
  const traceFile = join(work, "strace.txt");
  const strace = spawn("strace", ["-f", "-y", "-qq", "-e", "trace=write,writev,pwrite64,pwritev,pwritev2,sendto,sendmsg", "-o", traceFile, "-p", String(relay.pid)], { stdio: "ignore" });
  await sleep(1500);
  const before = writtenBytesOf(relay.pid).wchar;
  const answer = await heavy.send({ cmd: "edits", ...room, count: EDITS, perSecond: 40 });
  await heavy.send({ cmd: "close", room: "" });
  await sleep(Number(process.env.BENCH_IDLE_MS ?? 40_000));
  const wchar = writtenBytesOf(relay.pid).wchar - before;
  strace.kill("SIGINT");
  await new Promise((r) => strace.once("exit", r));
  await relay.stop();
  const perTarget = new Map<string, { calls: number; bytes: number }>();
  for (const line of readFileSync(traceFile, "utf8").split("\n")) {
    const m = /^\d+\s+(\w+)\((\d+)<([^>]*)>.*=\s+(\d+)$/.exec(line);
    if (!m) continue;
    const target = m[3]!.replace(dataDir, "DATA_DIR").replace(/^(socket|pipe|anon_inode):.*/, "$1").replace(/^TCP:.*/, "tcp");
    const key = `${m[1]} ${target}`;
    const entry = perTarget.get(key) ?? { calls: 0, bytes: 0 };
    entry.calls++;
    entry.bytes += Number(m[4]);
    perTarget.set(key, entry);
  }
  const updateBytes = Number(answer.bytes);
  const rows = [...perTarget].sort((a, b) => b[1].bytes - a[1].bytes).map(([k, v]) => ({ target: k, ...v, perEdit: Math.round(v.bytes / EDITS) }));
  const breakdown: AmplificationBreakdown = {
    measuredAt, commit, loadAverage: loadAtStart, loadAverageAtEnd: load(), edits: EDITS, updateBytes, wchar, amplification: Math.round((wchar / updateBytes) * 10) / 10, rows,
  };
  console.log(JSON.stringify(breakdown, null, 2));
  keepWithRun(REPO, LABEL, (run) => (run.amplificationBreakdown = breakdown));
} finally {
  await heavy.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
