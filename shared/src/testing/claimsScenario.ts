import type * as Y from "yjs";
import { DEFAULT_DOMAINS } from "../model/intervention.ts";
import { claimKey } from "../rules/claims/key.ts";
import { claim, confirmNewClaims, publishNeed, readBoardView, readClaims, reassign, withdrawClaim, type BoardView } from "../crdt/board.ts";
import { divergences, type Replica } from "./convergence.ts";
import { Prng } from "./prng.ts";
import { SimNetwork } from "./simNetwork.ts";

/**
 * Claims fuzz: "no double assistance, even offline". 3-5 peers, each an OPD liaison
 * (two may share an agency) or the lurah, claim a few shared needs while randomly
 * offline, withdraw, forge claims for other agencies, reassign; the hub plays the
 * relay and, after every delivery, gives each claim it has not judged the next seq
 * (it is the only writer of verdicts). At the end every replica must show the same
 * board, one winner per (family, domain) that an independent oracle agrees with, and
 * every claim ever made, losers included. All randomness comes from the one seed.
 */
const AGENCIES = ["DINKES", "DINSOS", "DLHK", "DP3A"] as const;
const BASE_TIME = Date.UTC(2025, 2, 1);

interface Role {
  lurah: boolean;
  agency: string;
}

export interface ClaimsStats {
  peers: number;
  steps: number;
  claims: number;
  offlineClaims: number;
  /** keys claimed by two or more agencies */
  contestedKeys: number;
  /** claims whose own device showed "will lose" right after claiming (offline or not yet confirmed) */
  sawWillLose: number;
  lost: number;
  withdrawals: number;
  reassignments: number;
  forged: number;
  disconnects: number;
}

export interface ClaimsResult {
  seed: number;
  stats: ClaimsStats;
  problems: string[];
  trace: string[];
}

export function claimsReplayCommand(seed: number): string {
  return `FUZZ_SEED=${seed} npx vitest run tests/fuzz/claims-converge.test.ts`;
}

/** What the scenario knows for sure, to check the board against. */
interface Truth {
  author: Map<string, Role>;
  /** claim ids in the order the hub judged them (seq = index + 1) */
  judged: string[];
  rejected: Set<string>;
  withdrawn: Set<string>;
  /** new claim id -> the claim it replaced */
  appointed: Map<string, string>;
}

/** Device clocks are wrong on purpose: up to three years either way. Nothing may depend on them. */
function deviceClock(prng: Prng): Date {
  return new Date(BASE_TIME + prng.int(-3 * 365, 3 * 365) * 86_400_000);
}

