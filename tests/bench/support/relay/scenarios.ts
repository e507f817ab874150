import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { percentile } from "../stats.ts";
import { observeLatency, openClient, openSynced, sleep, waitUntil, writeStamp, type BenchClient } from "./clients.ts";
import { watchOwnUpdates } from "./echo.ts";
import type { HeavyClient } from "./helper.ts";
import { cpuMsOf, memoryOf, writtenBytesOf } from "./proc.ts";
import type { RunningRelay } from "./subjects.ts";

export interface LatencyFigures {
  count: number;
  p50: number;
  p99: number;
  max: number;
  over50: number;
}

export function latencyFigures(values: number[]): LatencyFigures {
  const r = (v: number) => Math.round(v * 10) / 10;
  return {
    count: values.length,
    p50: r(percentile(values, 50)),
    p99: r(percentile(values, 99)),
    max: r(values.length ? values.reduce((a, b) => Math.max(a, b), -Infinity) : Number.NaN),
    over50: values.filter((v) => v > 50).length,
  };
}

export interface FanOutResult {
  connections: number;
  rooms: number;
  updatesPerSecond: number;
  updates: number;
  latency: LatencyFigures;
  /** relay CPU (all threads, all its processes) over the measured window, per update sent */
  cpuPerUpdateUs: number;
  /** the same per relay process, when there are several (PostgreSQL behind a balancer) */
  perProcessCpuPerUpdateUs?: number[];
  rssMiB: number;
  hwmMiB: number;
}

const roomId = (prefix: string, i: number) => `${prefix}-${String(i).padStart(4, "0")}`;

/**
 * Fan-out: `connections` stock clients in `rooms` rooms (minutes documents); every client
 * writes a small map entry `perClientPerSecond` times a second, at random phases; the other
 * clients of its room measure how long it took to reach them. CPU per update: the relay's
 * CPU time over the measured window (and the drain after it) divided by the updates sent.
 */
export async function fanOut(
  relay: RunningRelay,
  connections: number,
  rooms: number,
  perClientPerSecond: number,
  seconds: number,
  options: {
    /** writes before the measured window (JIT warm-up, sockets settled); default 3 s */
    warmUpMs?: number;
    /** told when the measured window starts and ends (cpuBreakdown.ts samples the relay over it) */
    onWindow?: (moment: "start" | "end") => void | Promise<void>;
  } = {},
): Promise<FanOutResult> {
  const { onWindow, warmUpMs = 3000 } = options;
  const specs = Array.from({ length: connections }, (_, i) => ({ ws: roomId("fan", i % rooms), doc: "minutes" }));
  const clients = await openSynced(relay, specs);
  const latencies: number[] = [];
  let measuring = false;
  const sink: number[] = [];
  clients.forEach((c, i) => observeLatency(c, `c${i}`, sink));
  const gapMs = 1000 / perClientPerSecond;
  const next = clients.map(() => performance.now() + Math.random() * gapMs);
  const counters = clients.map(() => 0);
  let sent = 0;
  const runFor = async (ms: number) => {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      const now = performance.now();
      for (let i = 0; i < clients.length; i++) {
        if (next[i]! > now) continue;
        next[i]! += gapMs;
        writeStamp(clients[i]!, `c${i}`, counters[i]!++);
        if (measuring) sent++;
      }
      await sleep(5);
    }
  };
  await runFor(warmUpMs);
  sink.length = 0;
  await onWindow?.("start");
  measuring = true;
  const pids = relay.pids ?? [relay.pid];
  const cpu0 = pids.map(cpuMsOf);
  await runFor(seconds * 1000);
  measuring = false;
  await onWindow?.("end");
  // not push(...sink): past ~100,000 deliveries (a fast run) the spread overflows the stack
  for (const ms of sink) latencies.push(ms);
  await sleep(1000); // let the last updates arrive; their relay work is counted
  const cpus = pids.map((pid, i) => cpuMsOf(pid) - cpu0[i]!);
  const cpu = cpus.reduce((a, b) => a + b, 0);
  const mems = pids.map(memoryOf);
  const mem = { rssMiB: mems.reduce((a, m) => a + m.rssMiB, 0), hwmMiB: mems.reduce((a, m) => a + m.hwmMiB, 0) };
  for (const c of clients) c.destroy();
  await sleep(500);
  return {
    connections,
    rooms,
    updatesPerSecond: connections * perClientPerSecond,
    updates: sent,
    latency: latencyFigures(latencies),
    cpuPerUpdateUs: Math.round((cpu * 1000) / sent),
    ...(pids.length > 1 ? { perProcessCpuPerUpdateUs: cpus.map((c) => Math.round((c * 1000) / sent)) } : {}),
    rssMiB: Math.round(mem.rssMiB),
    hwmMiB: Math.round(mem.hwmMiB),
  };
}

