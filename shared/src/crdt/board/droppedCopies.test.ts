import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Role } from "../../model/index.ts";
import { addDerivedIntervention, interventionsMap, moveIntervention, readHistory, readInterventions, updateIntervention } from "../board.ts";
import { readInterventionDetails, writeInterventionDetails } from "./details.ts";
import { DROPPED_COPY_ORIGIN, keepDroppedCopyEdits } from "./droppedCopies.ts";

// Two phones make the card of one action item while apart. Yjs keeps the copy of the higher
// client id (the kader's here) and drops the lurah's; the lurah's edits must reach the kept copy.
const ID = "ai2_m1t1";
const NOW = new Date("2026-11-22T02:00:00Z");
const LATER = new Date("2026-11-22T03:00:00Z");
const LURAH = { role: "lurah" as const, agency: null, name: "Pak Lurah" };

interface Phone {
  doc: Y.Doc;
  /** how many transactions wrote a dropped copy's edits on this phone */
  restores: () => number;
}

function phone(clientID: number, role: Role = "lurah", agency: string | null = null, from?: Y.Doc): Phone {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  if (from) Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  keepDroppedCopyEdits(doc, { role, agency });
  let restores = 0;
  doc.on("afterTransaction", (t: Y.Transaction) => void (t.origin === DROPPED_COPY_ORIGIN && restores++));
  return { doc, restores: () => restores };
}

function makeCard(p: Phone, source: string): void {
  const fields = { title: "Jamban sehat RT 03", agency: "DINSOS", domain: "pantas_tempat_tinggal", status: "open" as const };
  addDerivedIntervention(p.doc, ID, fields, { description: source, target: "kampung", familyId: "", targetLabel: "", dueDate: "2026-12-10", funding: "" }, NOW, "x");
}

function sync(a: Phone, b: Phone): void {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
}

const card = (p: Phone) => ({ ...readInterventions(p.doc)[0], ...readInterventionDetails(interventionsMap(p.doc).get(ID)) });
const keptClient = (p: Phone) => interventionsMap(p.doc)._map.get(ID)?.id.client;

/** The lurah's copy (client 1) moved and edited; the kader's (client 2) made. Apart. */
function apart(): [lurah: Phone, kader: Phone] {
  const lurah = phone(1);
  const kader = phone(2, "kader");
  makeCard(lurah, "Notulen, Pak Lurah");
  makeCard(kader, "Notulen, Kader Yuli");
  expect(moveIntervention(lurah.doc, ID, "claimed", LURAH, LATER)).toEqual({ ok: true });
  writeInterventionDetails(lurah.doc, ID, { description: "Survei 1 Des" });
  return [lurah, kader];
}

describe("keepDroppedCopyEdits", () => {
  it("writes the dropped copy's move and edit onto the kept copy, on both phones, with the move in the history once", () => {
    const [lurah, kader] = apart();
    writeInterventionDetails(kader.doc, ID, { funding: "Dana Desa" });
    sync(lurah, kader);
    sync(lurah, kader);
    for (const p of [lurah, kader]) {
      expect(keptClient(p)).toBe(2);
      expect(card(p)).toMatchObject({ status: "claimed", description: "Survei 1 Des", funding: "Dana Desa", createdAt: NOW.toISOString(), updatedAt: LATER.toISOString() });
      expect(readHistory(p.doc).filter((e) => e.detail === "open -> claimed")).toHaveLength(1);
    }
    expect(Y.encodeStateVector(lurah.doc)).toEqual(Y.encodeStateVector(kader.doc));
    // the kader's phone met the lurah's copy first and wrote its edits; the lurah's phone then got
    // the kept copy with them already written, and wrote nothing
    expect([lurah.restores(), kader.restores()]).toEqual([0, 1]);
  });

  it("keeps the kept copy's value of a field both phones changed, and writes the others", () => {
    const [lurah, kader] = apart();
    updateIntervention(kader.doc, ID, { title: "Jamban sehat RT 03/04" }, LATER);
    writeInterventionDetails(kader.doc, ID, { description: "Menunggu anggaran" });
    sync(lurah, kader);
    sync(lurah, kader);
    for (const p of [lurah, kader]) expect(card(p)).toMatchObject({ status: "claimed", title: "Jamban sehat RT 03/04", description: "Menunggu anggaran" });
  });

  it("brings the edits back on a phone that reloaded while apart (a new Y.Doc from the stored state)", () => {
    const [before, kader] = apart();
    const lurah = phone(3, "lurah", null, before.doc);
    sync(lurah, kader);
    sync(lurah, kader);
    for (const p of [lurah, kader]) expect(card(p)).toMatchObject({ status: "claimed", description: "Survei 1 Des" });
  });

  it("writes nothing more when the same updates are loaded again, so a later edit stays", () => {
    const [lurah, kader] = apart();
    const updates: Uint8Array[] = [];
    for (const p of [lurah, kader]) p.doc.on("update", (u: Uint8Array) => updates.push(u));
    updates.push(Y.encodeStateAsUpdate(lurah.doc), Y.encodeStateAsUpdate(kader.doc));
    sync(lurah, kader);
    sync(lurah, kader);
    writeInterventionDetails(kader.doc, ID, { description: "Selesai survei" });
    // a device's stored updates, not compacted: the dropped copy's content is in them, and read at load
    const loaded = phone(4);
    loaded.doc.transact(() => updates.forEach((u) => Y.applyUpdate(loaded.doc, u)), "storage");
    expect(card(loaded)).toMatchObject({ status: "claimed", description: "Selesai survei" });
    expect(loaded.restores()).toBe(0);
  });

  it.each([
    { who: "a viewer", role: "viewer" as const, agency: null, writes: false },
    { who: "an OPD liaison of another agency", role: "opd" as const, agency: "DINKES", writes: false },
    { who: "an OPD liaison of the card's agency", role: "opd" as const, agency: "DINSOS", writes: true },
    { who: "the pokja", role: "kader" as const, agency: null, writes: true },
  ])("on the phone of $who that holds the dropped copy, writes only what the relay lets it", ({ role, agency, writes }) => {
    const [lurah, kader] = apart();
    const watcher = phone(5, role, agency, lurah.doc);
    Y.applyUpdate(watcher.doc, Y.encodeStateAsUpdate(kader.doc));
    expect(watcher.restores()).toBe(writes ? 1 : 0);
    expect(card(watcher).status).toBe(writes ? "claimed" : "open");
  });

  it("leaves ordinary edits alone", () => {
    const a = phone(1);
    makeCard(a, "Notulen");
    const b = phone(2, "lurah", null, a.doc);
    moveIntervention(a.doc, ID, "claimed", LURAH, LATER);
    sync(a, b);
    expect(card(b).status).toBe("claimed");
    expect([a.restores(), b.restores()]).toEqual([0, 0]);
  });
});
