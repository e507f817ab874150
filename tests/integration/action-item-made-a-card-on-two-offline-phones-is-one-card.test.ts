import { describe, expect, it } from "vitest";
import { addActionItem, addDerivedIntervention, addMeeting, linkActionItem, readActionItems, readInterventions } from "@shared/crdt/index.ts";
import { actionItemCardId } from "@shared/model/index.ts";
import { openSyncedClient, type Client } from "./support/clients.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

const WS = "desa-notulen";
const NOW = new Date("2026-11-22T09:00:00Z");
const ITEM = { what: "Jamban sehat RT 03", who: "Bu Rina", agency: "DINSOS", due: "2026-12-10" };

interface Phone {
  minutes: Client;
  board: Client;
}

async function phone(syncUrl: string, role: "kader" | "lurah"): Promise<Phone> {
  const t = token(WS, role);
  return { minutes: await openSyncedClient(syncUrl, `${WS}/minutes`, t), board: await openSyncedClient(syncUrl, `${WS}/board`, t) };
}

const clients = (p: Phone) => [p.minutes, p.board];

/** "Jadikan kartu di papan" as the app does it (web/src/state/minutes.ts makeCard). */
function makeCard(p: Phone, by: string): string {
  const id = actionItemCardId("m1", "t1");
  addDerivedIntervention(p.board.doc, id, { title: ITEM.what, agency: ITEM.agency, domain: "pantas_tempat_tinggal", status: "open" },
    { description: `Notulen, ${by}`, target: "kampung", familyId: "", targetLabel: "", dueDate: ITEM.due, funding: "" }, NOW, by);
  linkActionItem(p.minutes.doc, "m1", "t1", id);
  return id;
}

describe("an action item made into a card on two offline phones, at the relay", () => {
  it("both phones' changes are accepted and every phone shows one card that the item links to", async () => {
    const relay = await startRelay();
    const kader = await phone(relay.syncUrl, "kader");
    const lurah = await phone(relay.syncUrl, "lurah");
    addMeeting(kader.minutes.doc, "m1", { title: "Rembuk stunting", date: "2026-11-22", place: "Balai desa" }, NOW);
    addActionItem(kader.minutes.doc, "m1", "t1", ITEM, NOW);
    await waitFor(() => readActionItems(lurah.minutes.doc, "m1").length === 1, "the action item to reach the lurah");

    for (const c of [...clients(kader), ...clients(lurah)]) c.provider.disconnect();
    const id = makeCard(kader, "Kader Yuli");
    expect(makeCard(lurah, "Pak Lurah")).toBe(id);
    for (const c of [...clients(kader), ...clients(lurah)]) c.provider.connect();

    const settled = (p: Phone) => readInterventions(p.board.doc).length === 1 && readActionItems(p.minutes.doc, "m1")[0]?.interventionId === id;
    await waitFor(() => settled(kader) && settled(lurah), "both phones to show the one linked card");
    const fresh = await phone(relay.syncUrl, "kader");
    for (const p of [kader, lurah, fresh]) {
      expect(readInterventions(p.board.doc).map((i) => ({ id: i.id, agency: i.agency, status: i.status }))).toEqual([{ id, agency: "DINSOS", status: "open" }]);
      expect(readActionItems(p.minutes.doc, "m1").map((i) => i.interventionId)).toEqual([id]);
    }
    // the guard refused nothing: no socket closed, no update dropped
    expect([...clients(kader), ...clients(lurah)].flatMap((c) => c.closed)).toEqual([]);
    expect((await health(relay.httpUrl)).droppedUpdates).toBe(0);
  });
});