export interface BusyRoomResult {
  clients: number;
  window: number;
  seconds: number;
  confirmed: number;
  updatesPerSecond: number;
  latency: LatencyFigures;
  cpuPerUpdateUs: number;
}

/**
 * One busy room: `clientCount` stock clients in one room, each keeping `window` of its own
 * updates in flight (the next one goes when the relay sent one back: rembuk's echo, the
 * reference's broadcast to every connection). Latency: from the write to its return.
 */
export async function busyRoom(relay: RunningRelay, clientCount: number, window: number, seconds: number): Promise<BusyRoomResult> {
  const clients = await openSynced(relay, Array.from({ length: clientCount }, () => ({ ws: "busy-room", doc: "minutes" })));
  const latencies: number[] = [];
  let running = true;
  let confirmed = 0;
  let counting = false;
  const send = (c: BenchClient, i: number, inFlight: number[], n: { v: number }) => {
    inFlight.push(performance.now());
    writeStamp(c, `c${i}`, n.v++);
  };
  clients.forEach((c, i) => {
    const inFlight: number[] = [];
    const n = { v: 0 };
    watchOwnUpdates(c.provider, () => {
      const at = inFlight.shift();
      if (at === undefined) return;
      if (counting) {
        latencies.push(performance.now() - at);
        confirmed++;
      }
      if (running) setImmediate(() => send(c, i, inFlight, n));
    });
    for (let k = 0; k < window; k++) send(c, i, inFlight, n);
  });
  await sleep(2000); // warm-up
  counting = true;
  const cpu0 = cpuMsOf(relay.pid);
  const started = performance.now();
  await sleep(seconds * 1000);
  counting = false;
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuMsOf(relay.pid) - cpu0;
  running = false;
  await sleep(500);
  for (const c of clients) c.destroy();
  await sleep(500);
  return {
    clients: clientCount,
    window,
    seconds: Math.round(elapsed * 10) / 10,
    confirmed,
    updatesPerSecond: Math.round(confirmed / elapsed),
    latency: latencyFigures(latencies),
    cpuPerUpdateUs: Math.round((cpu * 1000) / Math.max(1, confirmed)),
  };
}

export interface MemoryResult {
  idleRssMiB: number;
  /** after 400 small rooms were opened and written once, settled */
  smallRooms: number;
  perSmallRoomKiB: number;
  /** the 20,000-household roster loaded (rembuk: from disk; reference: pushed by a client) */
  bigRoomMiB: number | null;
}

/** RSS idle, then per small room (one client each, one write), then with the big roster in memory. */
export async function memory(relay: RunningRelay, smallRooms: number, big: ((relay: RunningRelay) => Promise<void>) | null): Promise<MemoryResult> {
  await sleep(2000);
  const idle = memoryOf(relay.pid).rssMiB;
  const clients = await openSynced(relay, Array.from({ length: smallRooms }, (_, i) => ({ ws: roomId("mem", i), doc: "minutes" })));
  clients.forEach((c, i) => writeStamp(c, `c${i}`, 0));
  await sleep(3000);
  const withRooms = memoryOf(relay.pid).rssMiB;
  let bigRoomMiB: number | null = null;
  if (big) {
    await big(relay);
    await sleep(3000);
    bigRoomMiB = Math.round(memoryOf(relay.pid).rssMiB - withRooms);
  }
  for (const c of clients) c.destroy();
  await sleep(500);
  return { idleRssMiB: Math.round(idle), smallRooms, perSmallRoomKiB: Math.round(((withRooms - idle) * 1024) / smallRooms), bigRoomMiB };
}

export interface StallPhase {
  phase: string;
  ms: number;
  latency: LatencyFigures;
}

export interface StallResult {
  smallRooms: number;
  updatesPerSecond: number;
  phases: StallPhase[];
  all: LatencyFigures;
}

/**
 * Item 3: small rooms' latency while big rosters (20,000 households, seeded on disk) are
 * loaded cold, edited one small change at a time, grown by one import-sized update, and
 * loaded again. The big-roster client is another process (HeavyClient), so its own Yjs work
 * does not stall the clock that measures the small rooms.
 */
