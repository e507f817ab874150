import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { emptyHousehold, type HouseholdFields } from "../../model/index.ts";
import { mergeRuns, touchedPlaces, visitIds, type IdRun } from "../audit.ts";
import { addHousehold, addMember, deleteHousehold, householdIdRuns, rosterTouched, updateHousehold, updateMember, type Writer } from "./index.ts";

const NOW = new Date("2026-11-22T10:00:00Z");
const LATER = new Date("2026-11-23T09:30:00Z");
let counter = 0;
const as = (by: string): Writer => ({ by, newId: () => `e${(counter++).toString(36)}` });
const fields = (patch: Partial<HouseholdFields> = {}): HouseholdFields => ({ ...emptyHousehold(), kepala: "Yohanes Seran", rw: 2, rt: 5, ...patch });

/** The ids one transaction inserted and deleted, as the relay records them (relay/src/rooms/room.ts). */
interface Recorded {
  inserted: IdRun[];
  deleted: IdRun[];
}

/** A phone whose every transaction is recorded as the relay would, and a lurah's device that receives it all. */
function recording(): { phone: Y.Doc; lurah: () => Y.Doc; updates: Recorded[] } {
  const phone = new Y.Doc();
  const updates: Recorded[] = [];
  phone.on("afterTransaction", (tr: Y.Transaction) => {
    const inserted: IdRun[] = [];
    for (const [client, after] of tr.afterState) {
      const before = tr.beforeState.get(client) ?? 0;
      if (after > before) inserted.push([client, before, after - before]);
    }
    const deleted: IdRun[] = [];
    for (const [client, items] of tr.deleteSet.clients) for (const d of items) deleted.push([client, d.clock, d.len]);
    if (inserted.length + deleted.length > 0) updates.push({ inserted, deleted });
  });
  // the lurah's copy comes from the relay's encoding (deleted values keep their place, without their content)
  const lurah = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(phone));
    return doc;
  };
  return { phone, lurah, updates };
}

describe("rosterTouched: which families an update wrote, read from the lurah's copy", () => {
  const { phone, lurah, updates } = recording();
  addHousehold(phone, "h1", fields(), NOW, as("A"));
  addHousehold(phone, "h2", fields({ kepala: "Maria Bria" }), NOW, as("A"));
  addMember(phone, "h1", "m1", { nama: "Paulus", sex: "M", birthDate: "2024-01-02", relation: "anak" }, NOW, as("A"));
  updateHousehold(phone, "h1", { alamat: "Jl. Kenanga 3" }, LATER, as("B"));
  updateHousehold(phone, "h1", { alamat: "Jl. Kenanga 5" }, LATER, as("C"));
  updateMember(phone, "h1", "m1", { nama: "Paulus Seran" }, LATER, as("C"));
  deleteHousehold(phone, "h2", LATER, as("D"));
  const doc = lurah();
  const at = (i: number) => rosterTouched(doc, updates[i]!.inserted, updates[i]!.deleted, 10);

  it.each([
    ["the household created", 0, [{ householdId: "h1", parts: [{ part: { kind: "household" }, field: null, removed: false }] }]],
    ["another household", 1, [{ householdId: "h2", parts: [{ part: { kind: "household" }, field: null, removed: false }] }]],
    ["a member added", 2, [{ householdId: "h1", parts: [{ part: { kind: "member", id: "m1" }, field: null, removed: false }] }]],
    ["a field edited", 3, [{ householdId: "h1", parts: [{ part: { kind: "household" }, field: "alamat", removed: false }] }]],
    // the second edit writes a new entry and deletes the one it superseded: said once, as the edit
    ["a field edited again", 4, [{ householdId: "h1", parts: [{ part: { kind: "household" }, field: "alamat", removed: false }] }]],
    ["a member's field", 5, [{ householdId: "h1", parts: [{ part: { kind: "member", id: "m1" }, field: "nama", removed: false }] }]],
    ["a household deleted", 6, [{ householdId: "h2", parts: [{ part: { kind: "deletion" }, field: null, removed: false }] }]],
  ] as const)("%s", (_what, index, families) => {
    expect(updates).toHaveLength(7);
    expect(at(index)).toEqual({ families, moreFamilies: 0, imports: false });
  });

  it("counts the families past the limit (an import writes thousands)", () => {
    const all = mergeRuns(updates.flatMap((u) => u.inserted));
    const touched = rosterTouched(doc, all, [], 1);
    expect(touched.families).toHaveLength(1);
    expect(touched.moreFamilies).toBe(1);
  });
});

describe("householdIdRuns: every id a family's entries ever held", () => {
  it("covers the updates that wrote the family, values replaced since included, and none of another family's", () => {
    const { phone, lurah, updates } = recording();
    addHousehold(phone, "h1", fields(), NOW, as("A"));
    addHousehold(phone, "h2", fields(), NOW, as("A"));
    updateHousehold(phone, "h1", { alamat: "lama" }, LATER, as("B"));
    updateHousehold(phone, "h1", { alamat: "baru" }, LATER, as("C"));
    const runs = householdIdRuns(lurah(), "h1");
    const covers = (u: Recorded) => [...u.inserted, ...u.deleted].some(([c, k, l]) => runs.some(([rc, rk, rl]) => rc === c && rk < k + l && k < rk + rl));
    expect(updates.map(covers)).toEqual([true, false, true, true]);
  });
});

describe("visitIds and touchedPlaces: any document, by root and key", () => {
  it("names the root and the map key an update wrote, and counts ids the copy does not hold", () => {
    const { phone, lurah, updates } = recording();
    phone.getMap("meetings").set("rapat-1", new Y.Map());
    phone.getMap("profile").set("name", "Desa Contoh");
    const doc = lurah();
    expect(touchedPlaces(doc, updates[0]!.inserted, 5)).toEqual({ places: [{ root: "meetings", key: "rapat-1" }], more: 0 });
    expect(touchedPlaces(doc, updates[1]!.inserted, 5)).toEqual({ places: [{ root: "profile", key: "name" }], more: 0 });
    expect(visitIds(doc, [[12345, 0, 4]], () => undefined)).toBe(4);
  });
});
