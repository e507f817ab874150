import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addComment, addIntervention, claim, claimTargetOf, claimsMap, confirmationsMap, historyArray, interventionsMap, moveIntervention, publishNeed,
} from "@shared/crdt/index.ts";
import type { TokenPayload } from "@shared/model/index.ts";
import { fuzzSeeds } from "@shared/testing/fuzzSeeds.ts";
import { BoardGuard, confirmClaims } from "../../relay/src/rooms/boardPolicy.ts";
import { judgeBoth, passes, runGuardScenario, type GuardScenarioResult } from "../support/boardGuardScenario.ts";

// The relay's board guard judges only the records an update touches (relay/src/rooms/boardPolicy.ts);
// the guard it replaced compared two snapshots of the whole board (tests/support/fullSnapshotBoardGuard.ts).
// Both judge every update of a seeded run (honest edits by every role, forgeries, offline devices sending
// one by one, merged, in reverse order or as a sync step 2) and must give the same verdict: the same
// refusals and notes, in the same order, or both throw. Replay: FUZZ_SEED=<n> npx vitest run tests/fuzz/board-guard

function report(result: GuardScenarioResult): string {
  const first = result.mismatches[0];
  return [
    `seed ${result.seed}: ${result.mismatches.length} of ${result.judged} verdicts differ`,
    `replay: FUZZ_SEED=${result.seed} npx vitest run tests/fuzz/board-guard-gives-the-full-snapshot-verdicts.test.ts`,
    first ? `first at step ${first.step} (${first.what}, ${first.role}):\n  full snapshots: ${JSON.stringify(first.expected)}\n  incremental:    ${JSON.stringify(first.actual)}` : "",
    "last steps:",
    ...result.trace,
  ].join("\n");
}

describe("the incremental board guard gives the full-snapshot guard's verdicts", () => {
  const totals = { judged: 0, accepted: 0, refused: 0, noted: 0, thrown: 0, reasons: new Set<string>() };

  it.each(fuzzSeeds(process.env))("seed %i", (seed) => {
    const result = runGuardScenario(seed);
    expect(result.mismatches, report(result)).toEqual([]);
    totals.judged += result.judged;
    totals.accepted += result.accepted;
    totals.refused += result.refused;
    totals.noted += result.noted;
    totals.thrown += result.thrown;
    for (const reason of result.reasons) totals.reasons.add(reason);
  });

  it("the runs above met every kind of verdict (a guard that passes everything would not)", () => {
    if (process.env.FUZZ_SEED) return;
    expect(totals.accepted).toBeGreaterThan(500);
    expect(totals.refused).toBeGreaterThan(200);
    expect(totals.noted).toBeGreaterThan(5);
    const reasons = [...totals.reasons].join("\n");
    for (const expected of [
      "claims: claim for agency",
      "claims: claims are never edited or deleted",
      "claims: malformed claim",
      "confirmations: only the relay confirms claims",
      "withdrawals: withdrawals are never undone",
      "withdrawals: withdrawal of an unknown claim",
      "reassignments: only the lurah reassigns",
      "needs: only the pokja and the lurah publish needs",
      "needs: needs are closed, never deleted",
      "interventions: intervention of another agency",
      "interventions: status ",
      "comments: comments are never edited or deleted",
      "comments: malformed comment",
      "history: history is append-only",
      "history: malformed history event",
      "comments: signed in another person's name",
      "viewers do not write the board",
      "not part of the board",
    ]) {
      expect(reasons, `no run met "${expected}"`).toContain(expected);
    }
  });
});

