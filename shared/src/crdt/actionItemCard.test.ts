import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { actionItemCardId, type InterventionFields } from "../model/index.ts";
import { addActionItem, addMeeting, linkActionItem, readActionItems } from "./minutes.ts";
import { addDerivedIntervention, interventionsMap, readInterventions, setInterventionStatus } from "./board.ts";
import { readInterventionDetails, type InterventionDetails } from "./board/details.ts";

// "Jadikan kartu di papan" as web/src/state/minutes.ts makeCard does it: the card under the id
// derived from the meeting and item, then the item's link to it, each in its own document.

const NOW = new Date("2026-11-22T02:00:00Z");
const LATER = new Date("2026-11-22T03:00:00Z");

interface Device {
  minutes: Y.Doc;
  board: Y.Doc;
}

const fields: InterventionFields = { title: "Jamban sehat RT 03", agency: "DINSOS", domain: "pantas_tempat_tinggal", status: "open" };
const details = (source: string): InterventionDetails => ({ description: source, target: "kampung", familyId: "", targetLabel: "", dueDate: "2026-12-10", funding: "" });

function makeCard(device: Device, source: string, at: Date): string {
  const id = actionItemCardId("m1", "t1");
  addDerivedIntervention(device.board, id, fields, details(source), at, "Kader");
  linkActionItem(device.minutes, "m1", "t1", id);
  return id;
}

function copy(doc: Y.Doc): Y.Doc {
  const out = new Y.Doc();
  Y.applyUpdate(out, Y.encodeStateAsUpdate(doc));
  return out;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** Two devices that both have the meeting and its action item, then go offline. */
function twoDevices(): [Device, Device] {
  const a: Device = { minutes: new Y.Doc(), board: new Y.Doc() };
  addMeeting(a.minutes, "m1", { title: "Rembuk stunting", date: "2026-11-22", place: "Balai desa" }, NOW);
  addActionItem(a.minutes, "m1", "t1", { what: "Jamban sehat RT 03", who: "Bu Rina", agency: "DINSOS", due: "2026-12-10" }, NOW);
  return [a, { minutes: copy(a.minutes), board: copy(a.board) }];
}

describe("an action item made into a board card on two offline devices", () => {
  it("makes one card, and the item on both devices links to it", () => {
    const [a, b] = twoDevices();
    const fromA = makeCard(a, "Notulen A", NOW);
    const fromB = makeCard(b, "Notulen B", LATER);
    expect(fromB).toBe(fromA);

    sync(a.board, b.board);
    sync(a.minutes, b.minutes);

    for (const device of [a, b]) {
      expect(readInterventions(device.board).map((i) => i.id)).toEqual([fromA]);
      expect(readActionItems(device.minutes, "m1").map((i) => i.interventionId)).toEqual([fromA]);
    }
    // Yjs kept one of the two cards, the same on both devices, whole (details included)
    const [onA, onB] = [a, b].map((d) => readInterventionDetails(interventionsMap(d.board).get(fromA)));
    expect(onA).toEqual(onB);
    expect(["Notulen A", "Notulen B"]).toContain(onA!.description);
    expect(onA!.dueDate).toBe("2026-12-10");
    expect(Y.encodeStateVector(a.board)).toEqual(Y.encodeStateVector(b.board));
  });

  it("keeps the card a device already has when its item is converted again there", () => {
    // B has A's card (the board synced) but not yet the link (the minutes did not): its button is still there
    const [a, b] = twoDevices();
    const id = makeCard(a, "Notulen A", NOW);
    sync(a.board, b.board);
    setInterventionStatus(b.board, id, "claimed", LATER, "Bu Rina");
    expect(addDerivedIntervention(b.board, id, fields, details("Notulen B"), LATER, "Kader")).toBe(false);
    makeCard(b, "Notulen B", LATER);
    sync(a.board, b.board);
    sync(a.minutes, b.minutes);
    for (const device of [a, b]) {
      expect(readInterventions(device.board)).toMatchObject([{ id, status: "claimed" }]);
      expect(readInterventionDetails(interventionsMap(device.board).get(id)).description).toBe("Notulen A");
      expect(readActionItems(device.minutes, "m1")[0]!.interventionId).toBe(id);
    }
  });
});
