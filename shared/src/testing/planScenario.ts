import type * as Y from "yjs";
import { readActivities, readActivityLog, readPlanYear } from "../crdt/plan.ts";
import { divergencesOf, type Replica } from "./convergence.ts";
import { Prng } from "./prng.ts";
import { planEdit } from "./randomPlanEdits.ts";
import { SimNetwork, type Envelope } from "./simNetwork.ts";

/**
 * The village plan's fuzz run (issue 19): 3-5 peers edit one plan (texts, ordinary fields, numbers kept as
 * registers, budget lines, spending, decision links, removals) through a simulated relay with random delivery order,
 * disconnects and offline editing; then everyone reconnects, the network drains, and every replica must show the
 * same plan (activities with their conflicts, each activity's history, the year's header) and hold the same Yjs
 * state. Its own network of the plan alone, so the main scenario's saved seeds replay unchanged.
 */
export interface PlanStats {
  peers: number;
  steps: number;
  edits: number;
  offlineEdits: number;
  /** conflicts resolved by writing one of their values */
  resolved: number;
  /** numbers still in dispute at the end (the same on every replica) */
  conflictsAtEnd: number;
  disconnects: number;
}

export interface PlanResult {
  seed: number;
  stats: PlanStats;
  divergences: string[];
  trace: string[];
}

const KINDS = ["plan"] as const;
const TRACE_KEPT = 40;

function projectPlan(_kind: "plan", doc: Y.Doc): unknown {
  const activities = readActivities(doc);
  return { activities, logs: activities.map((a) => readActivityLog(doc, a.id)), year: readPlanYear(doc, 2027) };
}

export function planReplayCommand(seed: number): string {
  return `FUZZ_SEED=${seed} npx vitest run tests/fuzz/plan-converges.test.ts`;
}

/** Test-only: lose messages on purpose, to prove the check can fail (faults draw from their own stream). */
export interface PlanScenarioOptions {
  dropForTesting?: (message: Envelope<"plan">, prng: Prng) => boolean;
}

export function runPlanScenario(seed: number, options: PlanScenarioOptions = {}): PlanResult {
  const prng = new Prng(seed);
  const faultPrng = new Prng(seed ^ 0x5eed);
  const drop = options.dropForTesting;
  const network = new SimNetwork({ peers: prng.int(3, 5), prng, kinds: KINDS, ...(drop ? { dropForTesting: (m: Envelope<"plan">) => drop(m, faultPrng) } : {}) });
  const steps = prng.int(100, 300);
  const stats: PlanStats = { peers: network.peers.length, steps, edits: 0, offlineEdits: 0, resolved: 0, conflictsAtEnd: 0, disconnects: 0 };
  const trace: string[] = [];
  const log = (line: string) => {
    trace.push(line);
    if (trace.length > TRACE_KEPT) trace.shift();
  };
  try {
    for (let i = 0; i < steps; i++) {
      const r = prng.next();
      if (r < 0.5) {
        const peer = prng.pick(network.peers);
        const what = planEdit(prng, peer.docs.plan);
        stats.edits++;
        if (!peer.connected) stats.offlineEdits++;
        if (what.startsWith("resolve") && what.endsWith("-> true")) stats.resolved++;
        log(`${i} peer${peer.index}${peer.connected ? "" : " (offline)"} ${what}`);
      } else if (r < 0.88) {
        const count = prng.int(1, 8);
        let delivered = 0;
        while (delivered < count && network.deliverOne()) delivered++;
        log(`${i} deliver ${delivered}`);
      } else {
        const disconnect = r < 0.94;
        const candidates = network.peers.filter((p) => p.connected === disconnect);
        if (candidates.length === 0) continue;
        const peer = prng.pick(candidates);
        if (disconnect) network.disconnect(peer.index);
        else network.connect(peer.index);
        log(`${i} ${disconnect ? "disconnect" : "reconnect"} peer${peer.index}`);
      }
    }
    network.flushAll();
    log("reconnect all, flush");
  } catch (error) {
    throw new Error(`seed ${seed} threw. Replay: ${planReplayCommand(seed)}\nlast steps:\n  ${trace.join("\n  ")}`, { cause: error });
  }
  stats.disconnects = network.stats.disconnects;
  stats.conflictsAtEnd = readActivities(network.hub.plan).reduce((n, a) => n + a.conflicts.length, 0);
  const replicas: Array<Replica<"plan">> = [{ name: "hub", docs: network.hub }, ...network.peers.map((p) => ({ name: `peer${p.index}`, docs: p.docs }))];
  return { seed, stats, divergences: divergencesOf(replicas, KINDS, projectPlan), trace };
}

export function formatPlanFailure(result: PlanResult): string {
  return [`seed ${result.seed} diverged. Replay: ${planReplayCommand(result.seed)}`, `stats: ${JSON.stringify(result.stats)}`, ...result.divergences, "last steps:", ...result.trace.map((l) => `  ${l}`)].join("\n");
}
