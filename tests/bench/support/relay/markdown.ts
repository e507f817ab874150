import type { RelayRun } from "../../relay.bench.ts";
import type { LatencyFigures } from "./scenarios.ts";
import type { CpuBreakdown, CpuBreakdownRound } from "./cpuBreakdown.ts";

const lat = (l: LatencyFigures | undefined) => (l ? `${l.p50} / ${l.p99} / ${l.max}` : "–");
const num = (v: number | null | undefined, unit = "") => (v === null || v === undefined || Number.isNaN(v) ? "–" : `${v.toLocaleString("en-US")}${unit}`);
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `x${(a / b).toFixed(2)}` : "–");

function machineLine(run: RelayRun): string {
  const m = run.machine;
  return `${run.measuredAt.slice(0, 16).replace("T", " ")} UTC, commit ${run.commit}, ${m.os}, ${m.cpuModel} x${m.cpuCount}, Node ${m.node}, load average at start ${m.loadAverage.map((l) => l.toFixed(2)).join(" / ")}${run.loadAverageAtEnd ? `, at the end ${run.loadAverageAtEnd.map((l) => l.toFixed(2)).join(" / ")}` : ""}`;
}

/** RELAY.md, generated from results/relay.json: every label (e.g. before / after) side by side. */
export function renderRelayMarkdown(runs: RelayRun[]): string {
  const out: string[] = [];
  out.push("# Relay benchmark results", "");
  out.push("Written by `npm run bench:relay` (tests/bench/relay.bench.ts) from `results/relay.json`; do not edit by hand.");
  out.push("Stock y-websocket clients in the benchmark's process; each relay in its own process on 127.0.0.1. CPU is the relay");
  out.push("process's own (user + system, all threads, from /proc): the clients' work does not count. Latency is wall clock");
  out.push("(ms, p50 / p99 / max). The machine is shared with other jobs (2 cores): compare the reference and rembuk of the");
  out.push("same round (paired: each round starts both on fresh processes, one after the other), not figures across runs.", "");
  for (const run of runs) {
    out.push(`## ${run.label}`, "");
    out.push(`Measured ${machineLine(run)}. Relay code: ${run.root === "." ? "this checkout" : run.root}. Reference: ${run.reference}.`, "");
    if (run.fanOut.length > 0) {
      out.push(`### Fan-out (small map writes spread over the clients, 250 a second in all unless the row says otherwise, measured after ${(run.fanOutWarmUpMs ?? 3000) / 1000} s of them; latency to the other clients of the writer's room)`, "");
      out.push("| connections / rooms | round | reference latency | rembuk latency | reference CPU per update | rembuk CPU per update | rembuk / reference CPU | RSS reference / rembuk |");
      out.push("|---|---|---|---|---|---|---|---|");
      for (const entry of run.fanOut) {
        entry.rounds.forEach((r, i) => {
          const rate = (entry.writesPerSecond ?? 250) === 250 ? "" : `, ${entry.writesPerSecond!.toLocaleString("en-US")} writes/s`;
          out.push(`| ${entry.connections.toLocaleString("en-US")} / ${entry.rooms}${rate} | ${i + 1} | ${lat(r.reference?.latency)} | ${lat(r.rembuk.latency)} | ${num(r.reference?.cpuPerUpdateUs, " µs")} | ${num(r.rembuk.cpuPerUpdateUs, " µs")} | ${ratio(r.rembuk.cpuPerUpdateUs, r.reference?.cpuPerUpdateUs)} | ${num(r.reference?.rssMiB)} / ${num(r.rembuk.rssMiB)} MiB |`);
        });
      }
      out.push("");
    }
    if (run.cpuBreakdown) out.push(...cpuBreakdownSection(run.cpuBreakdown));
    if (run.storage && run.storage.length > 0) {
      out.push("### Storage and processes (issue 18): 2,000 stock clients in 400 rooms, 250 small writes a second in all", "");
      out.push("Each update is committed before it is relayed on every subject. Two processes sit behind a TCP balancer (the nginx of the README), which adds a hop. This machine has 2 cores: two processes cannot be faster here; CPU per update per process says what each one costs. The PostgreSQL server's own CPU is not counted.", "");
      out.push("| subject | round | latency p50 / p99 / max | CPU per update (all processes) | per process | RSS (all processes) |");
      out.push("|---|---|---|---|---|---|");
      for (const entry of run.storage) {
        entry.rounds.forEach((r, i) => {
          out.push(`| ${entry.subject} | ${i + 1} | ${lat(r.latency)} | ${num(r.cpuPerUpdateUs, " µs")} | ${r.perProcessCpuPerUpdateUs ? r.perProcessCpuPerUpdateUs.map((v) => `${v} µs`).join(" + ") : "-"} | ${num(r.rssMiB)} MiB |`);
        });
      }
      out.push("");
    }
    if (run.busy.length > 0) {
      out.push("### One busy room (8 clients, 4 writes each in flight; latency from a write to its return)", "");
      out.push("Each client writes some hundreds of updates a second, past the relay's per-connection rate quota (50 a second,");
      out.push("PROTOCOL.md 1c, which closes such a client with 4429): rembuk runs here with `REMBUK_UPDATES_PER_SECOND=100000`", "(the code before issue 17 had no quota).", "");
      out.push("| round | reference updates/s | rembuk updates/s | reference latency | rembuk latency | reference CPU per update | rembuk CPU per update | rembuk / reference CPU |");
      out.push("|---|---|---|---|---|---|---|---|");
      run.busy.forEach((r, i) => {
        out.push(`| ${i + 1} | ${num(r.reference?.updatesPerSecond)} | ${num(r.rembuk.updatesPerSecond)} | ${lat(r.reference?.latency)} | ${lat(r.rembuk.latency)} | ${num(r.reference?.cpuPerUpdateUs, " µs")} | ${num(r.rembuk.cpuPerUpdateUs, " µs")} | ${ratio(r.rembuk.cpuPerUpdateUs, r.reference?.cpuPerUpdateUs)} |`);
      });
      out.push("");
    }
    if (run.memory) {
      const { reference: ref, rembuk: ours } = run.memory;
      out.push("### Memory (RSS)", "");
      out.push("| | reference | rembuk |", "|---|---|---|");
      out.push(`| idle | ${num(ref?.idleRssMiB, " MiB")} | ${num(ours.idleRssMiB, " MiB")} |`);
      out.push(`| per small room (${ours.smallRooms} minutes rooms, one client and one write each) | ${num(ref?.perSmallRoomKiB, " KiB")} | ${num(ours.perSmallRoomKiB, " KiB")} |`);
      out.push(`| the 20,000-household roster in memory (reference: pushed by a client; rembuk: loaded from disk) | ${num(ref?.bigRoomMiB, " MiB")} | ${num(ours.bigRoomMiB, " MiB")} |`);
      out.push("");
    }
    if (run.stall) {
      const s = run.stall;
      out.push(`### Small rooms while big rosters load, take edits and compact (${s.smallRooms} rooms x 2 clients, ${s.updatesPerSecond} small writes/s in all; target p99 < 50 ms)`, "");
      out.push("| phase | duration | small-room latency p50 / p99 / max | deliveries | over 50 ms |", "|---|---|---|---|---|");
      for (const p of s.phases) out.push(`| ${p.phase} | ${num(p.ms, " ms")} | ${lat(p.latency)} | ${num(p.latency.count)} | ${num(p.latency.over50)} |`);
      out.push(`| **all phases** | | **${lat(s.all)}** | ${num(s.all.count)} | ${num(s.all.over50)} |`, "");
    }
    if (run.amplification) {
      const a = run.amplification;
      out.push("### Write amplification (target under x10)", "");
      out.push(`${a.edits.toLocaleString("en-US")} small edits to the 20,000-household roster, one after the other's echo (at most 40 a second; the code before issue 17 was run at up to 1,000 a second) (${num(a.updateBytes, " bytes")} of updates), then the room idle for ${a.idleWaitMs / 1000} s (past the unload delay): the relay wrote ${num(a.wcharBytes, " bytes")} (\`wchar\`: database, WAL, journal, sockets, pipes): **x${a.amplification}**.`, "");
    }
    const b = run.amplificationBreakdown;
    if (b) {
      out.push("Where those bytes go: the same scenario with strace on the relay process (`node --import tsx tests/bench/support/relay/amplificationTrace.ts`), every write-family system call summed per file;", `measured ${b.measuredAt.slice(0, 16).replace("T", " ")} UTC, commit ${b.commit}, load average ${b.loadAverage.join(" / ")} at start and ${b.loadAverageAtEnd.join(" / ")} at the end (strace slows the relay: bytes only, no times). ${num(b.updateBytes, " bytes")} of updates, \`wchar\` ${num(b.wchar, " bytes")}: **x${b.amplification}**.`, "");
      out.push("| system call and file | calls | bytes | per edit |", "|---|---|---|---|");
      for (const r of b.rows) out.push(`| ${r.target} | ${num(r.calls)} | ${num(r.bytes)} | ${num(r.perEdit)} |`);
      out.push("");
    }
    if (run.idle) {
      out.push("### Where an idle relay's memory goes", "");
      out.push(`A bare \`node\` process: ${run.idle.bareNodeRssMiB} MiB RSS. Then, step by step (after a GC):`, "");
      out.push("| step | RSS | JS heap used | external |", "|---|---|---|---|");
      for (const s of run.idle.steps) out.push(`| ${s.step} | ${s.rssMiB} MiB | ${s.heapUsedMiB} MiB | ${s.externalMiB} MiB |`);
      out.push("");
    }
  }
  return `${out.join("\n")}\n`;
}

