import { describe, expect, it } from "vitest";
import { createRoot } from "solid-js";
import { addActionItem, addMeeting, interventionsMap, linkActionItem, readActionItems, readHistory, readInterventions } from "@shared/crdt/index.ts";
import { readInterventionDetails, writeInterventionDetails } from "@shared/crdt/board/details.ts";
import { actingAs } from "@shared/rules/index.ts";
import { actionItemCardId, type Role } from "@shared/model/index.ts";
import { createBoardState, type BoardActions } from "../../web/src/state/board.ts";
import { onCleanup } from "./support/cleanup.ts";
import { openSyncedClient, type Client } from "./support/clients.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

const WS = "desa-notulen";
const NOW = new Date("2026-11-22T09:00:00Z");
const ITEM = { what: "Jamban sehat RT 03", who: "Bu Rina", agency: "DINSOS", due: "2026-12-10" };
// Of two concurrent sets of one map key Yjs keeps the write of the higher client id: the lurah's copy loses.
const LURAH_CLIENT = 1_000;
const KADER_CLIENT = 2_000;

interface Phone {
  minutes: Client;
  board: Client;
  /** the board state the app runs on a phone (web/src/state/workspace.ts) */
  actions: BoardActions;
}

async function phone(syncUrl: string, role: Role, name: string, clientID?: number): Promise<Phone> {
  const t = token(WS, role);
  const minutes = await openSyncedClient(syncUrl, `${WS}/minutes`, t);
  const board = await openSyncedClient(syncUrl, `${WS}/board`, t, { clientID });
  const [, actions] = createRoot((dispose) => {
    onCleanup(dispose);
    return createBoardState(board.doc, { ...actingAs(role, null), name });
  });
  return { minutes, board, actions };
}

const clients = (p: Phone) => [p.minutes, p.board];

/** "Jadikan kartu di papan" as web/src/state/minutes.ts makeCard does it. */
function makeCard(p: Phone, source: string): string {
  const id = p.actions.addIntervention(
    { title: ITEM.what, agency: ITEM.agency, domain: "pantas_tempat_tinggal", status: "open" },
    { description: source, target: "kampung", familyId: "", targetLabel: "", dueDate: ITEM.due, funding: "" },
    actionItemCardId("m1", "t1"),
  );
  linkActionItem(p.minutes.doc, "m1", "t1", id);
  return id;
}

function card(p: Phone, id: string) {
  const [intervention] = readInterventions(p.board.doc);
  return { ...intervention, ...readInterventionDetails(interventionsMap(p.board.doc).get(id)) };
}

describe("an action item made into a card on two offline phones, edited on the copy Yjs drops", () => {
  it("every phone ends with one card that carries the status move and the field edit made on the dropped copy", async () => {
    const relay = await startRelay();
    const kader = await phone(relay.syncUrl, "kader", "Kader Yuli", KADER_CLIENT);
    const lurah = await phone(relay.syncUrl, "lurah", "Pak Lurah", LURAH_CLIENT);
    addMeeting(kader.minutes.doc, "m1", { title: "Rembuk stunting", date: "2026-11-22", place: "Balai desa" }, NOW);
    addActionItem(kader.minutes.doc, "m1", "t1", ITEM, NOW);
    await waitFor(() => readActionItems(lurah.minutes.doc, "m1").length === 1, "the action item to reach the lurah");

    for (const c of [...clients(kader), ...clients(lurah)]) c.provider.disconnect();
    const id = makeCard(kader, "Notulen, Kader Yuli");
    expect(makeCard(lurah, "Notulen, Pak Lurah")).toBe(id);
    // on the lurah's copy (the one that will lose): a status move the lurah may make, and a field edit
    expect(lurah.actions.move(id, "claimed")).toEqual({ ok: true });
    expect(writeInterventionDetails(lurah.board.doc, id, { description: "Dinsos survei lokasi 1 Des" })).toBe(true);
    // on the kader's copy (the one that will win): another field
    expect(writeInterventionDetails(kader.board.doc, id, { funding: "Dana Desa" })).toBe(true);
    for (const c of [...clients(kader), ...clients(lurah)]) c.provider.connect();

    // what every phone must end with: the lurah's move and edit, and the kader's edit, on the one card
    const expected = { id, status: "claimed", agency: "DINSOS", description: "Dinsos survei lokasi 1 Des", funding: "Dana Desa", dueDate: ITEM.due };
    const shows = (p: Phone) => expect.poll(() => card(p, id), { timeout: 8000, interval: 10 }).toMatchObject(expected);
    await shows(kader);
    await shows(lurah);
    const fresh = await phone(relay.syncUrl, "kader", "Bidan Ani");
    await shows(fresh);
    for (const p of [kader, lurah, fresh]) {
      // the premise: the card every phone holds is the kader's copy
      expect(interventionsMap(p.board.doc)._map.get(id)?.id.client).toBe(KADER_CLIENT);
      expect(readInterventions(p.board.doc).map((i) => i.id)).toEqual([id]);
      expect(readActionItems(p.minutes.doc, "m1").map((i) => i.interventionId)).toEqual([id]);
      // the move is in the history once: bringing it back to the kept copy is not a second move
      const moves = readHistory(p.board.doc).filter((e) => e.kind === "status" && e.interventionId === id && e.detail === "open -> claimed");
      expect(moves.map((e) => e.by)).toEqual(["Pak Lurah"]);
    }
    // the guard refused nothing: no socket closed, no update dropped
    expect([...clients(kader), ...clients(lurah), ...clients(fresh)].flatMap((c) => c.closed)).toEqual([]);
    expect((await health(relay.httpUrl)).droppedUpdates).toBe(0);
  });
});
