import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { emptyHousehold, type ImportBatchInput, type SocialRow } from "../../model/index.ts";
import { reviewQueue } from "../../rules/matchReview.ts";
import {
  addHousehold, applySocialLinks, followSocialList, readBatches, readHousehold, readMatchDecisions, readReviewItems, recordMatchDecision, rosterMap, setAid,
  undoMatchDecision, updateHousehold, type SocialImportInput, type Writer,
} from "./index.ts";

const NOW = new Date("2026-11-22T10:00:00Z");
const LATER = new Date("2026-12-01T08:00:00Z");
let counter = 0;
const as = (by: string): Writer => ({ by, newId: () => `e${(counter++).toString(36)}` });
const batch = (id: string): ImportBatchInput => ({ id, kind: "sosial", source: { fileName: "DTSEN Namosain.xlsx", sheet: "Data", listName: "DTSEN Okt 2026" }, ruleVersion: "fs-1", rows: 3 });

function row(id: string, patch: Partial<SocialRow> = {}): SocialRow {
  return { id, nik: "5371011304967123", noKk: "5371011810181295", name: "YOHANES SERAN", birthDate: "", rt: 3, rw: 2, alamat: "Jl. Anggrek", desil: 2, aid: ["PKH"], ...patch };
}

/** Three hand-entered families: h1 with no desil, h2 whose kader typed desil 5 and ticked BPNT, h3 a namesake. */
function roster(): Y.Doc {
  const doc = new Y.Doc();
  addHousehold(doc, "h1", { ...emptyHousehold(), kepala: "Yohanes Seran", rt: 3, rw: 2 }, NOW, as("Kader"));
  addHousehold(doc, "h2", { ...emptyHousehold(), kepala: "Maria Bria", rt: 4, rw: 2, desil: 5 }, NOW, as("Kader"), { aid: ["BPNT"] });
  addHousehold(doc, "h3", { ...emptyHousehold(), kepala: "Yohanes Seran", rt: 9, rw: 2 }, NOW, as("Kader"));
  return doc;
}

const input = (patch: Partial<SocialImportInput> = {}): SocialImportInput => ({
  links: [
    { householdId: "h1", row: row("DT-1"), score: 21.34, evidence: ["nik_sama", "nama_sama", "rt_sama"] },
    { householdId: "h2", row: row("DT-2", { nik: "5371015608865597", desil: 3, aid: ["PBI"] }), score: 14, evidence: ["nik_sama"] },
  ],
  reviews: [{ row: row("DT-3", { nik: "", desil: 1, aid: ["PKH", "BPNT"] }), candidates: [{ householdId: "h3", score: 4.2, evidence: [{ code: "nama_sama", weight: 3.1, values: { a: "Yohanes Seran" } }] }, { householdId: "h1", score: 3.9, evidence: [] }] }],
  unmatched: [],
  complete: true,
  ...patch,
});

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const queue = (doc: Y.Doc) => reviewQueue(readReviewItems(doc), readMatchDecisions(doc));

