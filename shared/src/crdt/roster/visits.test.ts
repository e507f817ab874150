import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { emptyHousehold, type VisitFields } from "../../model/index.ts";
import {
  addHousehold, addVisit, deleteHousehold, purgeHousehold, readHousehold, readHouseholdWithDeletion, removeHousehold, removeVisit, restoreHousehold, rosterMap,
  updateVisit, type Writer,
} from "./index.ts";

const NOW = new Date("2026-11-22T02:00:00Z");
const LATER = new Date("2026-11-23T03:30:00Z");
let counter = 0;
const as = (by: string): Writer => ({ by, newId: () => `e${(counter++).toString(36)}` });

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const visit = (patch: Partial<VisitFields> = {}): VisitFields => ({
  date: "2026-11-21",
  visitor: "Bidan Sari",
  activities: ["konseling", "rujukan_posyandu"],
  notes: "",
  nextVisit: "2026-12-05",
  ...patch,
});

/** Two phones that share one household, then go offline. */
function twoPhones(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  addHousehold(a, "h1", { ...emptyHousehold(), kepala: "Yohanes Seran", rt: 5, rw: 2 }, NOW, as("A"));
  sync(a, b);
  return [a, b];
}

describe("TPK visits in the roster", () => {
  it("reads back what was recorded, under its household, with who recorded it and when", () => {
    const [a] = twoPhones();
    expect(addVisit(a, "h1", "v1", visit({ notes: "Ibu hamil 7 bulan" }), NOW, as("Bidan Sari"))).toBe(true);
    expect(addVisit(a, "h1", "v2", visit({ date: "2026-11-22", visitor: "Kader Yuli, Bidan Sari", activities: [], notes: "Tidak di rumah", nextVisit: "" }), LATER, as("Bidan Sari"))).toBe(true);
    const h = readHousehold(a, "h1")!;
    expect(h.visits).toEqual([
      { id: "v1", householdId: "h1", date: "2026-11-21", visitor: "Bidan Sari", activities: ["konseling", "rujukan_posyandu"], notes: "Ibu hamil 7 bulan", nextVisit: "2026-12-05", by: "Bidan Sari", createdAt: NOW.toISOString() },
      { id: "v2", householdId: "h1", date: "2026-11-22", visitor: "Kader Yuli, Bidan Sari", activities: [], notes: "Tidak di rumah", nextVisit: "", by: "Bidan Sari", createdAt: LATER.toISOString() },
    ]);
    expect(h.updatedAt).toBe(LATER.toISOString());
  });

  it("stores one compact item per visit: days as numbers, activities as bits, who recorded it only when not the first visitor", () => {
    const [a] = twoPhones();
    addVisit(a, "h1", "v1", visit(), NOW, as("Bidan Sari"));
    addVisit(a, "h1", "v2", visit({ visitor: "Kader Yuli" }), NOW, as("Bidan Sari"));
    addVisit(a, "h1", "v3", visit({ visitor: "Bidan Sari, Kader Yuli" }), NOW, as("Bidan Sari"));
    const map = rosterMap(a);
    expect([...map.keys()].sort()).toEqual(["h1", "h1.vv1", "h1.vv2", "h1.vv3"]);
    expect(map.get("h1.vv3")).toHaveLength(5);
    expect(readHousehold(a, "h1")!.visits!.map((v) => v.by)).toEqual(["Bidan Sari", "Bidan Sari", "Bidan Sari"]);
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect(map.get("h1.vv1")).toEqual([day("2026-11-21"), "Bidan Sari", 0b11, day("2026-12-05"), NOW.getTime() / 1000]);
    expect(map.get("h1.vv2")).toEqual([day("2026-11-21"), "Kader Yuli", 0b11, day("2026-12-05"), NOW.getTime() / 1000, null, "Bidan Sari"]);
  });

  it("is not recorded for a household this device does not have", () => {
    const [a] = twoPhones();
    expect(addVisit(a, "h9", "v1", visit(), NOW, as("A"))).toBe(false);
    expect([...rosterMap(a).keys()]).toEqual(["h1"]);
    expect(() => addVisit(a, "h1", "v/1", visit(), NOW, as("A"))).toThrow();
  });

  it("visits recorded on two offline phones both survive, in the same order on both", () => {
    const [a, b] = twoPhones();
    addVisit(a, "h1", "va", visit({ visitor: "Bidan Sari", date: "2026-11-21" }), NOW, as("Bidan Sari"));
    addVisit(b, "h1", "vb", visit({ visitor: "Kader Yuli", date: "2026-11-21" }), LATER, as("Kader Yuli"));
    sync(a, b);
    for (const doc of [a, b]) expect(readHousehold(doc, "h1")!.visits!.map((v) => [v.id, v.visitor])).toEqual([["va", "Bidan Sari"], ["vb", "Kader Yuli"]]);
  });

  it("edits of different fields of one visit on two phones both survive; the same field settles on one value everywhere", () => {
    const [a, b] = twoPhones();
    addVisit(a, "h1", "v1", visit(), NOW, as("Bidan Sari"));
    sync(a, b);
    updateVisit(a, "h1", "v1", { notes: "Sudah ke posyandu", activities: ["konseling"] }, LATER, as("Bidan Sari"));
    updateVisit(b, "h1", "v1", { nextVisit: "2026-12-12", activities: ["konseling", "bantuan"] }, LATER, as("Kader Yuli"));
    sync(a, b);
    const va = readHousehold(a, "h1")!.visits![0]!;
    expect(readHousehold(b, "h1")!.visits![0]).toEqual(va);
    expect(va).toMatchObject({ notes: "Sudah ke posyandu", nextVisit: "2026-12-12", by: "Bidan Sari" });
    expect([["konseling"], ["konseling", "bantuan"]]).toContainEqual(va.activities);
    expect(readHousehold(a, "h1")!.conflicts).toEqual([]);
  });

  it("an edit that changes nothing writes nothing; a visit removed on one phone is gone on both", () => {
    const [a, b] = twoPhones();
    addVisit(a, "h1", "v1", visit(), NOW, as("Bidan Sari"));
    const before = Y.encodeStateVector(a);
    updateVisit(a, "h1", "v1", { visitor: " Bidan Sari ", activities: ["rujukan_posyandu", "konseling"] }, LATER, as("Bidan Sari"));
    expect(Y.encodeStateVector(a)).toEqual(before);
    updateVisit(a, "h1", "v1", { notes: "x" }, LATER, as("Bidan Sari"));
    sync(a, b);
    removeVisit(b, "h1", "v1");
    sync(a, b);
    expect(readHousehold(a, "h1")!.visits).toBeUndefined();
    expect([...rosterMap(a).keys()]).toEqual(["h1"]);
    expect(updateVisit(a, "h1", "v1", { notes: "y" }, LATER, as("A"))).toBe(false);
  });

  it("go with their household: hidden while it is deleted, back with a restore, gone when it is purged or removed", () => {
    const [a, b] = twoPhones();
    addVisit(a, "h1", "v1", visit(), NOW, as("Bidan Sari"));
    deleteHousehold(a, "h1", LATER, as("Pak Lurah"));
    sync(a, b);
    expect(readHousehold(b, "h1")).toBeNull();
    expect(readHouseholdWithDeletion(b, "h1")!.household.visits).toHaveLength(1);
    restoreHousehold(b, "h1", LATER, as("Pak Lurah"));
    expect(readHousehold(b, "h1")!.visits).toHaveLength(1);
    // a visit recorded on a phone that had not heard of the purge is swept with the household's other late keys
    addVisit(b, "h1", "v2", visit(), LATER, as("Kader Yuli"));
    purgeHousehold(a, "h1");
    sync(a, b);
    expect([...rosterMap(a).keys()].filter((k) => k.startsWith("h1.v"))).toEqual(["h1.vv2"]);
    purgeHousehold(a, "h1");
    expect([...rosterMap(a).keys()]).toEqual(["h1"]);
    const [c] = twoPhones();
    addVisit(c, "h1", "v1", visit(), NOW, as("A"));
    removeHousehold(c, "h1");
    expect([...rosterMap(c).keys()]).toEqual([]);
  });

  it("ignores junk written by an untrusted peer, and activities a newer version knows", () => {
    const [a] = twoPhones();
    const map = rosterMap(a);
    map.set("h1.vbad", "not a tuple");
    map.set("h1.v", [1]);
    map.set("h1.vz", [{ day: 1 }, 5, "many", "x", -3, 7, 8]);
    map.set("h1.vn", [20_000, "Bidan Sari", 0b1000_0001]);
    const visits = readHousehold(a, "h1")!.visits!;
    expect(visits.map((v) => v.id)).toEqual(["z", "n"]);
    expect(visits[0]).toMatchObject({ date: "", visitor: "", activities: [], nextVisit: "", createdAt: "", notes: "", by: "" });
    expect(visits[1]).toMatchObject({ date: "2024-10-04", activities: ["konseling"], by: "Bidan Sari" });
  });
});
