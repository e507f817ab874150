/**
 * Board guard benchmark: what the relay pays to judge one small board update at
 * kelurahan size. Run with `npm run bench:board`. Not a test: it asserts no target
 * (except that both guards agree), it measures and reports
 * (tests/bench/results/board.json and tests/bench/BOARD.md). See tests/bench/README.md.
 *
 * A seeded board (shared/src/testing/boardGenerator.ts: needs, claims with
 * confirmations, withdrawals and reassignments, cards with details, status history
 * and comments, written from many device client ids) is loaded into a relay doc the
 * way a room loads its snapshot. Devices of each role, synced with it, make small
 * edits through the board adapters (a comment, a status move, a one-character edit
 * of a card's description, a claim, a need, closing a need, a withdrawal, and the
 * empty sync step 2 every client sends on connect). Pass 1 judges each with the
 * incremental guard (relay/src/rooms/boardPolicy.ts), applies accepted ones and
 * confirms claims as the room does; pass 2 replays the same updates in the same
 * order on a fresh copy of the room's doc with the full-snapshot guard the relay used
 * before (tests/support/fullSnapshotBoardGuard.ts). Two passes, so one guard's
 * garbage is not collected on the other's clock; the verdicts must be equal.
 * Apart: building the incremental guard's copy of the board (its first update after
 * a room loads, and the update after a refusal), and the heap that copy takes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import {
  addComment, claim, claimTargetOf, closeNeed, historyArray, moveIntervention, publishNeed, readClaims, readInterventions, readNeeds, withdrawClaim,
} from "@shared/crdt/index.ts";
import { writeInterventionDetails, readInterventionDetails } from "@shared/crdt/board/details.ts";
import { interventionsMap } from "@shared/crdt/board/layout.ts";
import type { Role, TokenPayload } from "@shared/model/index.ts";
import { nextStatuses } from "@shared/rules/index.ts";
import { BOARD_AGENCIES, generateBoard } from "@shared/testing/boardGenerator.ts";
import { Prng } from "@shared/testing/prng.ts";
import { BoardGuard, confirmClaims, type BoardVerdict } from "../../relay/src/rooms/boardPolicy.ts";
import { checkBoardUpdateFullSnapshot } from "../support/fullSnapshotBoardGuard.ts";
import { machineInfo } from "./support/report.ts";
import { percentile } from "./support/stats.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SEED = 20_261_123;
const NEEDS = Number(process.env.BENCH_BOARD_NEEDS ?? 3000);
const CARDS = Number(process.env.BENCH_BOARD_CARDS ?? 1000);
const UPDATES = Number(process.env.BENCH_BOARD_UPDATES ?? 150);
const COPY_RUNS = 3;

const KINDS = ["comment", "status move", "description keystroke", "claim", "publish need", "close need", "withdraw", "empty sync step 2"] as const;
type Kind = (typeof KINDS)[number];
const WEIGHTS: Record<Kind, number> = {
  comment: 4, "status move": 3, "description keystroke": 6, claim: 3, "publish need": 2, "close need": 1, withdraw: 1, "empty sync step 2": 2,
};

interface Figures {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

const log = (msg: string) => console.log(`[bench:board ${new Date().toISOString().slice(11, 19)}] ${msg}`);
/** ms with three significant digits: the incremental guard's figures are well under a millisecond */
const sig = (v: number): number => (v === 0 || !Number.isFinite(v) ? v : Number(v.toPrecision(3)));
function figures(values: readonly number[]): Figures {
  const mean = values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
  return { count: values.length, p50: sig(percentile(values, 50)), p95: sig(percentile(values, 95)), max: sig(Math.max(...values)), mean: sig(mean) };
}
function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round((process.memoryUsage().heapUsed / 1048576) * 10) / 10;
}
function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
}
const token = (role: Role, opd?: string): TokenPayload => ({ v: 1, jti: `bench-${role}-${opd ?? ""}`, ws: "bench-board", role, ...(opd ? { opd } : {}), iat: 0, exp: 2 ** 31 });

interface Device {
  token: TokenPayload;
  name: string;
  doc: Y.Doc;
}