export async function bigRoomStall(relay: RunningRelay, heavy: HeavyClient, token: (ws: string) => string, smallRooms: number, perClientPerSecond: number): Promise<StallResult> {
  const specs = Array.from({ length: smallRooms * 2 }, (_, i) => ({ ws: roomId("kecil", i % smallRooms), doc: "minutes" }));
  const clients = await openSynced(relay, specs);
  const sink: number[] = [];
  clients.forEach((c, i) => observeLatency(c, `c${i}`, sink));
  let running = true;
  const gapMs = 1000 / perClientPerSecond;
  const next = clients.map(() => performance.now() + Math.random() * gapMs);
  const pump = (async () => {
    let n = 0;
    while (running) {
      const now = performance.now();
      for (let i = 0; i < clients.length; i++) {
        if (next[i]! > now) continue;
        next[i]! += gapMs;
        writeStamp(clients[i]!, `c${i}`, n++);
      }
      await sleep(5);
    }
  })();
  const phases: StallPhase[] = [];
  const all: number[] = [];
  const phase = async (name: string, work: () => Promise<unknown>, settleMs = 1500) => {
    sink.length = 0;
    const started = performance.now();
    await work();
    await sleep(settleMs);
    phases.push({ phase: name, ms: Math.round(performance.now() - started), latency: latencyFigures(sink) });
    for (const ms of sink) all.push(ms);
  };
  const room = (ws: string) => ({ server: relay.serverUrl, room: `${ws}/roster`, token: token(ws) });
  await sleep(2000);
  await phase("baseline", () => sleep(3000), 0);
  await phase("cold load of besar-1 (20,000 households)", () => heavy.send({ cmd: "join", ...room("besar-1") }));
  await phase("250 small edits to besar-1, 25/s", () => heavy.send({ cmd: "edits", ...room("besar-1"), count: 250, perSecond: 25 }));
  await phase("one import-sized update to besar-1 (10,000 households)", () => heavy.send({ cmd: "grow", ...room("besar-1"), households: 10_000 }), 4000);
  await phase("cold loads of besar-2 and besar-3", () => Promise.all([heavy.send({ cmd: "join", ...room("besar-2") }), heavy.send({ cmd: "join", ...room("besar-3") })]));
  running = false;
  await pump;
  await heavy.send({ cmd: "close", room: "" });
  for (const c of clients) c.destroy();
  await sleep(500);
  return { smallRooms, updatesPerSecond: clients.length * perClientPerSecond, phases, all: latencyFigures(all) };
}

/** Seeds the big rosters through the relay itself (a client holding the whole document syncs it), so any relay version stores them its own way. */
export async function seedBigRosters(relay: RunningRelay, heavy: HeavyClient, token: (ws: string) => string, bytesFile: string, workspaces: string[]): Promise<void> {
  for (const ws of workspaces) await heavy.send({ cmd: "push", server: relay.serverUrl, room: `${ws}/roster`, token: token(ws), bytes: bytesFile });
  await heavy.send({ cmd: "close", room: "" });
}

export interface WriteAmplificationResult {
  edits: number;
  updateBytes: number;
  /** bytes the relay process passed to write(2) (database, WAL, logs) while the edits ran and the room then sat idle until unloaded */
  wcharBytes: number;
  amplification: number;
  idleWaitMs: number;
}

/**
 * Item 5: 1,000 small edits, one at a time (each after the previous one's echo), to the
 * 20,000-household roster on disk, then the client leaves and the room sits idle past the
 * relay's unload delay. Write amplification: what the relay wrote / the updates' bytes.
 */
export async function writeAmplification(relay: RunningRelay, heavy: HeavyClient, token: (ws: string) => string, edits: number, idleWaitMs: number): Promise<WriteAmplificationResult> {
  const room = { server: relay.serverUrl, room: "besar-1/roster", token: token("besar-1") };
  await heavy.send({ cmd: "join", ...room });
  await sleep(1000);
  const before = writtenBytesOf(relay.pid).wchar;
  // 40 a second, each after the last one's echo: a fast person, under the per-connection rate quota (50 a second)
  const answer = await heavy.send({ cmd: "edits", ...room, count: edits, perSecond: 40 });
  await heavy.send({ cmd: "close", room: "" });
  await sleep(idleWaitMs);
  const wchar = writtenBytesOf(relay.pid).wchar - before;
  const updateBytes = Number(answer.bytes);
  return { edits, updateBytes, wcharBytes: wchar, amplification: Math.round((wchar / updateBytes) * 10) / 10, idleWaitMs };
}

/** Where the write amplification's bytes go (amplificationTrace.ts: strace on the relay process). */
export interface AmplificationBreakdown {
  measuredAt: string;
  commit: string;
  loadAverage: number[];
  loadAverageAtEnd: number[];
  edits: number;
  updateBytes: number;
  wchar: number;
  amplification: number;
  rows: Array<{ target: string; calls: number; bytes: number; perEdit: number }>;
}

export function writeBytesFile(dir: string, bytes: Uint8Array): string {
  const file = join(dir, "roster-20k.bin");
  writeFileSync(file, bytes);
  return file;
}

export { openClient, waitUntil };