describe("social list import", () => {
  it("links sure pairs: the household shows the row's data and source, and its desil and aid follow the list", () => {
    const doc = roster();
    const b = applySocialLinks(doc, batch("s0001"), input(), as("Pak Lurah"), NOW);
    expect(b.counts).toMatchObject({ rows: 3, linked: 2, review: 1, unmatched: 0 });
    const h1 = readHousehold(doc, "h1")!;
    expect(h1).toMatchObject({ desil: 2, aid: ["PKH"] });
    expect(h1.sources?.social).toEqual([
      { rowId: "DT-1", batchId: "s0001", desil: 2, aid: ["PKH"], nikMasked: "5371********7123", how: "auto", by: "", at: "", score: 21.3, evidence: ["nik_sama", "nama_sama", "rt_sama"] },
    ]);
    expect(readBatches(doc)[0]).toMatchObject({ id: "s0001", kind: "sosial", by: "Pak Lurah", ruleVersion: "fs-1", source: { sheet: "Data" } });
  });

  it("keeps a hand-entered desil and aid against the list, shows the difference, and follows the list when a person chooses", () => {
    const doc = roster();
    applySocialLinks(doc, batch("s0001"), input(), as("A"), NOW);
    let h2 = readHousehold(doc, "h2")!;
    // the kader's desil 5 and BPNT stand; the list's PBI (no hand value) is added
    expect(h2).toMatchObject({ desil: 5, aid: ["BPNT", "PBI"] });
    expect(h2.sources?.differs).toEqual([{ field: "desil", hand: 5, list: 3 }, { field: "BPNT", hand: true, list: false }]);
    followSocialList(doc, "h2", "desil", LATER, as("Bidan Ani"));
    followSocialList(doc, "h2", "BPNT", LATER, as("Bidan Ani"));
    h2 = readHousehold(doc, "h2")!;
    expect(h2).toMatchObject({ desil: 3, aid: ["PBI"] });
    expect(h2.sources?.differs).toEqual([]);
  });

  it("unticking a programme the list has is a hand 'no' that stands; unticking one it lacks stores nothing special", () => {
    const doc = roster();
    applySocialLinks(doc, batch("s0001"), input(), as("A"), NOW);
    setAid(doc, "h1", "PKH", false, LATER, as("Bidan Ani"));
    expect(readHousehold(doc, "h1")!).toMatchObject({ aid: [], sources: expect.objectContaining({ differs: [{ field: "PKH", hand: false, list: true }] }) });
    setAid(doc, "h3", "PKH", true, LATER, as("Bidan Ani"));
    setAid(doc, "h3", "PKH", false, LATER, as("Bidan Ani"));
    const stored = [...rosterMap(doc).entries()].filter(([k]) => k.startsWith("h3/aid.PKH/")).map(([, v]) => (v as unknown[])[0]);
    expect(stored).toEqual([null]);
  });

  it("a hand edit of desil after the import is not overwritten by a newer list", () => {
    const doc = roster();
    applySocialLinks(doc, batch("s0001"), input(), as("A"), NOW);
    updateHousehold(doc, "h1", { desil: 6 }, LATER, as("Bidan Ani"));
    applySocialLinks(doc, batch("s0002"), input({ links: [{ ...input().links[0]!, row: row("DT-1", { desil: 1 }) }, input().links[1]!] }), as("A"), LATER);
    expect(readHousehold(doc, "h1")).toMatchObject({ desil: 6, sources: expect.objectContaining({ differs: [{ field: "desil", hand: 6, list: 1 }] }) });
  });

  it("a re-import of the same list writes only its batch record; a changed row updates its link and batch", () => {
    const doc = roster();
    applySocialLinks(doc, batch("s0001"), input(), as("A"), NOW);
    const size = Y.encodeStateAsUpdate(doc).length;
    let written = 0;
    doc.on("update", (u: Uint8Array) => (written += u.length));
    applySocialLinks(doc, batch("s0002"), input(), as("A"), LATER);
    expect(Y.encodeStateAsUpdate(doc).length - size).toBeLessThan(200);
    // the batch record alone (the doubtful pair is not queued again)
    expect(written).toBeLessThan(200);
    expect(readReviewItems(doc)[0]?.batchId).toBe("s0001");
    expect(readHousehold(doc, "h1")!.sources?.social[0]?.batchId).toBe("s0001");
    applySocialLinks(doc, batch("s0003"), input({ links: [{ ...input().links[0]!, row: row("DT-1", { desil: 4, aid: [] }) }, input().links[1]!] }), as("A"), LATER);
    expect(readHousehold(doc, "h1")).toMatchObject({ desil: 4, aid: [], sources: expect.objectContaining({ social: [expect.objectContaining({ batchId: "s0003", desil: 4, aid: [] })] }) });
  });

  it.each([
    ["a complete list removes the links of rows it no longer has", true, { desil: null, social: 0 }],
    ["a partial list (one RW) leaves them", false, { desil: 2, social: 1 }],
  ] as const)("%s", (_, complete, expected) => {
    const doc = roster();
    applySocialLinks(doc, batch("s0001"), input(), as("A"), NOW);
    const b = applySocialLinks(doc, batch("s0002"), input({ links: [input().links[1]!], reviews: [], complete }), as("A"), LATER);
    const h1 = readHousehold(doc, "h1")!;
    expect(h1.desil).toBe(expected.desil);
    expect(h1.sources?.social ?? []).toHaveLength(expected.social);
    expect(b.counts.gone).toBe(complete ? 2 : 0); // DT-1's link and the waiting DT-3
  });

  it("keeps a doubtful pair waiting across a reload, with what the review screen shows (NIK and No. KK masked)", () => {
    const doc = roster();
    applySocialLinks(doc, batch("s0001"), input(), as("A"), NOW);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
    const [entry] = queue(reloaded);
    expect(entry).toMatchObject({ state: "open", rowId: "DT-3", item: { batchId: "s0001", social: { name: "YOHANES SERAN", nik: "", noKk: "5371********1295", desil: 1, aid: ["PKH", "BPNT"] } } });
    expect(entry!.item!.candidates.map((c) => [c.householdId, c.score, c.evidence])).toEqual([["h3", 4.2, [{ code: "nama_sama", weight: 3.1, values: { a: "Yohanes Seran" } }]], ["h1", 3.9, []]]);
    expect(JSON.stringify(entry)).not.toContain("5371011810181295");
  });

  it.each([
    ["link", "h3", { state: [], h3: 1, h1: 2 }],
    ["reject", "", { state: [], h3: null, h1: 2 }],
    ["later", "h3", { state: ["later"], h3: null, h1: 2 }],
  ] as const)("a person's %s is recorded with who, when and the rule version, and undone, and the undo undone", (outcome, householdId, expected) => {
    const doc = roster();
    applySocialLinks(doc, batch("s0001"), input(), as("A"), NOW);
    const d = recordMatchDecision(doc, { list: "sosial", rowId: "DT-3", householdId, outcome, ruleVersion: "fs-1", score: 4.2, evidence: ["nama_sama"] }, as("Bidan Ani"), LATER)!;
    expect(d).toMatchObject({ outcome, by: "Bidan Ani", at: LATER.toISOString(), ruleVersion: "fs-1", score: 4.2, evidence: ["nama_sama"], supersedes: [] });
    expect(queue(doc).map((e) => e.state)).toEqual(expected.state);
    expect(readHousehold(doc, "h3")!.desil).toBe(expected.h3);
    expect(readHousehold(doc, "h1")!.desil).toBe(expected.h1);
    if (outcome === "link") expect(readHousehold(doc, "h3")!.sources?.social[0]).toMatchObject({ how: "person", by: "Bidan Ani", at: LATER.toISOString(), score: 4.2, evidence: ["nama_sama"], nikMasked: "" });
    const undo = undoMatchDecision(doc, d.id, as("Pak Lurah"), LATER)!;
    expect(undo).toMatchObject({ outcome: "undo", undoes: d.id, supersedes: [d.id], by: "Pak Lurah" });
    expect(queue(doc).map((e) => [e.rowId, e.state])).toEqual([["DT-3", "open"]]);
    expect(readHousehold(doc, "h3")!.desil).toBeNull();
    expect(undoMatchDecision(doc, d.id, as("Pak Lurah"), LATER)).toBeNull(); // superseded by its undo
    undoMatchDecision(doc, undo.id, as("Pak Lurah"), LATER);
    expect(queue(doc).map((e) => e.state)).toEqual(expected.state);
    expect(readHousehold(doc, "h3")!.desil).toBe(expected.h3);
    expect(readMatchDecisions(doc)).toHaveLength(3);
  });

  it("rejecting an automatic link removes it and the household stops following that row; undo brings it back", () => {
    const doc = roster();
    applySocialLinks(doc, batch("s0001"), input(), as("A"), NOW);
    const d = recordMatchDecision(doc, { list: "sosial", rowId: "DT-1", householdId: "h1", outcome: "reject", ruleVersion: "fs-1", score: 21.3, evidence: [] }, as("Bidan Ani"), LATER)!;
    expect(readHousehold(doc, "h1")).toMatchObject({ desil: null, aid: [] });
    // the next import does not link the rejected pair again
    const b = applySocialLinks(doc, batch("s0002"), input(), as("A"), LATER);
    expect(b.counts.skippedRejected).toBe(1);
    expect(readHousehold(doc, "h1")!.desil).toBeNull();
    undoMatchDecision(doc, d.id, as("Bidan Ani"), LATER);
    expect(readHousehold(doc, "h1")).toMatchObject({ desil: 2, aid: ["PKH"] });
  });

  it("a row a person linked stays with that household when the matcher later prefers another, with the newer list's data", () => {
    const doc = roster();
    applySocialLinks(doc, batch("s0001"), input(), as("A"), NOW);
    recordMatchDecision(doc, { list: "sosial", rowId: "DT-3", householdId: "h3", outcome: "link", ruleVersion: "fs-1", score: 4.2, evidence: [] }, as("Bidan Ani"), LATER);
    const b = applySocialLinks(doc, batch("s0002"), input({ links: [...input().links, { householdId: "h1", row: row("DT-3", { desil: 2, aid: [] }), score: 30, evidence: [] }], reviews: [] }), as("A"), LATER);
    expect(b.counts.keptPerson).toBe(1);
    expect(readHousehold(doc, "h3")).toMatchObject({ desil: 2, sources: expect.objectContaining({ social: [expect.objectContaining({ rowId: "DT-3", how: "person", by: "Bidan Ani", batchId: "s0002" })] }) });
    expect(readHousehold(doc, "h1")!.sources?.social.map((l) => l.rowId)).toEqual(["DT-1"]);
  });

  it("two phones deciding the same pair differently while offline both keep their record, and the pair comes back as a conflict", () => {
    const a = roster();
    applySocialLinks(a, batch("s0001"), input(), as("A"), NOW);
    const b = new Y.Doc();
    sync(a, b);
    recordMatchDecision(a, { list: "sosial", rowId: "DT-3", householdId: "h3", outcome: "link", ruleVersion: "fs-1", score: 4.2, evidence: [] }, as("Bidan Ani"), LATER);
    recordMatchDecision(b, { list: "sosial", rowId: "DT-3", householdId: "", outcome: "reject", ruleVersion: "fs-1", score: 4.2, evidence: [] }, as("Kader Yuli"), LATER);
    sync(a, b);
    for (const doc of [a, b]) {
      const q = queue(doc);
      expect(q.map((e) => [e.rowId, e.state, e.heads.map((d) => d.by).sort()])).toEqual([["DT-3", "conflict", ["Bidan Ani", "Kader Yuli"]]]);
      expect(q[0]!.item?.social?.name).toBe("YOHANES SERAN");
    }
    // a person settles it: the decision supersedes both
    recordMatchDecision(a, { list: "sosial", rowId: "DT-3", householdId: "h3", outcome: "link", ruleVersion: "fs-1", score: 4.2, evidence: [] }, as("Pak Lurah"), LATER);
    sync(a, b);
    expect(queue(b)).toEqual([]);
    expect(readHousehold(b, "h3")!.desil).toBe(1);
  });

  it("ignores junk an untrusted peer writes in import records", () => {
    const doc = roster();
    const map = rosterMap(doc);
    map.set("h1.sDT-9", { not: "a tuple" });
    map.set("h1.sDT-8", [42, "x"]);
    map.set("h1.kPK-9", 17);
    map.set("h1.s", [1]);
    doc.getMap("i").set("qsDT-7", "junk");
    doc.getMap("i").set("dzzz", { r: 1 });
    doc.getMap("i").set("bABCDE", { c: "x" });
    expect(readHousehold(doc, "h1")).toMatchObject({ desil: null, aid: [], sources: expect.objectContaining({ social: [], families: [] }) });
    expect(readReviewItems(doc)).toEqual([]);
    expect(readMatchDecisions(doc)).toEqual([]);
    expect(readBatches(doc)).toEqual([]);
  });
});
