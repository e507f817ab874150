import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { emptyHousehold } from "../../model/index.ts";
import { Prng } from "../../testing/prng.ts";
import {
  addHousehold, addMember, deleteHousehold, householdIds, householdStatus, purgedWithLateKeys, purgeHousehold, readHousehold, readHouseholdChanges, readHouseholds,
  readHouseholdWithDeletion, restoreHousehold, rosterMap, updateHousehold, updateMember, type Writer,
} from "./index.ts";

const NOW = new Date("2026-11-22T10:00:00Z");
const LATER = new Date("2026-11-23T09:30:00Z");
let counter = 0;
const as = (by: string): Writer => ({ by, newId: () => `d${(counter++).toString(36)}` });

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function twoPhones(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  addHousehold(a, "h1", { ...emptyHousehold(), kepala: "Yohanes Seran", rt: 5, rw: 2, alamat: "Jl. Kenanga 3" }, NOW, as("A"));
  addMember(a, "h1", "c1", { nama: "Maria", nik: "5371014107250001" }, NOW, as("A"));
  addHousehold(a, "h2", { ...emptyHousehold(), kepala: "Yakobus Lay", rt: 4, rw: 2 }, NOW, as("A"));
  sync(a, b);
  return [a, b];
}

describe("deleting a household", () => {
  it("hides it from every read of the roster, records who and when, and a restore brings it back whole", () => {
    const [a, b] = twoPhones();
    expect(deleteHousehold(a, "h1", LATER, as("Bidan Sari"))).toBe(true);
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readHousehold(doc, "h1")).toBeNull();
      expect(readHouseholds(doc).map((h) => h.id)).toEqual(["h2"]);
      expect(householdStatus(doc, "h1")).toBe("deleted");
      expect(readHouseholdWithDeletion(doc, "h1")).toMatchObject({ household: { kepala: "Yohanes Seran" }, deletion: { by: "Bidan Sari", at: LATER.toISOString() } });
    }
    restoreHousehold(b, "h1", LATER, as("Pak Lurah"));
    sync(a, b);
    expect(readHousehold(a, "h1")).toMatchObject({ kepala: "Yohanes Seran", members: [expect.objectContaining({ nama: "Maria" })] });
    expect(householdStatus(a, "h1")).toBe("present");
  });

  it("an edit made offline while another phone deleted the household is kept and shows after a restore", () => {
    const [a, b] = twoPhones();
    deleteHousehold(a, "h1", LATER, as("A"));
    updateMember(b, "h1", "c1", { nama: "Maria Seran" }, LATER, as("B"));
    sync(a, b);
    expect(readHousehold(b, "h1")).toBeNull();
    restoreHousehold(a, "h1", LATER, as("A"));
    sync(a, b);
    expect(readHousehold(b, "h1")!.members[0]!.nama).toBe("Maria Seran");
  });

  it("the family's history says who deleted and restored it", () => {
    const [a] = twoPhones();
    deleteHousehold(a, "h1", LATER, as("Bidan Sari"));
    restoreHousehold(a, "h1", new Date("2026-11-24T08:00:00Z"), as("Pak Lurah"));
    const lifecycle = readHouseholdChanges(a, "h1").filter((c) => c.target.field === "deleted");
    // the deletion entry was superseded by the restore, which the lurah saw: one entry stays
    expect(lifecycle.map((c) => [c.value, c.by, c.state])).toEqual([[null, "Pak Lurah", "current"]]);
  });

  it("purging clears everything personal and marks the id gone; keys an offline phone adds later are swept", () => {
    const [a, b] = twoPhones();
    deleteHousehold(a, "h1", LATER, as("A"));
    sync(a, b);
    updateHousehold(b, "h1", { notes: "ditulis saat offline" }, LATER, as("B"));
    purgeHousehold(a, "h1");
    expect([...rosterMap(a).keys()].filter((k) => k.startsWith("h1")).sort()).toEqual(["h1"]);
    expect(householdStatus(a, "h1")).toBe("purged");
    expect(householdIds(a)).toEqual(["h2"]);
    const encoded = new TextDecoder().decode(Y.encodeStateAsUpdate(a));
    expect(encoded).not.toContain("Yohanes Seran");
    expect(encoded).not.toContain("Maria");
    sync(a, b);
    expect(householdStatus(b, "h1")).toBe("purged");
    expect(readHouseholdWithDeletion(b, "h1")).toBeNull();
    expect(purgedWithLateKeys(b, "h1")).toBe(true);
    purgeHousehold(b, "h1");
    sync(a, b);
    for (const doc of [a, b]) {
      expect(purgedWithLateKeys(doc, "h1")).toBe(false);
      expect(new TextDecoder().decode(Y.encodeStateAsUpdate(doc))).not.toContain("ditulis saat offline");
    }
  });

  it("deleting or restoring a household this device does not have does nothing", () => {
    const doc = new Y.Doc();
    const before = Y.encodeStateVector(doc);
    expect(deleteHousehold(doc, "nope", LATER, as("A"))).toBe(false);
    expect(restoreHousehold(doc, "nope", LATER, as("A"))).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(householdStatus(doc, "nope")).toBe("unknown");
  });
});

describe("deleting, restoring, purging and racing edits on three phones", () => {
  // Seeded: random edits of one field, deletions, restores and purges on three phones that sync in
  // random pairs; at the end every phone shows the same family, deletion, replaced values and status.
  it.each(Array.from({ length: 16 }, (_, i) => i + 1))("seed %i: every phone ends the same", (seed) => {
    const prng = new Prng(seed);
    const phones = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    addHousehold(phones[0]!, "h1", { ...emptyHousehold(), kepala: "Yohanes Seran", rt: 5, rw: 2 }, NOW, as("A"));
    for (const p of phones.slice(1)) sync(phones[0]!, p);
    const trace: string[] = [];
    for (let step = 0; step < 60; step++) {
      const i = prng.int(0, 2);
      const doc = phones[i]!;
      const r = prng.next();
      const at = new Date(NOW.getTime() + step * 60_000);
      if (r < 0.45) trace.push(`${i} alamat ${updateHousehold(doc, "h1", { alamat: `Jl. ${prng.int(1, 4)}` }, at, as(`P${i}`))}`);
      else if (r < 0.6) trace.push(`${i} delete ${deleteHousehold(doc, "h1", at, as(`P${i}`))}`);
      else if (r < 0.75) trace.push(`${i} restore ${restoreHousehold(doc, "h1", at, as(`P${i}`))}`);
      else if (r < 0.77 && step > 50) {
        purgeHousehold(doc, "h1");
        trace.push(`${i} purge`);
      }
      else {
        const j = (i + prng.int(1, 2)) % 3;
        sync(doc, phones[j]!);
        trace.push(`sync ${i}-${j}`);
      }
    }
    for (let round = 0; round < 2; round++) for (const [x, y] of [[0, 1], [1, 2], [0, 2]] as const) sync(phones[x]!, phones[y]!);
    const seen = phones.map((doc) => JSON.stringify({ read: readHouseholdWithDeletion(doc, "h1"), status: householdStatus(doc, "h1"), changes: readHouseholdChanges(doc, "h1") }));
    expect(seen[1], trace.join("\n")).toBe(seen[0]);
    expect(seen[2], trace.join("\n")).toBe(seen[0]);
  });
});