function step(prng: Prng, network: SimNetwork, roles: Role[], truth: Truth, stats: ClaimsStats, confirm: () => void): string {
  const r = prng.next();
  const peer = prng.pick(network.peers);
  const role = roles[peer.index] as Role;
  const board = peer.docs.board;
  const who = `peer${peer.index}${peer.connected ? "" : " (offline)"} ${role.lurah ? "lurah" : role.agency}`;
  if (r < 0.35) {
    const view = readBoardView(board);
    const need = view.needs.length > 0 && prng.bool(0.85) ? prng.pick(view.needs) : null;
    const familyId = need?.familyId ?? `h${prng.int(0, 3)}`;
    const domain = need?.domain ?? prng.pick(DEFAULT_DOMAINS.slice(0, 2));
    const forge = !role.lurah && prng.bool(0.06);
    const agency = role.lurah || forge ? prng.pick(AGENCIES.filter((a) => a !== role.agency)) : role.agency;
    const id = `c-${prng.nextUint32().toString(36)}`;
    claim(board, id, { target: need ? `need:${need.id}` : `family:${familyId}`, familyId, domain, agency, note: "" }, who, deviceClock(prng));
    truth.author.set(id, role);
    stats.claims++;
    if (forge) stats.forged++;
    if (!peer.connected) stats.offlineClaims++;
    if (readBoardView(board).claims.find((c) => c.id === id)?.status === "pending-will-lose") stats.sawWillLose++;
    return `${who} claims ${claimKey(familyId, domain)} for ${agency} as ${id}${forge ? " (forged)" : ""}`;
  }
  if (r < 0.42) {
    const mine = readBoardView(board).claims.filter((c) => c.withdrawal === null && (role.lurah || c.agency === role.agency));
    if (mine.length === 0) return `${who} has nothing to withdraw`;
    const c = prng.pick(mine);
    if (withdrawClaim(board, c.id, who, "tidak jadi", deviceClock(prng))) {
      truth.withdrawn.add(c.id);
      stats.withdrawals++;
    }
    return `${who} withdraws ${c.id}`;
  }
  if (r < 0.46 && role.lurah) {
    const held = readBoardView(board).keys.filter((k) => k.winner !== null);
    if (held.length === 0) return `${who} has nothing to reassign`;
    const winner = prng.pick(held).winner!;
    const toAgency = prng.pick(AGENCIES.filter((a) => a !== winner.agency));
    const newClaimId = `c-${prng.nextUint32().toString(36)}`;
    if (reassign(board, { id: `r-${prng.nextUint32().toString(36)}`, claimId: winner.id, newClaimId, toAgency, reason: "rembuk" }, who, deviceClock(prng))) {
      truth.author.set(newClaimId, role);
      truth.withdrawn.add(winner.id);
      truth.appointed.set(newClaimId, winner.id);
      stats.reassignments++;
      stats.claims++;
    }
    return `${who} reassigns ${winner.id} to ${toAgency} as ${newClaimId}`;
  }
  if (r < 0.86) {
    const count = prng.int(1, 8);
    let delivered = 0;
    while (delivered < count && network.deliverOne()) {
      delivered++;
      confirm();
    }
    return `deliver ${delivered}`;
  }
  const disconnect = r < 0.93;
  const candidates = network.peers.filter((p) => p.connected === disconnect);
  if (candidates.length === 0) return "nobody to toggle";
  const target = prng.pick(candidates);
  if (disconnect) network.disconnect(target.index);
  else network.connect(target.index);
  return `${disconnect ? "disconnect" : "reconnect"} peer${target.index}`;
}

/** The expected winner of each key from the scenario's own records, not from the board. */
function oracle(truth: Truth, claimsById: Map<string, { familyId: string; domain: string; agency: string }>): Map<string, string> {
  const best = new Map<string, { id: string; seq: number; appointed: boolean }>();
  truth.judged.forEach((id, index) => {
    const c = claimsById.get(id);
    if (!c || truth.rejected.has(id) || truth.withdrawn.has(id)) return;
    const cand = { id, seq: index + 1, appointed: truth.appointed.has(id) };
    const key = claimKey(c.familyId, c.domain);
    const cur = best.get(key);
    const better = !cur || (cand.appointed && !cur.appointed) || (cand.appointed && cur.appointed && cand.seq > cur.seq);
    if (better) best.set(key, cand);
  });
  return new Map([...best].map(([key, v]) => [key, v.id]));
}

function check(views: Array<{ name: string; view: BoardView }>, truth: Truth): string[] {
  const problems: string[] = [];
  const [hub, ...others] = views;
  if (!hub) return problems;
  const reference = JSON.stringify(hub.view);
  for (const o of others) if (JSON.stringify(o.view) !== reference) problems.push(`${o.name} board view differs from the hub`);
  const byId = new Map(hub.view.claims.map((c) => [c.id, c]));
  for (const id of truth.author.keys()) if (!byId.has(id)) problems.push(`claim ${id} vanished`);
  const seqs = hub.view.claims.map((c) => c.confirmation?.seq ?? 0).sort((a, b) => a - b);
  if (seqs.some((s, i) => s !== i + 1)) problems.push(`seqs are not 1..n: ${seqs.join(",")}`);
  for (const c of hub.view.claims) {
    if (c.status === "pending" || c.status === "pending-will-lose") problems.push(`claim ${c.id} still ${c.status} after the final sync`);
    if (truth.rejected.has(c.id) !== (c.status === "rejected")) problems.push(`claim ${c.id} is ${c.status}, relay rejected: ${truth.rejected.has(c.id)}`);
  }
  const expected = oracle(truth, byId);
  for (const key of hub.view.keys) {
    const winners = key.winner ? [key.winner, ...key.sameAgency, ...key.losers].filter((c) => c.status === "confirmed-winner") : [];
    if (winners.length > 1) problems.push(`${key.key} has ${winners.length} winners`);
    const agencies = new Set(hub.view.claims.filter((c) => c.status === "confirmed-winner" || c.status === "same-agency").filter((c) => claimKey(c.familyId, c.domain) === key.key).map((c) => c.agency));
    if (agencies.size > 1) problems.push(`${key.key} is handled by ${[...agencies].join(" and ")}`);
    if ((key.winner?.id ?? undefined) !== expected.get(key.key)) problems.push(`${key.key}: winner ${key.winner?.id ?? "none"}, oracle says ${expected.get(key.key) ?? "none"}`);
  }
  return problems;
}

