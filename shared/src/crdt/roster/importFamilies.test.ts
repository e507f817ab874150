import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { emptyHousehold, type ImportBatchInput, type FamilyImportInput } from "../../model/index.ts";
import { diffFamilyList } from "../../rules/familyListDiff.ts";
import { reviewQueue } from "../../rules/matchReview.ts";
import {
  addHousehold, addMember, applyFamilyImport, ImportError, readBatches, readHousehold, readHouseholds, readMatchDecisions, readReviewItems, recordMatchDecision, rosterMap,
  undoMatchDecision, updateHousehold, updateMember, type Writer,
} from "./index.ts";

const NOW = new Date("2026-11-22T10:00:00Z");
const LATER = new Date("2026-12-01T08:00:00Z");
let counter = 0;
const as = (by: string): Writer => ({ by, newId: () => `e${(counter++).toString(36)}` });
const batch = (id: string, rows = 3): ImportBatchInput => ({ id, kind: "keluarga", source: { fileName: "PK Namosain.csv", sheet: "", listName: "PK 2026" }, ruleVersion: "", rows });

function family(listId: string, patch: Partial<FamilyImportInput["fields"]> = {}, members: FamilyImportInput["members"] = []): FamilyImportInput {
  return {
    householdId: null,
    listId,
    rowNumber: 2,
    fields: { noKk: "5371011810181295", kepala: `Kepala ${listId}`, rt: 3, rw: 2, alamat: "Jl. Anggrek No. 9", sumberAir: "sumur_terlindung", jamban: "jamban_septik", ...patch },
    members: members.length > 0 ? members : [
      { nik: "5371011304967123", nama: `Kepala ${listId}`, relation: "kepala", sex: "M", birthDate: "1996-04-13" },
      { nik: "5371015608865597", nama: `Istri ${listId}`, relation: "istri", sex: "F", birthDate: "1986-08-16", childrenCount: 2 },
    ],
  };
}

const LIST = [family("PK-1"), family("PK-2", { rt: 4 }), family("PK-3", { rt: 5 })];

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const byList = (doc: Y.Doc, listId: string) => readHouseholds(doc).find((h) => h.sources?.families.some((o) => o.listId === listId));

