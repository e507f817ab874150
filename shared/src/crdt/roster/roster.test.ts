import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { emptyHousehold, type HouseholdFields } from "../../model/index.ts";
import {
  addHousehold, addMeasurement, addMember, householdIds, observeHouseholds, readHousehold, readHouseholds, recordConsent, removeHousehold,
  removeMember, rosterMap, setAid, updateHousehold, updateMeasurement, updateMember, type Writer,
} from "./index.ts";

const NOW = new Date("2026-11-22T10:00:00Z");
const LATER = new Date("2026-11-23T09:30:00Z");
let counter = 0;
const as = (by: string): Writer => ({ by, newId: () => `e${(counter++).toString(36)}` });

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const fields = (patch: Partial<HouseholdFields> = {}): HouseholdFields => ({ ...emptyHousehold(), kepala: "Yohanes Seran", rw: 2, rt: 5, sumberAir: "ledeng", jamban: "jamban_septik", ...patch });

/** Two phones that share one household with a child measured once, then go offline. */
function twoPhones(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  addHousehold(a, "h1", fields(), NOW, as("A"));
  addMember(a, "h1", "c1", { nama: "Maria", sex: "F", birthDate: "2025-03-01", relation: "anak" }, NOW, as("A"));
  addMeasurement(a, "h1", "x1", { memberId: "c1", date: "2026-11-20", position: "lying", measuredBy: "Bidan Ani", lengthCm: 72.5, weightKg: 8.1 }, NOW, as("A"));
  sync(a, b);
  return [a, b];
}