/** Where a fan-out update's CPU goes, per category, each server's rounds averaged (cpuBreakdown.ts). */
function cpuBreakdownSection(b: CpuBreakdown): string[] {
  const mean = (subject: "reference" | "rembuk", pick: (r: CpuBreakdownRound) => number) => {
    const rounds = b.rounds.filter((r) => r.subject === subject);
    return rounds.length === 0 ? Number.NaN : Math.round(rounds.reduce((n, r) => n + pick(r), 0) / rounds.length);
  };
  const categories = [...new Set(b.rounds.flatMap((r) => [...Object.keys(r.mainThreadUs), ...Object.keys(r.otherThreadsUs)]))];
  const sum = (o: Record<string, number>) => Object.values(o).reduce((n, v) => n + v, 0);
  const rows = categories
    .map((c) => ({ c, ref: [mean("reference", (r) => r.mainThreadUs[c] ?? 0), mean("reference", (r) => r.otherThreadsUs[c] ?? 0)], ours: [mean("rembuk", (r) => r.mainThreadUs[c] ?? 0), mean("rembuk", (r) => r.otherThreadsUs[c] ?? 0)] }))
    .sort((x, y) => y.ours[0]! + y.ours[1]! - (x.ours[0]! + x.ours[1]!));
  const out = [
    `Where a fan-out update's CPU goes (${b.connections} connections / ${b.rooms} rooms, ${(b.writesPerSecond ?? 250).toLocaleString("en-US")} writes a second, ${b.rounds.length / 2} paired round(s)): \`perf record\` on the relay process over the measured window (\`node --import tsx tests/bench/support/relay/cpuBreakdown.ts\`), each sample put in the first category its call stack matches from the leaf up; microseconds of CPU per update, main thread / other threads (JIT compiler, GC helpers, workers). Measured ${b.measuredAt.slice(0, 16).replace("T", " ")} UTC, commit ${b.commit}, load average ${b.loadAverage.join(" / ")} at start and ${b.loadAverageAtEnd.join(" / ")} at the end.`,
    "",
    "| category | reference | rembuk | rembuk - reference |",
    "|---|---|---|---|",
  ];
  for (const r of rows) out.push(`| ${r.c} | ${r.ref[0]} / ${r.ref[1]} µs | ${r.ours[0]} / ${r.ours[1]} µs | ${r.ours[0]! + r.ours[1]! - r.ref[0]! - r.ref[1]!} µs |`);
  const total = (s: "reference" | "rembuk") => [mean(s, (r) => sum(r.mainThreadUs)), mean(s, (r) => sum(r.otherThreadsUs))];
  const [rt, ot] = [total("reference"), total("rembuk")];
  out.push(`| **all samples** | **${rt[0]} / ${rt[1]} µs** | **${ot[0]} / ${ot[1]} µs** | **${ot[0]! + ot[1]! - rt[0]! - rt[1]!} µs** |`);
  out.push(`| CPU per update from /proc, same window | ${mean("reference", (r) => r.cpuPerUpdateUs)} µs | ${mean("rembuk", (r) => r.cpuPerUpdateUs)} µs | |`, "");
  return out;
}