// Cases the random runs meet rarely, each judged by both guards on one relay doc.
describe("both board guards, case by case", () => {
  const NOW = new Date("2025-07-01T08:00:00Z");
  const event = (detail: string) => ({ kind: "status", claimId: "", interventionId: "i-1", needId: "", by: "x", at: NOW.toISOString(), detail });

  /** A relay doc with a card, a need, a confirmed claim and some history; devices start from it. */
  function setup() {
    const relay = new Y.Doc();
    relay.clientID = 1;
    addIntervention(relay, "i-1", { title: "Jamban", agency: "DLHK", domain: "pantas_tempat_tinggal", status: "open" }, NOW, "Lurah");
    publishNeed(relay, "n-1", { familyId: "kel-1", label: "Kel. A.", rt: 1, domain: "pantas_sehat", reason: "stunting" }, "Kader", NOW);
    claim(relay, "c-1", { target: claimTargetOf("need", "n-1"), familyId: "kel-1", domain: "pantas_sehat", agency: "DINKES", note: "" }, "Petugas", NOW);
    confirmClaims(relay, NOW);
    const guard = new BoardGuard(relay);
    const device = (clientID: number): Y.Doc => {
      const doc = new Y.Doc();
      doc.clientID = clientID;
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(relay));
      return doc;
    };
    /** Judges what `doc` has that the relay lacks, both ways; applies it when both accept. */
    const send = (doc: Y.Doc, token: TokenPayload, payload = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(relay))) => {
      const { expected, actual } = judgeBoth(relay, guard, payload, token);
      expect(actual).toEqual(expected);
      if ("thrown" in expected) throw new Error("both guards threw");
      if (passes(expected)) {
        Y.applyUpdate(relay, payload);
        confirmClaims(relay, NOW);
      }
      return expected;
    };
    return { relay, guard, device, send };
  }
  // each sender's name as its invite gave it: the name its records are signed with
  const lurah: TokenPayload = { v: 2, jti: "l", ws: "desa-uji", role: "lurah", name: "L", iat: 0, exp: 2 ** 31 };
  const kader: TokenPayload = { ...lurah, jti: "k", role: "kader", name: "x" };
  const dlhk: TokenPayload = { ...lurah, jti: "o", role: "opd", opd: "DLHK", name: "D" };

  it("a forged claim, a confirmation from the lurah, a ledger edit and a stray top-level type are refused by both", () => {
    const { device, send } = setup();
    const forger = device(11);
    claim(forger, "c-2", { target: "family:kel-2", familyId: "kel-2", domain: "pantas_sehat", agency: "DINKES", note: "" }, "D", NOW);
    expect(send(forger, dlhk)).toEqual({ refused: ["claims/c-2: claim for agency DINKES by opd DLHK", "history: event about another agency's claim"], noted: [] });
    const chief = device(12);
    confirmationsMap(chief).set("c-1", { seq: 1, at: NOW.toISOString(), rejected: "tidak" });
    expect(send(chief, lurah)).toEqual({ refused: ["confirmations/c-1: only the relay confirms claims"], noted: [] });
    const editor = device(13);
    (claimsMap(editor).get("c-1") as Y.Map<unknown>).set("agency", "DLHK");
    expect(send(editor, lurah)).toEqual({ refused: ["claims/c-1: claims are never edited or deleted"], noted: [] });
    const stray = device(14);
    stray.getMap("tersembunyi").set("x", 1);
    expect(send(stray, kader)).toEqual({ refused: ["tersembunyi: not part of the board"], noted: [] });
  });

  it("a status move two phones made while apart passes and is noted", () => {
    const { device, send } = setup();
    const a = device(21);
    const b = device(22);
    moveIntervention(a, "i-1", "claimed", { role: "opd", agency: "DLHK", name: "D" }, NOW);
    moveIntervention(b, "i-1", "claimed", { role: "opd", agency: "DLHK", name: "D" }, NOW);
    moveIntervention(b, "i-1", "in_progress", { role: "opd", agency: "DLHK", name: "D" }, NOW);
    expect(send(a, dlhk).refused).toEqual([]);
    const second = send(b, dlhk);
    expect(second.refused).toEqual([]);
  });

  it("an offline phone's events that land before the relay's newer ones pass", () => {
    const { relay, device, send } = setup();
    const early = device(2);
    const late = device(999_999);
    moveIntervention(late, "i-1", "claimed", { role: "lurah", agency: null, name: "L" }, NOW);
    publishNeed(late, "n-2", { familyId: "kel-2", label: "Kel. B.", rt: 2, domain: "pantas_pangan", reason: "stunting" }, "L", NOW);
    expect(send(late, lurah)).toEqual({ refused: [], noted: [] });
    // the early client's event has the same origin as the late one's and a lower client id: Yjs puts it first
    moveIntervention(early, "i-1", "claimed", { role: "opd", agency: "DLHK", name: "D" }, NOW);
    expect(send(early, dlhk)).toEqual({ refused: [], noted: [] });
    const events = historyArray(relay).toArray() as Array<{ by: string }>;
    expect(events.slice(-4).map((e) => e.by)).toEqual(["relay", "D", "L", "L"]);
  });

  it("an old event replaced by a look-alike passes both; one replaced by a different event is refused by both", () => {
    const { device, send } = setup();
    const a = device(31);
    const history = historyArray(a);
    const first = history.get(0);
    a.transact(() => {
      history.delete(0, 1);
      history.insert(0, [JSON.parse(JSON.stringify(first)) as unknown]);
    });
    expect(send(a, lurah)).toEqual({ refused: [], noted: [] });
    const b = device(32);
    historyArray(b).delete(1, 1);
    historyArray(b).insert(1, [event("lain")]);
    expect(send(b, lurah)).toEqual({ refused: ["history: history is append-only"], noted: [] });
  });

  it("an event inserted in the middle that equals a later one is matched the same way", () => {
    const { relay, device, send } = setup();
    const a = device(41);
    const history = historyArray(a);
    history.push([event("x"), event("y"), event("x")]);
    expect(send(a, kader)).toEqual({ refused: [], noted: [] });
    const b = device(42);
    historyArray(b).insert(historyArray(b).length - 2, [event("y"), { kind: "hack" }]);
    expect(send(b, kader)).toEqual({ refused: ["history: malformed history event"], noted: [] });
    expect(historyArray(relay).length).toBe(history.length);
    // one update: a good event among the old ones, a malformed one at the end
    const c = device(43);
    c.transact(() => {
      historyArray(c).insert(historyArray(c).length - 3, [event("z")]);
      historyArray(c).push([{ kind: "hack" }]);
    });
    expect(send(c, kader)).toEqual({ refused: ["history: malformed history event"], noted: [] });
  });

  it("a nested event in the history: appended whole it passes, edited later it is refused by both", () => {
    const { device, send } = setup();
    const a = device(51);
    const nested = new Y.Map<unknown>();
    a.transact(() => {
      historyArray(a).push([nested]);
      for (const [k, v] of Object.entries(event("bersarang"))) nested.set(k, v);
    });
    expect(send(a, kader)).toEqual({ refused: [], noted: [] });
    nested.set("detail", "diubah");
    expect(send(a, kader)).toEqual({ refused: ["history: history is append-only"], noted: [] });
  });

  it("a nested map in a card: created and edited by the pokja it passes, by another agency it is refused", () => {
    const { device, send } = setup();
    const a = device(61);
    const extra = new Y.Map<unknown>();
    (interventionsMap(a).get("i-1") as Y.Map<unknown>).set("extra", extra);
    expect(send(a, kader)).toEqual({ refused: [], noted: [] });
    extra.set("catatan", "boleh");
    expect(send(a, kader)).toEqual({ refused: [], noted: [] });
    const b = device(62);
    const card = interventionsMap(b).get("i-1") as Y.Map<unknown>;
    (card.get("extra") as Y.Map<unknown>).set("catatan", "diam-diam");
    expect(send(b, { ...dlhk, opd: "DINSOS" })).toEqual({ refused: ["interventions/i-1: intervention of another agency"], noted: [] });
  });

  it("an update whose structs wait for an earlier one: nothing to judge first, both changes once the earlier one arrives", () => {
    const { relay, device, send } = setup();
    const a = device(71);
    const updates: Uint8Array[] = [];
    a.on("update", (u: Uint8Array) => updates.push(u));
    claim(a, "c-9", { target: "family:kel-9", familyId: "kel-9", domain: "pantas_pangan", agency: "DLHK", note: "" }, "D", NOW);
    claim(a, "c-10", { target: "family:kel-8", familyId: "kel-8", domain: "pantas_pangan", agency: "DINKES", note: "" }, "D", NOW);
    expect(send(a, dlhk, updates[1])).toEqual({ refused: [], noted: [] });
    expect(relay.store.pendingStructs).not.toBeNull();
    expect(send(a, dlhk, updates[0])).toEqual({ refused: ["claims/c-10: claim for agency DINKES by opd DLHK", "history: event about another agency's claim"], noted: [] });
  });

  it("after a refusal the guard judges the next update against the relay's doc, not the refused one", () => {
    const { device, send } = setup();
    const a = device(81);
    (claimsMap(a).get("c-1") as Y.Map<unknown>).set("note", "x");
    expect(send(a, lurah).refused).toHaveLength(1);
    const b = device(82);
    (claimsMap(b).get("c-1") as Y.Map<unknown>).set("note", "y");
    expect(send(b, lurah)).toEqual({ refused: ["claims/c-1: claims are never edited or deleted"], noted: [] });
    const c = device(83);
    addComment(c, "k-5", "i-1", "aman", "x", NOW);
    expect(send(c, lurah)).toEqual({ refused: [], noted: [] });
  });
});