export function runClaimsScenario(seed: number): ClaimsResult {
  const prng = new Prng(seed);
  const network = new SimNetwork({ peers: prng.int(3, 5), prng });
  const roles: Role[] = network.peers.map((p) => ({ lurah: p.index === 0 && prng.bool(0.6), agency: prng.pick(AGENCIES) }));
  const truth: Truth = { author: new Map(), judged: [], rejected: new Set(), withdrawn: new Set(), appointed: new Map() };
  const stats: ClaimsStats = { peers: network.peers.length, steps: prng.int(100, 250), claims: 0, offlineClaims: 0, contestedKeys: 0, sawWillLose: 0, lost: 0, withdrawals: 0, reassignments: 0, forged: 0, disconnects: 0 };
  const hubBoard: Y.Doc = network.hub.board;
  let relayTick = 0;
  // The relay's confirmer: the connection that delivered a claim tells it the author's token; here that is `truth.author`.
  const confirm = (): void => {
    const judged = confirmNewClaims(hubBoard, new Date(BASE_TIME + ++relayTick * 60_000), (c) => {
      const role = truth.author.get(c.id);
      const refused = !role || (!role.lurah && role.agency !== c.agency) ? "agency-mismatch" : null;
      if (refused) truth.rejected.add(c.id);
      return refused;
    });
    truth.judged.push(...judged.map((c) => c.id));
  };
  // A few needs, some sharing a (family, domain), published before anyone claims.
  for (let i = 0, n = prng.int(3, 7); i < n; i++) {
    const familyId = `h${prng.int(0, 3)}`;
    publishNeed(hubBoard, `n${i}`, { familyId, label: `Kel. ${familyId.toUpperCase()}, RT 0${prng.int(1, 5)}`, rt: prng.int(1, 5), domain: prng.pick(DEFAULT_DOMAINS.slice(0, 2)), reason: prng.pick(["stunting", "jamban_tidak_layak", "air_tidak_layak"]) }, "Bidan Ani", new Date(BASE_TIME));
  }
  const trace: string[] = [];
  const log = (line: string): void => {
    trace.push(line);
    if (trace.length > 60) trace.shift();
  };
  try {
    network.flushAll();
    for (let i = 0; i < stats.steps; i++) log(`${i} ${step(prng, network, roles, truth, stats, confirm)}`);
    for (const p of network.peers) network.connect(p.index);
    for (let i = 0; network.deliverOne(); i++) {
      confirm();
      if (i > 1_000_000) throw new Error("network did not go quiet");
    }
    log("reconnect all, flush");
  } catch (error) {
    throw new Error(`seed ${seed} threw. Replay: ${claimsReplayCommand(seed)}\nlast steps:\n  ${trace.join("\n  ")}`, { cause: error });
  }
  const replicas: Replica[] = [{ name: "hub", docs: network.hub }, ...network.peers.map((p) => ({ name: `peer${p.index}`, docs: p.docs }))];
  const views = replicas.map((r) => ({ name: r.name, view: readBoardView(r.docs.board) }));
  const hubView = views[0]!.view;
  stats.contestedKeys = hubView.keys.filter((k) => new Set(readClaims(hubBoard).filter((c) => claimKey(c.familyId, c.domain) === k.key).map((c) => c.agency)).size > 1).length;
  stats.lost = hubView.claims.filter((c) => c.status === "lost").length;
  stats.disconnects = network.stats.disconnects;
  return { seed, stats, problems: [...divergences(replicas), ...check(views, truth)], trace };
}

export function formatClaimsFailure(result: ClaimsResult): string {
  return [
    `seed ${result.seed} failed. Replay: ${claimsReplayCommand(result.seed)}`,
    `stats: ${JSON.stringify(result.stats)}`,
    ...result.problems,
    "last steps:",
    ...result.trace.map((line) => `  ${line}`),
  ].join("\n");
}