describe("roster records", () => {
  it("reads back what was written, with derived update time", () => {
    const [a] = twoPhones();
    const h = readHousehold(a, "h1")!;
    expect(h).toMatchObject({ id: "h1", kepala: "Yohanes Seran", rw: 2, rt: 5, sumberAir: "ledeng", jamban: "jamban_septik", aid: [], consent: null, conflicts: [] });
    expect(h.members).toEqual([expect.objectContaining({ id: "c1", nama: "Maria", sex: "F", birthDate: "2025-03-01", relation: "anak", pregnant: null })]);
    expect(h.measurements).toEqual([{ id: "x1", memberId: "c1", date: "2026-11-20", position: "lying", measuredBy: "Bidan Ani", lengthCm: 72.5, weightKg: 8.1 }]);
    expect(h.createdAt).toBe(NOW.toISOString());
    updateHousehold(a, "h1", { notes: "Perlu kunjungan" }, LATER, as("A"));
    expect(readHousehold(a, "h1")!.updatedAt).toBe(LATER.toISOString());
  });

  it("stores a household, its member and its measurement as one item each", () => {
    const [a] = twoPhones();
    expect([...rosterMap(a).keys()].sort()).toEqual(["h1", "h1.mc1", "h1.ux1"]);
  });

  it("an edit that changes nothing writes nothing", () => {
    const [a] = twoPhones();
    const before = Y.encodeStateVector(a);
    updateHousehold(a, "h1", { kepala: "Yohanes Seran", sumberAir: "ledeng" }, LATER, as("A"));
    updateMember(a, "h1", "c1", { nama: "Maria" }, LATER, as("A"));
    expect(Y.encodeStateVector(a)).toEqual(before);
  });

  it("a later edit on the same device replaces the value and leaves one entry per field", () => {
    const [a] = twoPhones();
    updateMeasurement(a, "h1", "x1", { lengthCm: 73 }, LATER, as("A"));
    updateMeasurement(a, "h1", "x1", { lengthCm: 73.5 }, LATER, as("A"));
    expect(readHousehold(a, "h1")!.measurements[0]!.lengthCm).toBe(73.5);
    expect([...rosterMap(a).keys()].filter((k) => k.includes("/lengthCm/"))).toHaveLength(1);
  });

  it("concurrent edits of different fields of one record both survive", () => {
    const [a, b] = twoPhones();
    updateHousehold(a, "h1", { jamban: "tidak_ada" }, LATER, as("A"));
    updateHousehold(b, "h1", { desil: 2, kepala: "Yohanes B. Seran" }, LATER, as("B"));
    updateMember(a, "h1", "c1", { nama: "Maria Seran" }, LATER, as("A"));
    updateMember(b, "h1", "c1", { birthDate: "2025-03-02" }, LATER, as("B"));
    sync(a, b);
    for (const doc of [a, b]) {
      const h = readHousehold(doc, "h1")!;
      expect(h).toMatchObject({ jamban: "tidak_ada", desil: 2, kepala: "Yohanes B. Seran", conflicts: [] });
      expect(h.members[0]).toMatchObject({ nama: "Maria Seran", birthDate: "2025-03-02" });
    }
  });

  it.each([
    ["a measurement", (d: Y.Doc, v: number, w: Writer) => updateMeasurement(d, "h1", "x1", { lengthCm: v }, LATER, w), { kind: "measurement", measurementId: "x1", field: "lengthCm" }, [74, 75]],
    ["a risk answer", (d: Y.Doc, v: number, w: Writer) => updateMember(d, "h1", "c1", { childrenCount: v }, LATER, w), { kind: "member", memberId: "c1", field: "childrenCount" }, [2, 3]],
  ] as const)("concurrent different values of %s are a conflict on both devices, in the same order", (_, edit, target, values) => {
    const [a, b] = twoPhones();
    edit(a, values[0], as("Bidan Ani"));
    edit(b, values[1], as("Kader Yuli"));
    sync(a, b);
    const ca = readHousehold(a, "h1")!.conflicts;
    expect(ca).toEqual(readHousehold(b, "h1")!.conflicts);
    expect(ca).toHaveLength(1);
    expect(ca[0]!.target).toEqual(target);
    expect(ca[0]!.entries.map((e) => [e.value, e.by]).sort()).toEqual([[values[0], "Bidan Ani"], [values[1], "Kader Yuli"]]);
  });

  it("a conflicting risk answer reads as unanswered until a person chooses, and the choice holds everywhere", () => {
    const [a, b] = twoPhones();
    updateHousehold(a, "h1", { sumberAir: "sungai" }, LATER, as("A"));
    updateHousehold(b, "h1", { sumberAir: "sumur_bor" }, LATER, as("B"));
    sync(a, b);
    expect(readHousehold(a, "h1")!.sumberAir).toBe("");
    expect(readHousehold(a, "h1")!.conflicts[0]!.entries.map((e) => e.value).sort()).toEqual(["sumur_bor", "sungai"]);
    updateHousehold(b, "h1", { sumberAir: "sungai" }, LATER, as("B"));
    sync(a, b);
    for (const doc of [a, b]) expect(readHousehold(doc, "h1")).toMatchObject({ sumberAir: "sungai", conflicts: [] });
    // the chosen value, and the one not chosen kept (superseded) for the family's history
    expect([...rosterMap(a).keys()].filter((k) => k.includes("/sumberAir/"))).toHaveLength(2);
  });

  it("concurrent equal values are not a conflict", () => {
    const [a, b] = twoPhones();
    updateMeasurement(a, "h1", "x1", { weightKg: 8.3 }, LATER, as("A"));
    updateMeasurement(b, "h1", "x1", { weightKg: 8.3 }, LATER, as("B"));
    sync(a, b);
    expect(readHousehold(a, "h1")).toMatchObject({ conflicts: [], measurements: [expect.objectContaining({ weightKg: 8.3 })] });
  });

  it("concurrent values of a non-critical field settle on the same value everywhere, without a conflict, and say which value was replaced", () => {
    const [a, b] = twoPhones();
    updateHousehold(a, "h1", { alamat: "Jl. Kenanga 3" }, LATER, as("A"));
    updateHousehold(b, "h1", { alamat: "Jl. Kenanga 5" }, LATER, as("B"));
    sync(a, b);
    const ha = readHousehold(a, "h1")!;
    expect(ha.conflicts).toEqual([]);
    expect(["Jl. Kenanga 3", "Jl. Kenanga 5"]).toContain(ha.alamat);
    expect(readHousehold(b, "h1")!.alamat).toBe(ha.alamat);
    const lost = ha.alamat === "Jl. Kenanga 3" ? ["Jl. Kenanga 5", "B"] : ["Jl. Kenanga 3", "A"];
    for (const doc of [a, b]) {
      const [r] = readHousehold(doc, "h1")!.replaced!;
      expect(r!.target).toEqual({ kind: "household", field: "alamat" });
      expect(r!.kept.value).toBe(ha.alamat);
      expect(r!.replaced.map((x) => [x.value, x.by])).toEqual([lost]);
    }
  });

  it("settling a replaced value ends the notice and keeps the replaced entry, which no later edit brings back", () => {
    const [a, b] = twoPhones();
    updateHousehold(a, "h1", { alamat: "Jl. Kenanga 3" }, LATER, as("A"));
    updateHousehold(b, "h1", { alamat: "Jl. Kenanga 5" }, LATER, as("B"));
    sync(a, b);
    const shown = readHousehold(a, "h1")!.alamat;
    updateHousehold(a, "h1", { alamat: shown }, LATER, as("A"));
    sync(a, b);
    expect(readHousehold(b, "h1")!.replaced).toBeUndefined();
    expect([...rosterMap(b).keys()].filter((k) => k.includes("/alamat/"))).toHaveLength(2);
    updateHousehold(b, "h1", { alamat: "Jl. Kenanga 7" }, LATER, as("B"));
    updateHousehold(b, "h1", { alamat: "Jl. Kenanga 9" }, LATER, as("B"));
    sync(a, b);
    for (const doc of [a, b]) expect(readHousehold(doc, "h1")).toMatchObject({ alamat: "Jl. Kenanga 9", conflicts: [] });
    expect(readHousehold(a, "h1")!.replaced).toBeUndefined();
    expect([...rosterMap(a).keys()].filter((k) => k.includes("/alamat/"))).toHaveLength(2);
  });

  it("sequential edits keep one entry per field: nothing is kept that the writer saw", () => {
    const [a, b] = twoPhones();
    updateHousehold(a, "h1", { alamat: "Jl. Kenanga 3" }, LATER, as("A"));
    sync(a, b);
    updateHousehold(b, "h1", { alamat: "Jl. Kenanga 5" }, LATER, as("B"));
    sync(a, b);
    expect([...rosterMap(a).keys()].filter((k) => k.includes("/alamat/"))).toHaveLength(1);
    expect(readHousehold(a, "h1")!.replaced).toBeUndefined();
  });

  it("aid programmes merge per programme, and consent is kept whole", () => {
    const [a, b] = twoPhones();
    setAid(a, "h1", "PKH", true, LATER, as("A"));
    setAid(b, "h1", "BPNT", true, LATER, as("B"));
    recordConsent(a, "h1", { by: "Yohanes Seran", at: "2026-11-20", how: "tertulis" }, LATER, as("A"));
    sync(a, b);
    expect(readHousehold(b, "h1")).toMatchObject({ aid: ["PKH", "BPNT"], consent: { by: "Yohanes Seran", at: "2026-11-20", how: "tertulis" } });
    setAid(b, "h1", "PKH", false, LATER, as("B"));
    sync(a, b);
    expect(readHousehold(a, "h1")!.aid).toEqual(["BPNT"]);
  });

  it("a household starts with aid and consent known at once (imports), as part of its one item", () => {
    const d = new Y.Doc();
    addHousehold(d, "h9", fields(), NOW, as("A"), { aid: ["PBI"], consent: { by: "Ibu Sari", at: "2026-10-01", how: "lisan" } });
    expect(readHousehold(d, "h9")).toMatchObject({ aid: ["PBI"], consent: { by: "Ibu Sari", at: "2026-10-01", how: "lisan" } });
    expect([...rosterMap(d).keys()]).toEqual(["h9"]);
  });

  it("removing a household removes its members, measurements and edits; an edit made meanwhile elsewhere stays hidden", () => {
    const [a, b] = twoPhones();
    updateMember(a, "h1", "c1", { nama: "Maria Seran" }, LATER, as("A"));
    sync(a, b);
    updateMeasurement(b, "h1", "x1", { weightKg: 9 }, LATER, as("B"));
    removeHousehold(a, "h1");
    expect([...rosterMap(a).keys()]).toEqual([]);
    sync(a, b);
    expect(readHousehold(b, "h1")).toBeNull();
    expect(readHouseholds(b)).toEqual([]);
    expect(updateHousehold(b, "h1", { notes: "x" }, LATER, as("B"))).toBe(false);
  });

  it("removing a member removes its edits and keeps the household's other records", () => {
    const [a] = twoPhones();
    updateMember(a, "h1", "c1", { nama: "Maria Seran" }, LATER, as("A"));
    removeMember(a, "h1", "c1");
    expect([...rosterMap(a).keys()].sort()).toEqual(["h1", "h1.ux1"]);
  });

  it("ignores junk written by an untrusted peer", () => {
    const [a] = twoPhones();
    const map = rosterMap(a);
    map.set("h1/lengthCm", [1, "x", 1]);
    map.set("h1.ux1/lengthCm/bad", [{ nested: true }, 1, "x"]);
    map.set("h1.ux1/weightKg/short", [1]);
    map.set("h1.zq", [1, 2]);
    map.set("h2", "not a record");
    map.set("h 3", ["a household id with a space"]);
    map.set("h1.mc2", { nama: "object, not a tuple" });
    const h = readHousehold(a, "h1")!;
    expect(h.measurements[0]).toMatchObject({ lengthCm: 72.5, weightKg: 8.1 });
    expect(h.members.map((m) => m.id)).toEqual(["c1"]);
    expect(householdIds(a)).toEqual(["h1"]);
  });

  it("tells observers which households a transaction touched, local or remote, after its index is current", () => {
    const [a, b] = twoPhones();
    const seen: string[][] = [];
    const stop = observeHouseholds(b, (ids) => seen.push([...ids].sort()));
    addHousehold(a, "h2", fields(), NOW, as("A"));
    updateMember(a, "h1", "c1", { nama: "Maria S." }, LATER, as("A"));
    sync(a, b);
    expect(seen).toEqual([["h1", "h2"]]);
    expect(readHousehold(b, "h1")!.members[0]!.nama).toBe("Maria S.");
    stop();
    removeHousehold(b, "h2");
    expect(seen).toHaveLength(1);
  });
});