function main(): void {
  log(`generating a board of ${NEEDS} needs and ${CARDS} cards`);
  const source = new Y.Doc();
  const [generated, generateMs] = time(() => generateBoard(source, { needs: NEEDS, interventions: CARDS, seed: SEED }));
  const snapshot = Y.encodeStateAsUpdate(source);
  source.destroy();

  // the room's doc: snapshot applied in one transaction, as Room.load does
  const relay = new Y.Doc();
  relay.transact(() => Y.applyUpdate(relay, snapshot));
  relay.clientID = generated.relayClientId;
  const board = {
    needs: readNeeds(relay).length,
    claims: readClaims(relay).length,
    cards: readInterventions(relay).length,
    comments: generated.comments,
    reassignments: generated.reassignments,
    historyEvents: historyArray(relay).length,
    deviceClientIds: relay.store.clients.size,
    encodedBytes: snapshot.byteLength,
  };
  log(`board: ${JSON.stringify(board)} (generated in ${Math.round(generateMs)} ms)`);

  const devices: Device[] = [
    { token: token("lurah"), name: "Lurah", doc: new Y.Doc() },
    { token: token("kader"), name: "Kader Yuli", doc: new Y.Doc() },
    ...BOARD_AGENCIES.slice(0, 4).map((agency) => ({ token: token("opd", agency), name: `Petugas ${agency}`, doc: new Y.Doc() })),
  ];
  for (const d of devices) Y.applyUpdate(d.doc, snapshot, "relay");
  // what the relay sends reaches the devices after the timed steps
  const outgoing: Uint8Array[] = [];
  relay.on("update", (update: Uint8Array) => outgoing.push(update));
  const flush = (): void => {
    for (const update of outgoing.splice(0)) for (const d of devices) Y.applyUpdate(d.doc, update, "relay");
  };
  const heapBefore = heapMB();
  const guard = new BoardGuard(relay);

  // the guard's copy of the board: built on its first update after a load
  const copyRuns: number[] = [];
  const firstDevice = devices[1]!;
  for (let run = 0; run < COPY_RUNS; run++) {
    const fresh = new BoardGuard(relay);
    const [, ms] = time(() => fresh.check(Y.encodeStateAsUpdate(firstDevice.doc, Y.encodeStateVector(relay)), firstDevice.token));
    copyRuns.push(ms);
    fresh.destroy();
  }
  guard.check(Y.encodeStateAsUpdate(firstDevice.doc, Y.encodeStateVector(relay)), firstDevice.token);
  const heapWithCopy = heapMB();

  const prng = new Prng(SEED);
  let clock = Date.UTC(2025, 10, 3, 1);
  const now = (): Date => new Date((clock += prng.int(5, 300) * 1000));
  const newId = (): string => prng.nextUint32().toString(36) + prng.nextUint32().toString(36);
  const bag = KINDS.flatMap((k) => Array<Kind>(WEIGHTS[k]).fill(k));

  /** One small edit on a device that may make it; null when this board offers none right now. */
  const edit = (kind: Kind): { device: Device; update: Uint8Array } | null => {
    const opds = devices.filter((d) => d.token.role === "opd");
    const pokja = devices.filter((d) => d.token.role !== "opd");
    const captured: Uint8Array[] = [];
    const capture = (update: Uint8Array, origin: unknown) => {
      if (origin !== "relay") captured.push(update);
    };
    const run = (d: Device, f: (doc: Y.Doc) => unknown): { device: Device; update: Uint8Array } | null => {
      d.doc.on("update", capture);
      try {
        f(d.doc);
      } finally {
        d.doc.off("update", capture);
      }
      return captured.length === 0 ? null : { device: d, update: captured.length === 1 ? captured[0]! : Y.mergeUpdates(captured) };
    };
    switch (kind) {
      case "comment": {
        const d = prng.pick(devices);
        const card = prng.pick(readInterventions(d.doc));
        return run(d, (doc) => addComment(doc, newId(), card.id, prng.words(2, 9), d.name, now()));
      }
      case "status move": {
        const d = prng.pick(opds);
        const cards = readInterventions(d.doc).filter((c) => c.agency === d.token.opd && nextStatuses(c.status, "opd").length > 0);
        if (cards.length === 0) return null;
        const card = prng.pick(cards);
        const to = nextStatuses(card.status, "opd")[0]!;
        return run(d, (doc) => moveIntervention(doc, card.id, to, { role: "opd", agency: d.token.opd ?? null, name: d.name }, now()));
      }
      case "description keystroke": {
        const d = prng.pick(pokja);
        const card = prng.pick(readInterventions(d.doc));
        const details = readInterventionDetails(interventionsMap(d.doc).get(card.id));
        return run(d, (doc) => writeInterventionDetails(doc, card.id, { description: `${details.description}${prng.pick([..."aeiounst "])}`.slice(-400) }));
      }
      case "claim": {
        const d = prng.pick(opds);
        const need = prng.pick(readNeeds(d.doc));
        return run(d, (doc) => claim(doc, newId(), { target: claimTargetOf("need", need.id), familyId: need.familyId, domain: need.domain, agency: d.token.opd!, note: "" }, d.name, now()));
      }
      case "publish need": {
        const d = pokja[1]!;
        return run(d, (doc) => publishNeed(doc, newId(), { familyId: `kel-${prng.int(1, 9999)}`, label: "Kel. A. B., RT 04", rt: 4, domain: "pantas_pangan", reason: "stunting" }, d.name, now()));
      }
      case "close need": {
        const d = pokja[1]!;
        const open = readNeeds(d.doc).filter((n) => !n.closed);
        if (open.length === 0) return null;
        return run(d, (doc) => closeNeed(doc, prng.pick(open).id, d.name, now(), "ditangani"));
      }
      case "withdraw": {
        const d = prng.pick(opds);
        const mine = readClaims(d.doc).filter((c) => c.agency === d.token.opd);
        if (mine.length === 0) return null;
        return run(d, (doc) => withdrawClaim(doc, prng.pick(mine).id, d.name, "tidak jadi", now()));
      }
      case "empty sync step 2": {
        const d = prng.pick(devices);
        return { device: d, update: Y.encodeStateAsUpdate(d.doc, Y.encodeStateVector(relay)) };
      }
    }
  };

  // Pass 1, after: the incremental guard judges each update as a device makes it; accepted ones are
  // applied and confirmed (the guard's copy follows). Every update is kept for pass 2.
  log(`pass 1: ${UPDATES} small updates, incremental guard`);
  const recorded: Array<{ kind: Kind; token: TokenPayload; update: Uint8Array; verdict: BoardVerdict; at: Date }> = [];
  const after = { guard: [] as number[], apply: [] as number[], confirm: [] as number[] };
  while (recorded.length < UPDATES) {
    const kind = prng.pick(bag);
    const made = edit(kind);
    if (!made) continue;
    const { device, update } = made;
    const [verdict, ms] = time(() => guard.check(update, device.token));
    after.guard.push(ms);
    const at = now();
    recorded.push({ kind, token: device.token, update, verdict, at });
    if (verdict.refused.length === 0) {
      after.apply.push(time(() => Y.applyUpdate(relay, update, device))[1]);
      after.confirm.push(time(() => confirmClaims(relay, at))[1]);
    }
    flush();
  }

  // Pass 2, before: the same updates, in the same order, on a fresh room doc with the full-snapshot
  // guard (no copy to follow); the same confirmations, so both docs go through the same states.
  log(`pass 2: the same ${UPDATES} updates, full-snapshot guard`);
  const room2 = new Y.Doc();
  room2.transact(() => Y.applyUpdate(room2, snapshot));
  room2.clientID = generated.relayClientId;
  const before = { guard: [] as number[], apply: [] as number[], confirm: [] as number[] };
  let refusedByBoth = 0;
  for (const [i, r] of recorded.entries()) {
    const [verdict, ms] = time(() => checkBoardUpdateFullSnapshot(room2, r.update, r.token));
    before.guard.push(ms);
    if (JSON.stringify(verdict) !== JSON.stringify(r.verdict)) {
      throw new Error(`the guards disagree on update ${i} (${r.kind}): ${JSON.stringify(verdict)} vs ${JSON.stringify(r.verdict)}`);
    }
    if (verdict.refused.length > 0) refusedByBoth++;
    else {
      before.apply.push(time(() => Y.applyUpdate(room2, r.update))[1]);
      before.confirm.push(time(() => confirmClaims(room2, r.at))[1]);
    }
    if ((i + 1) % 25 === 0) log(`  ${i + 1}/${UPDATES}: full snapshots p50 ${sig(percentile(before.guard, 50))} ms`);
  }
  if (!Y.equalSnapshots(Y.snapshot(room2), Y.snapshot(relay))) throw new Error("the two room docs ended in different states");
  room2.destroy();
  const perKind = new Map<Kind, { old: number[]; incremental: number[] }>();
  for (const [i, r] of recorded.entries()) {
    const entry = perKind.get(r.kind) ?? { old: [], incremental: [] };
    perKind.set(r.kind, entry);
    entry.old.push(before.guard[i]!);
    entry.incremental.push(after.guard[i]!);
  }
  const all = { old: before.guard, incremental: after.guard, bytes: recorded.map((r) => r.update.byteLength) };

  // a refused update, and the update after it (the copy is rebuilt from the room's doc)
  const forger = devices.find((d) => d.token.role === "opd")!;
  const forged: number[] = [];
  const afterRefusal: number[] = [];
  for (let run = 0; run < COPY_RUNS; run++) {
    const captured: Uint8Array[] = [];
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(relay));
    doc.on("update", (u: Uint8Array) => captured.push(u));
    const need = readNeeds(doc)[run]!;
    claim(doc, newId(), { target: claimTargetOf("need", need.id), familyId: need.familyId, domain: need.domain, agency: "SOMEONE_ELSE", note: "" }, "x", now());
    const [verdict, ms] = time(() => guard.check(captured[0]!, forger.token));
    if (verdict.refused.length === 0) throw new Error("the forged claim was not refused");
    forged.push(ms);
    const next = edit("comment")!;
    afterRefusal.push(time(() => guard.check(next.update, next.device.token))[1]);
    Y.applyUpdate(relay, next.update, next.device);
    flush();
    doc.destroy();
  }

  const results = {
    benchmark: "board-guard",
    measuredAt: new Date().toISOString(),
    seed: SEED,
    board: { ...board, generateMs: Math.round(generateMs) },
    updates: { count: all.old.length, refusedByBoth, bytes: figures(all.bytes), kinds: Object.fromEntries([...perKind].map(([k, v]) => [k, v.old.length])) },
    guard: {
      fullSnapshots: figures(all.old),
      incremental: figures(all.incremental),
      perKind: Object.fromEntries([...perKind].map(([k, v]) => [k, { fullSnapshots: figures(v.old), incremental: figures(v.incremental) }])),
    },
    copy: {
      firstUpdateAfterLoadMs: copyRuns.map(sig),
      refusedUpdateMs: forged.map(sig),
      updateAfterRefusalMs: afterRefusal.map(sig),
      heapMB: { board: heapBefore, withCopy: heapWithCopy },
    },
    roomPathForContext: {
      applyToRoomDoc: { before: figures(before.apply), after: figures(after.apply) },
      confirmClaims: { before: figures(before.confirm), after: figures(after.confirm) },
    },
    machine: (({ chromium: _chromium, ...m }) => m)(machineInfo("")),
  };
  const dir = join(REPO, "tests/bench/results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "board.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(REPO, "tests/bench/BOARD.md"), markdown(results));
  log(`full snapshots p50/p95 ${results.guard.fullSnapshots.p50}/${results.guard.fullSnapshots.p95} ms; incremental ${results.guard.incremental.p50}/${results.guard.incremental.p95} ms`);
  log("wrote tests/bench/results/board.json and tests/bench/BOARD.md");
  guard.destroy();
}

