import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { addDecision, addHousehold, addIntervention, addMeeting, meetingNotes, removeHousehold, upsertAgency } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/household.ts";
import { divergences } from "@shared/testing/convergence.ts";
import { formatFailure, runScenario } from "@shared/testing/fuzzScenario.ts";
import { Prng } from "@shared/testing/prng.ts";
import { SimNetwork, type Envelope, type SimKind } from "@shared/testing/simNetwork.ts";

// The convergence check must be able to fail, or a green fuzz run means nothing.
// These tests break the network on purpose (the test-only drop hook) and expect it to be caught.

const at = new Date("2025-03-01T08:00:00Z");

const EDIT: Record<SimKind, (doc: Y.Doc) => void> = {
  roster: (doc) => addHousehold(doc, "h1", { ...emptyHousehold(), kepala: "Pak Budi" }, at),
  board: (doc) => addIntervention(doc, "i1", { title: "Jamban sehat", agency: "DINKES", domain: "pantas_sehat", status: "open" }, at),
  minutes: (doc) => meetingNotes(doc, "m1")?.insert(0, "rapat ditunda"),
  meta: (doc) => upsertAgency(doc, { code: "DINSOS", name: "Dinas Sosial" }),
};

/** Two peers; `lose` picks which hub-to-peer1 update is lost, counting from 0. */
function twoPeers(lose: number | null) {
  let updatesToPeer1 = 0;
  const drop = (m: Envelope): boolean => {
    // Frames are [0 = sync, 2 = update, ...]: only updates count, handshakes pass.
    if (m.peer !== 1 || m.direction !== "toPeer" || m.data[1] !== 2) return false;
    return updatesToPeer1++ === lose;
  };
  const network = new SimNetwork({ peers: 2, prng: new Prng(42), dropForTesting: drop });
  network.flushAll();
  const check = () => divergences([{ name: "hub", docs: network.hub }, ...network.peers.map((p) => ({ name: `peer${p.index}`, docs: p.docs }))]);
  return { network, check };
}

describe("the convergence check is not vacuous", () => {
  it("passes when nothing is lost", () => {
    const { network, check } = twoPeers(null);
    addMeeting(network.peers[0]!.docs.minutes, "m1", { title: "Rembuk", date: "2025-03-01", place: "Balai desa" }, at);
    for (const kind of ["roster", "board", "minutes", "meta"] as const) EDIT[kind](network.peers[0]!.docs[kind]);
    network.flushAll();
    expect(check()).toEqual([]);
  });

  it.each(["roster", "board", "minutes", "meta"] as const)("catches one lost %s update", (kind) => {
    // The meeting exists first, so the notes edit is a Y.Text change of its own.
    const { network, check } = twoPeers(kind === "minutes" ? 1 : 0);
    if (kind === "minutes") {
      addMeeting(network.peers[0]!.docs.minutes, "m1", { title: "Rembuk", date: "2025-03-01", place: "Balai desa" }, at);
      network.flushAll();
    }
    EDIT[kind](network.peers[0]!.docs[kind]);
    network.flushAll();
    const found = check();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => line.startsWith(`peer1 ${kind}`))).toBe(true);
  });

  it("compares a meeting's entries: a lost decision shows in the minutes projection", () => {
    const { network, check } = twoPeers(1);
    addMeeting(network.peers[0]!.docs.minutes, "m1", { title: "Rembuk", date: "2025-03-01", place: "Balai desa" }, at);
    network.flushAll();
    addDecision(network.peers[0]!.docs.minutes, "m1", "d1", "Jamban sehat untuk RT 03", at);
    network.flushAll();
    const found = check();
    expect(found.some((line) => line.startsWith("peer1 minutes projection") && line.includes("Jamban sehat untuk RT 03"))).toBe(true);
  });

  it("catches a lost deletion, which leaves the state vectors equal", () => {
    const { network, check } = twoPeers(1);
    addHousehold(network.peers[0]!.docs.roster, "h1", { ...emptyHousehold(), kepala: "Bu Sari" }, at);
    network.flushAll();
    removeHousehold(network.peers[0]!.docs.roster, "h1");
    network.flushAll();
    const found = check();
    expect(found.some((line) => line.startsWith("peer1 roster projection"))).toBe(true);
    expect(found.some((line) => line.startsWith("peer1 roster snapshot"))).toBe(true);
    expect(found.some((line) => line.includes("stateVector"))).toBe(false);
  });

  it("catches a relay that silently loses 2% of what it sends, with seed and replay command", () => {
    const lossy = (m: Envelope, prng: Prng): boolean => m.direction === "toPeer" && prng.bool(0.02);
    const results = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => runScenario(seed, { dropForTesting: lossy }));
    const failed = results.filter((r) => r.divergences.length > 0);
    expect(results.every((r) => r.stats.droppedForTesting > 0)).toBe(true);
    expect(failed.length).toBeGreaterThanOrEqual(5);
    const message = formatFailure(failed[0]!);
    expect(message).toContain(`seed ${failed[0]!.seed}`);
    expect(message).toContain(`FUZZ_SEED=${failed[0]!.seed} npx vitest run tests/fuzz`);
  });
});
