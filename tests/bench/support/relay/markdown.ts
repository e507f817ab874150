import type { RelayRun } from "../../relay.bench.ts";
import type { LatencyFigures } from "./scenarios.ts";

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
      out.push("### Fan-out (250 small map writes a second spread over the clients; latency to the other clients of the writer's room)", "");
      out.push("| connections / rooms | round | reference latency | rembuk latency | reference CPU per update | rembuk CPU per update | rembuk / reference CPU | RSS reference / rembuk |");
      out.push("|---|---|---|---|---|---|---|---|");
      for (const entry of run.fanOut) {
        entry.rounds.forEach((r, i) => {
          out.push(`| ${entry.connections.toLocaleString("en-US")} / ${entry.rooms} | ${i + 1} | ${lat(r.reference?.latency)} | ${lat(r.rembuk.latency)} | ${num(r.reference?.cpuPerUpdateUs, " µs")} | ${num(r.rembuk.cpuPerUpdateUs, " µs")} | ${ratio(r.rembuk.cpuPerUpdateUs, r.reference?.cpuPerUpdateUs)} | ${num(r.reference?.rssMiB)} / ${num(r.rembuk.rssMiB)} MiB |`);
        });
      }
      out.push("");
    }
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