describe("family list import", () => {
  it("creates households with their members, the list id and the batch, in one transaction", () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on("afterTransaction", () => (transactions += 1));
    const result = applyFamilyImport(doc, batch("b0001"), LIST, as("Pak Lurah"), NOW);
    expect(transactions).toBe(1);
    expect(result.created).toHaveLength(3);
    const h = byList(doc, "PK-2")!;
    expect(h).toMatchObject({ kepala: "Kepala PK-2", rt: 4, rw: 2, noKk: "5371011810181295", sumberAir: "sumur_terlindung", jamban: "jamban_septik" });
    expect(h.sources?.families).toEqual([{ listId: "PK-2", batchId: "b0001" }]);
    expect(h.members.map((m) => [m.nama, m.relation, m.childrenCount])).toEqual(expect.arrayContaining([["Kepala PK-2", "kepala", null], ["Istri PK-2", "istri", 2]]));
    expect(readBatches(doc)).toEqual([
      expect.objectContaining({ id: "b0001", kind: "keluarga", by: "Pak Lurah", source: { fileName: "PK Namosain.csv", sheet: "", listName: "PK 2026" }, counts: expect.objectContaining({ rows: 3, new: 3, changed: 0, unchanged: 0, gone: 0 }) }),
    ]);
  });

  it("importing the same list again adds no household and writes little more than its batch record", () => {
    const doc = new Y.Doc();
    applyFamilyImport(doc, batch("b0001"), LIST, as("A"), NOW);
    const before = Y.encodeStateAsUpdate(doc).length;
    const again = applyFamilyImport(doc, batch("b0002"), LIST, as("A"), LATER);
    expect(readHouseholds(doc)).toHaveLength(3);
    expect(again.batch.counts).toMatchObject({ new: 0, changed: 0, unchanged: 3, gone: 0 });
    expect(Y.encodeStateAsUpdate(doc).length - before).toBeLessThan(200);
    // unchanged households keep the batch that wrote them
    expect(byList(doc, "PK-1")!.sources?.families).toEqual([{ listId: "PK-1", batchId: "b0001" }]);
  });

  it("a newer version updates the families it matched by list id, adds new ones and counts those gone", () => {
    const doc = new Y.Doc();
    applyFamilyImport(doc, batch("b0001"), LIST, as("A"), NOW);
    const firstId = byList(doc, "PK-1")!.id;
    const newer = [family("PK-1", { rt: 7, kepala: "Kepala PK-1 Baru" }), family("PK-2", { rt: 4 }), family("PK-4")];
    const diff = diffFamilyList(readHouseholds(doc), newer);
    expect(diff.new.map((p) => p.family.listId)).toEqual(["PK-4"]);
    expect(diff.changed.map((p) => p.changes.filter((c) => c.record === "household").map((c) => [c.field, c.old, c.new, c.kept]))).toEqual([[["kepala", "Kepala PK-1", "Kepala PK-1 Baru", false], ["rt", 3, 7, false]]]);
    expect(diff.gone.map((g) => g.listId)).toEqual(["PK-3"]);
    const result = applyFamilyImport(doc, batch("b0002"), newer, as("A"), LATER);
    expect(result.batch.counts).toMatchObject({ new: 1, changed: 1, unchanged: 1, gone: 1 });
    const h = readHousehold(doc, firstId)!;
    expect(h).toMatchObject({ rt: 7, kepala: "Kepala PK-1 Baru" });
    expect(h.sources?.families).toEqual([{ listId: "PK-1", batchId: "b0002" }]);
    expect(readHouseholds(doc)).toHaveLength(4);
  });

  it.each([
    ["the household's RT", (d: Y.Doc, id: string) => updateHousehold(d, id, { rt: 9 }, NOW, as("Bidan Ani")), (d: Y.Doc, id: string) => readHousehold(d, id)!.rt, 9, { rt: 6 }, "rt"],
    ["the head's name", (d: Y.Doc, id: string) => updateMember(d, id, readHousehold(d, id)!.members.find((m) => m.relation === "kepala")!.id, { nama: "Yoh. Seran" }, NOW, as("Bidan Ani")), (d: Y.Doc, id: string) => readHousehold(d, id)!.members.find((m) => m.relation === "kepala")!.nama, "Yoh. Seran", {}, "nama"],
  ] as const)("a person's edit of %s is kept against a newer list, and counted", (_, edit, read, kept, fields, field) => {
    const doc = new Y.Doc();
    applyFamilyImport(doc, batch("b0001"), LIST, as("A"), NOW);
    const id = byList(doc, "PK-1")!.id;
    edit(doc, id);
    const newer = family("PK-1", fields, [{ nik: "5371011304967123", nama: "YOHANES SERAN", relation: "kepala" }]);
    const plan = diffFamilyList(readHouseholds(doc), [newer]);
    expect(plan.keptHand).toBeGreaterThanOrEqual(1);
    expect(plan.changed.concat(plan.unchanged).flatMap((p) => p.changes).find((c) => c.field === field)).toMatchObject({ kept: true });
    const result = applyFamilyImport(doc, batch("b0002"), [newer], as("A"), LATER);
    expect(read(doc, id)).toBe(kept);
    expect(result.batch.counts.keptHand).toBeGreaterThanOrEqual(1);
  });

  it("a hand-entered household the wizard matched gets its empty fields and the list id; its own values stay; the next list updates what the list filled", () => {
    const doc = new Y.Doc();
    addHousehold(doc, "hand1", { ...emptyHousehold(), kepala: "Yohanes Seran", rt: 3, rw: 2, alamat: "Jl. Anggrek 9" }, NOW, as("Kader"));
    addMember(doc, "hand1", "m1", { nama: "Yohanes Seran", relation: "kepala" }, NOW, as("Kader"));
    const matched = { ...family("PK-1", { kepala: "YOHANES SERAN", alamat: "Jl. Anggrek No. 9" }), householdId: "hand1" };
    const result = applyFamilyImport(doc, batch("b0001"), [matched], as("A"), NOW);
    expect(result.created).toEqual([]);
    let h = readHousehold(doc, "hand1")!;
    expect(h).toMatchObject({ kepala: "Yohanes Seran", alamat: "Jl. Anggrek 9", noKk: "5371011810181295", sumberAir: "sumur_terlindung" });
    expect(h.sources?.families).toEqual([{ listId: "PK-1", batchId: "b0001" }]);
    expect(result.batch.counts.keptHand).toBe(3); // kepala, alamat and the head's name differ and are the kader's
    // the head was matched by relation: the list's NIK fills the empty one; the wife is added
    expect(h.members.map((m) => [m.id === "m1", m.nik, m.relation])).toEqual(expect.arrayContaining([[true, "5371011304967123", "kepala"], [false, "5371015608865597", "istri"]]));
    // next year's list changes the No. KK the list had filled: it is the list's, so it is updated
    applyFamilyImport(doc, batch("b0002"), [family("PK-1", { noKk: "5371012810056931", kepala: "YOHANES SERAN" })], as("A"), LATER);
    h = readHousehold(doc, "hand1")!;
    expect(h).toMatchObject({ noKk: "5371012810056931", kepala: "Yohanes Seran" });
  });

  it.each([
    ["a malformed batch id", batch("B 1"), LIST, "batch_id"],
    ["a social batch", { ...batch("b0001"), kind: "sosial" as const }, LIST, "batch_kind"],
    ["a list id twice", batch("b0001"), [family("PK-1"), family("PK-1")], "list_id_twice"],
    ["a blank list id", batch("b0001"), [family(" ")], "list_id_blank"],
  ] as const)("refuses %s and writes nothing", (_, input, families, code) => {
    const doc = new Y.Doc();
    addHousehold(doc, "h1", { ...emptyHousehold(), kepala: "X", rt: 1, rw: 1 }, NOW, as("A"));
    const before = Y.encodeStateVector(doc);
    expect(() => applyFamilyImport(doc, input, families, as("A"), NOW)).toThrow(expect.objectContaining({ code }));
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("refuses a batch id already used (a second press of Impor)", () => {
    const doc = new Y.Doc();
    applyFamilyImport(doc, batch("b0001"), LIST, as("A"), NOW);
    expect(() => applyFamilyImport(doc, batch("b0001"), LIST, as("A"), NOW)).toThrow(ImportError);
    expect(readHouseholds(doc)).toHaveLength(3);
  });

  it("two devices importing the same list while offline end with one household per family", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyFamilyImport(a, batch("b000a"), LIST, as("A"), NOW);
    applyFamilyImport(b, batch("b000b"), LIST, as("B"), LATER);
    sync(a, b);
    for (const doc of [a, b]) {
      const households = readHouseholds(doc);
      expect(households).toHaveLength(3);
      expect(households.every((h) => h.members.length === 2)).toBe(true);
    }
    expect(readHouseholds(a).sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(readHouseholds(b).sort((x, y) => (x.id < y.id ? -1 : 1)));
  });

  it("stores no raw row: every record is a compact tuple, and an imported family costs about what a typed one does", () => {
    const doc = new Y.Doc();
    applyFamilyImport(doc, batch("b0001"), LIST, as("A"), NOW);
    const keys = [...rosterMap(doc).keys()];
    expect(keys.filter((k) => k.includes(".k"))).toHaveLength(3);
    expect(keys.filter((k) => k.includes(".m"))).toHaveLength(6);
    expect(keys).toHaveLength(12);
    for (const k of keys) expect(JSON.stringify(rosterMap(doc).get(k)).length).toBeLessThan(120);
  });

  it("a family the wizard is unsure of waits for a person; linked, the next import updates that household by the list id; undone, it waits again", () => {
    const doc = new Y.Doc();
    addHousehold(doc, "hand1", { ...emptyHousehold(), kepala: "Yohanes Seran", rt: 3, rw: 2 }, NOW, as("Kader"));
    const doubtful = family("PK-7", { kepala: "YOHANES SERAN", noKk: "5371012810056931" });
    const result = applyFamilyImport(doc, batch("b0001"), [family("PK-1")], as("A"), NOW, [{ family: doubtful, candidates: [{ householdId: "hand1", score: 5.5, evidence: [{ code: "nama_sama", weight: 4 }] }] }]);
    expect(result.batch.counts).toMatchObject({ new: 1, review: 1 });
    expect(readHouseholds(doc)).toHaveLength(2); // the doubtful family is not imported meanwhile
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
    expect(reviewQueue(readReviewItems(reloaded), readMatchDecisions(reloaded)).map((e) => [e.list, e.rowId, e.item?.family?.fields.kepala])).toEqual([["keluarga", "PK-7", "YOHANES SERAN"]]);
    const d = recordMatchDecision(doc, { list: "keluarga", rowId: "PK-7", householdId: "hand1", outcome: "link", ruleVersion: "ff-1", score: 5.5, evidence: ["nama_sama"] }, as("Bidan Ani"), LATER)!;
    expect(readHousehold(doc, "hand1")!.sources?.families).toEqual([{ listId: "PK-7", batchId: "b0001" }]);
    applyFamilyImport(doc, batch("b0002"), [family("PK-1"), doubtful], as("A"), LATER);
    expect(readHousehold(doc, "hand1")).toMatchObject({ kepala: "Yohanes Seran", noKk: "5371012810056931" });
    expect(readHouseholds(doc)).toHaveLength(2);
    undoMatchDecision(doc, d.id, as("Bidan Ani"), LATER);
    expect(readHousehold(doc, "hand1")!.sources?.families ?? []).toEqual([]);
    expect(reviewQueue(readReviewItems(doc), readMatchDecisions(doc)).map((e) => e.rowId)).toEqual(["PK-7"]);
  });

  it("a family the wizard matches to another household takes its list id along: one household per list id", () => {
    const doc = new Y.Doc();
    applyFamilyImport(doc, batch("b0001"), [family("PK-1")], as("A"), NOW);
    const first = byList(doc, "PK-1")!.id;
    addHousehold(doc, "hand1", { ...emptyHousehold(), kepala: "Kepala PK-1", rt: 3, rw: 2 }, NOW, as("Kader"));
    applyFamilyImport(doc, batch("b0002"), [{ ...family("PK-1"), householdId: "hand1" }], as("A"), LATER);
    expect(readHousehold(doc, "hand1")!.sources?.families.map((o) => o.listId)).toEqual(["PK-1"]);
    expect(readHousehold(doc, first)!.sources?.families ?? []).toEqual([]);
  });
});
