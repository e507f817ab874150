import { divergences, type Replica } from "./convergence.ts";
import { Prng } from "./prng.ts";
import { randomEdit } from "./randomEdits.ts";
import { SIMULATED_KINDS, SimNetwork, type Envelope, type NetworkStats } from "./simNetwork.ts";

/**
 * One seeded fuzz run: 3-5 peers, 100-300 random steps (edit, deliver, disconnect,
 * reconnect), then everyone reconnects, the network drains, and every replica must
 * equal the hub. Everything random comes from the one seed, so a run replays exactly.
 */
export interface ScenarioOptions {
  /** Test-only: see SimNetworkOptions.dropForTesting. */
  dropForTesting?: (message: Envelope, prng: Prng) => boolean;
}

export interface ScenarioStats extends NetworkStats {
  peers: number;
  steps: number;
  edits: number;
  /** edits made while the editing peer was offline */
  offlineEdits: number;
  /** removals made while offline: the "delete during disconnect" case */
  offlineRemoves: number;
  /** edits made while connected but before step 2 of every document arrived */
  editsDuringHandshake: number;
  /** imports and match decisions made while offline (randomImports.ts) */
  offlineImports: number;
  /** TPK visits recorded or edited while offline */
  offlineVisits: number;
}

export interface ScenarioResult {
  seed: number;
  stats: ScenarioStats;
  divergences: string[];
  /** the last steps, for the failure message */
  trace: string[];
}

const TRACE_KEPT = 40;

export function replayCommand(seed: number): string {
  return `FUZZ_SEED=${seed} npx vitest run tests/fuzz`;
}

type Extra = Pick<ScenarioStats, "edits" | "offlineEdits" | "offlineRemoves" | "editsDuringHandshake" | "offlineImports" | "offlineVisits">;

/** One random step: an edit on a random peer, a few deliveries, a disconnect or a reconnect. */
function step(prng: Prng, network: SimNetwork, extra: Extra): string {
  const r = prng.next();
  if (r < 0.45) {
    const peer = prng.pick(network.peers);
    const what = randomEdit(prng, peer.docs);
    extra.edits++;
    if (!peer.connected) extra.offlineEdits++;
    // a removal of something this peer did not have is no removal
    if (!peer.connected && what.includes(": remove") && !what.endsWith("-> false")) extra.offlineRemoves++;
    if (peer.connected && peer.synced.size < SIMULATED_KINDS.length) extra.editsDuringHandshake++;
    if (!peer.connected && /^roster: (apply|recordMatchDecision|undoMatchDecision)/.test(what) && !what.includes("-> refused")) extra.offlineImports++;
    if (!peer.connected && /^roster: (addVisit|updateVisit) .* -> true$/.test(what)) extra.offlineVisits++;
    return `peer${peer.index}${peer.connected ? "" : " (offline)"} ${what}`;
  }
  if (r < 0.88) {
    const count = prng.int(1, 8);
    let delivered = 0;
    while (delivered < count && network.deliverOne()) delivered++;
    return `deliver ${delivered}`;
  }
  const disconnect = r < 0.94;
  const candidates = network.peers.filter((p) => p.connected === disconnect);
  if (candidates.length === 0) return disconnect ? "nobody to disconnect" : "nobody to reconnect";
  const peer = prng.pick(candidates);
  if (disconnect) network.disconnect(peer.index);
  else network.connect(peer.index);
  return `${disconnect ? "disconnect" : "reconnect"} peer${peer.index}`;
}

export function runScenario(seed: number, options: ScenarioOptions = {}): ScenarioResult {
  const prng = new Prng(seed);
  // Faults draw from their own stream, so a broken run makes the same edits as a healthy one.
  const faultPrng = new Prng(seed ^ 0x5eed);
  const drop = options.dropForTesting;
  const network = new SimNetwork({
    peers: prng.int(3, 5),
    prng,
    ...(drop ? { dropForTesting: (m: Envelope) => drop(m, faultPrng) } : {}),
  });
  const steps = prng.int(100, 300);
  const extra: Extra = { edits: 0, offlineEdits: 0, offlineRemoves: 0, editsDuringHandshake: 0, offlineImports: 0, offlineVisits: 0 };
  const trace: string[] = [];
  const log = (line: string): void => {
    trace.push(line);
    if (trace.length > TRACE_KEPT) trace.shift();
  };

  // A throw mid-run (an update that fails to apply, a network that never drains) must name its seed too.
  try {
    for (let i = 0; i < steps; i++) log(`${i} ${step(prng, network, extra)}`);
    network.flushAll();
    log("reconnect all, flush");
  } catch (error) {
    throw new Error(`seed ${seed} threw. Replay: ${replayCommand(seed)}\nlast steps:\n  ${trace.join("\n  ")}`, { cause: error });
  }

  const replicas: Replica[] = [
    { name: "hub", docs: network.hub },
    ...network.peers.map((p) => ({ name: `peer${p.index}`, docs: p.docs })),
  ];
  return {
    seed,
    stats: { ...network.stats, ...extra, peers: network.peers.length, steps },
    divergences: divergences(replicas),
    trace,
  };
}

export function formatFailure(result: ScenarioResult): string {
  return [
    `seed ${result.seed} diverged. Replay: ${replayCommand(result.seed)}`,
    `stats: ${JSON.stringify(result.stats)}`,
    ...result.divergences,
    `last steps:`,
    ...result.trace.map((line) => `  ${line}`),
  ].join("\n");
}
