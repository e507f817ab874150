import { describe, expect, it } from "vitest";
import { addComment, addIntervention, claim, claimTargetOf, publishNeed, readBoardView, readClaims, readComments, readConfirmations, readInterventions } from "@shared/crdt/index.ts";
import { openClient, openSyncedClient } from "./support/clients.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

const WS = "desa-papan";
const ROOM = `${WS}/board`;
const NOW = new Date("2026-11-22T09:00:00Z");
const need = { familyId: "kel-7", label: "Kel. B. S., RT 03", rt: 3, domain: "pantas_tempat_tinggal", reason: "jamban_tidak_layak" };

describe("claims on the board, at the relay", () => {
  it("an OPD's own claim is confirmed with the relay's seq and seen by everyone", async () => {
    const { syncUrl } = await startRelay();
    const kader = await openSyncedClient(syncUrl, ROOM, token(WS, "kader"));
    const dlhk = await openSyncedClient(syncUrl, ROOM, token(WS, "opd", { opd: "DLHK" }));
    publishNeed(kader.doc, "need-1", need, "Kader Yuli", NOW);
    await waitFor(() => readBoardView(dlhk.doc).needs.length === 1, "the need to reach the liaison");

    claim(dlhk.doc, "c-dlhk", { target: claimTargetOf("need", "need-1"), familyId: "kel-7", domain: need.domain, agency: "DLHK", note: "" }, "Pak Dedi", NOW);
    await waitFor(() => readConfirmations(kader.doc).has("c-dlhk"), "the relay's confirmation to reach the kader");
    expect(readConfirmations(kader.doc).get("c-dlhk")).toMatchObject({ seq: 1, rejected: null });
    await waitFor(() => readBoardView(dlhk.doc).needs[0]?.resolution?.winner?.agency === "DLHK", "the liaison to see itself as the handler");
  });

  it("two agencies claiming the same family offline end with one winner on both phones: the one the relay saw first", async () => {
    const { syncUrl } = await startRelay();
    const dinsos = await openSyncedClient(syncUrl, ROOM, token(WS, "opd", { opd: "DINSOS" }));
    const baznas = await openSyncedClient(syncUrl, ROOM, token(WS, "opd", { opd: "BAZNAS" }));
    dinsos.provider.disconnect();
    baznas.provider.disconnect();
    const fields = { target: claimTargetOf("family", "kel-9"), familyId: "kel-9", domain: "pantas_pangan", note: "" };
    // the BAZNAS phone's clock is years ahead; it must not matter
    claim(baznas.doc, "c-baznas", { ...fields, agency: "BAZNAS" }, "Ibu Rina", new Date("2031-01-01T00:00:00Z"));
    claim(dinsos.doc, "c-dinsos", { ...fields, agency: "DINSOS" }, "Pak Yos", NOW);

    baznas.provider.connect();
    await waitFor(() => readConfirmations(baznas.doc).has("c-baznas"), "BAZNAS's claim to be confirmed first");
    dinsos.provider.connect();
    await waitFor(() => readConfirmations(dinsos.doc).size === 2 && readConfirmations(baznas.doc).size === 2, "both verdicts on both phones");

    for (const doc of [dinsos.doc, baznas.doc]) {
      const key = readBoardView(doc).keys.find((k) => k.familyId === "kel-9")!;
      expect(key.winner?.agency).toBe("BAZNAS");
      expect(key.losers.map((c) => c.agency)).toEqual(["DINSOS"]);
    }
  });

  it("a liaison forging a claim in another agency's name is refused: not applied, not relayed, counted, and its socket closed with 4403", async () => {
    const relay = await startRelay();
    const witness = await openSyncedClient(relay.syncUrl, ROOM, token(WS, "lurah"));
    const forger = openClient(relay.syncUrl, ROOM, token(WS, "opd", { opd: "DLHK" }));
    await waitFor(() => forger.provider.synced, "forger to sync");

    claim(forger.doc, "c-forged", { target: claimTargetOf("family", "kel-1"), familyId: "kel-1", domain: "pantas_sehat", agency: "DINKES", note: "" }, "Pak Dedi", NOW);
    await waitFor(() => forger.closed.length > 0, "the forger's socket to be closed");
    expect(forger.closed[0]).toEqual({ code: 4403, reason: "perubahan ditolak" });
    expect((await health(relay.httpUrl)).droppedUpdates).toBe(1);
    expect(relay.log.lines.some((l) => l.includes("board.update.refused"))).toBe(true);

    // the witness is still connected, saw nothing, and the relay stored nothing: a fresh client sees no claim
    const fresh = await openSyncedClient(relay.syncUrl, ROOM, token(WS, "kader"));
    expect(readClaims(fresh.doc)).toEqual([]);
    expect(readClaims(witness.doc)).toEqual([]);
    expect(witness.provider.wsconnected).toBe(true);
  });

  it("nobody but the relay may write a confirmation, not even the lurah", async () => {
    const relay = await startRelay();
    const lurah = openClient(relay.syncUrl, ROOM, token(WS, "lurah"));
    await waitFor(() => lurah.provider.synced, "lurah to sync");
    lurah.doc.getMap("confirmations").set("c-fake", { seq: 0, at: NOW.toISOString(), rejected: null });
    await waitFor(() => lurah.closed.length > 0, "the socket to be closed");
    expect(lurah.closed[0]?.code).toBe(4403);
  });
});

describe("comments and stray data on the board, at the relay", () => {
  it("a liaison's comment on another agency's card is relayed; rewriting it is refused", async () => {
    const relay = await startRelay();
    const dinkes = await openSyncedClient(relay.syncUrl, ROOM, token(WS, "opd", { opd: "DINKES" }));
    const dlhk = openClient(relay.syncUrl, ROOM, token(WS, "opd", { opd: "DLHK" }));
    await waitFor(() => dlhk.provider.synced, "DLHK to sync");
    addIntervention(dinkes.doc, "i-1", { title: "Makanan tambahan balita", agency: "DINKES", domain: "pantas_pangan", status: "open" }, NOW);
    await waitFor(() => readInterventions(dlhk.doc).length === 1, "the card to reach DLHK");

    addComment(dlhk.doc, "k-1", "i-1", "Kami bisa bantu air bersih di RT yang sama", "Pak Dedi", NOW);
    await waitFor(() => readComments(dinkes.doc).length === 1, "the comment to reach DINKES");

    dlhk.doc.getMap("comments").set("k-1", { interventionId: "i-1", text: "diubah", by: "Pak Dedi", at: NOW.toISOString() });
    await waitFor(() => dlhk.closed.length > 0, "the socket to be closed");
    expect(dlhk.closed[0]?.code).toBe(4403);
    expect(readComments(dinkes.doc)[0]?.text).toBe("Kami bisa bantu air bersih di RT yang sama");
  });

  it("an update that brings a top-level type the board does not have is refused, and a stock client stops reconnecting (PROTOCOL.md 1b)", async () => {
    const relay = await startRelay();
    const kader = openClient(relay.syncUrl, ROOM, token(WS, "kader"));
    await waitFor(() => kader.provider.synced, "kader to sync");
    kader.doc.getMap("tersembunyi").set("x", "data yang tidak dijaga");
    await waitFor(() => kader.closed.length > 0, "the socket to be closed");
    expect(kader.closed[0]).toEqual({ code: 4403, reason: "perubahan ditolak" });
    expect(kader.provider.shouldConnect).toBe(false);
    expect(relay.log.lines.find((l) => l.includes("board.update.refused"))).toContain("tersembunyi: not part of the board");
  });
});