type Results = {
  measuredAt: string;
  seed: number;
  board: Record<string, number>;
  updates: { count: number; refusedByBoth: number; bytes: Figures; kinds: Record<string, number> };
  guard: { fullSnapshots: Figures; incremental: Figures; perKind: Record<string, { fullSnapshots: Figures; incremental: Figures }> };
  copy: { firstUpdateAfterLoadMs: number[]; refusedUpdateMs: number[]; updateAfterRefusalMs: number[]; heapMB: { board: number; withCopy: number } };
  roomPathForContext: { applyToRoomDoc: { before: Figures; after: Figures }; confirmClaims: { before: Figures; after: Figures } };
  machine: Omit<ReturnType<typeof machineInfo>, "chromium">;
};

function markdown(r: Results): string {
  const f = (x: Figures) => `${x.p50} / ${x.p95} / ${x.max}`;
  const b = r.board;
  const m = r.machine;
  const n = (v: number | undefined) => (v ?? 0).toLocaleString("en-US");
  return [
    "# Board guard benchmark results",
    "",
    "Written by `npm run bench:board` (tests/bench/board.bench.ts) from `results/board.json`; do not edit by hand.",
    "",
    "> These machines are shared and noisy (other jobs run on them): treat single figures as indicative and compare",
    "> runs made on the same machine.",
    "",
    `Measured ${r.measuredAt.slice(0, 16).replace("T", " ")} UTC on ${m.os}, ${m.cpuModel} x${m.cpuCount}, ${m.totalMemoryGB} GB RAM, Node ${m.node} (load average at start ${m.loadAverage.join(" / ")}).`,
    "",
    `Board (seed ${r.seed}): ${n(b.needs)} needs, ${n(b.claims)} claims (${n(b.reassignments)} reassigned), ${n(b.cards)} cards, ${n(b.comments)} comments, ${n(b.historyEvents)} history events,`,
    `written from ${n(b.deviceClientIds)} client ids; ${(b.encodedBytes! / 1048576).toFixed(1)} MiB encoded.`,
    "",
    `## Guard time per small update (${r.updates.count} updates, ms)`,
    "",
    "| guard | p50 / p95 / max | mean |",
    "|---|---|---|",
    `| before: full snapshots (re-encode the board, apply to a scratch doc, snapshot and diff both) | ${f(r.guard.fullSnapshots)} | ${r.guard.fullSnapshots.mean} |`,
    `| after: incremental (apply to the guard's copy, compare only the touched records) | ${f(r.guard.incremental)} | ${r.guard.incremental.mean} |`,
    "",
    "Before and after judged the same updates in the same order, each on its own copy of the room's doc (two passes, so",
    "one guard's garbage is not collected on the other's clock), and gave the same verdict on every one",
    `(${r.updates.refusedByBoth} refused by both). Update size p50 / p95: ${r.updates.bytes.p50} / ${r.updates.bytes.p95} bytes (a sync step 2 carries the board's whole delete set).`,
    "",
    "| update | count | before p50 / p95 | after p50 / p95 |",
    "|---|---|---|---|",
    ...Object.entries(r.guard.perKind).map(([kind, v]) => `| ${kind} | ${v.incremental.count} | ${v.fullSnapshots.p50} / ${v.fullSnapshots.p95} | ${v.incremental.p50} / ${v.incremental.p95} |`),
    "",
    "## The incremental guard's copy of the board",
    "",
    "| figure | value |",
    "|---|---|",
    `| first update after a room loads (the copy is built from the room's doc), ${r.copy.firstUpdateAfterLoadMs.length} runs | ${r.copy.firstUpdateAfterLoadMs.join(", ")} ms |`,
    `| a refused update (forged claim) | ${r.copy.refusedUpdateMs.join(", ")} ms |`,
    `| the update after a refusal (the copy is rebuilt) | ${r.copy.updateAfterRefusalMs.join(", ")} ms |`,
    `| JS heap after GC, whole process: before the guard's copy is built / after | ${r.copy.heapMB.board} MB / ${r.copy.heapMB.withCopy} MB |`,
    "",
    "## The rest of an accepted update's path in the room, for context",
    "",
    "| step, p50 / p95 / max (ms) | before | after |",
    "|---|---|---|",
    `| Y.applyUpdate on the room's doc (after: the guard's copy follows it, included) | ${f(r.roomPathForContext.applyToRoomDoc.before)} | ${f(r.roomPathForContext.applyToRoomDoc.after)} |`,
    `| confirmClaims (unchanged: reads every claim and confirmation) | ${f(r.roomPathForContext.confirmClaims.before)} | ${f(r.roomPathForContext.confirmClaims.after)} |`,
    "",
    "## How to run",
    "",
    "```",
    "npm run bench:board                                   # 3,000 needs, 1,000 cards, 150 updates (a few minutes)",
    "BENCH_BOARD_NEEDS=500 BENCH_BOARD_CARDS=200 BENCH_BOARD_UPDATES=40 npm run bench:board   # a quick try",
    "```",
    "",
  ].join("\n");
}

main();
