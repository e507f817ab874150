import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { emptyHousehold, type FamilyImportInput, type ImportBatchInput, type SocialRow } from "../../model/index.ts";
import { project } from "../../testing/convergence.ts";
import { buildImportIndex, importIndexSteps } from "./importIndex.ts";
import { decodeJournal, encodeJournal } from "./importJournal.ts";
import {
  addHousehold, applyFamilyImport, applySocialLinks, IMPORT_ROOT, observeHouseholds, readHousehold, readHouseholds, readPendingImports, startFamilyImport, startImportRollback,
  startSocialImport, updateHousehold, type ImportJob, type SocialImportInput, type Writer,
} from "./index.ts";

const NOW = new Date("2026-11-22T10:00:00Z");
const LATER = new Date("2026-12-01T08:00:00Z");
let counter = 0;
const as = (by: string): Writer => ({ by, newId: () => `e${(counter++).toString(36)}` });
const familyBatch = (id: string): ImportBatchInput => ({ id, kind: "keluarga", source: { fileName: "PK Namosain.csv", sheet: "", listName: "" }, ruleVersion: "", rows: 8 });
const socialBatch = (id: string): ImportBatchInput => ({ id, kind: "sosial", source: { fileName: "DTSEN.csv", sheet: "", listName: "" }, ruleVersion: "fs-1", rows: 4 });

function family(listId: string, patch: Partial<FamilyImportInput["fields"]> = {}, householdId: string | null = null): FamilyImportInput {
  return {
    householdId,
    listId,
    rowNumber: 2,
    fields: { noKk: "5371011810181295", kepala: `Kepala ${listId}`, rt: 3, rw: 2, alamat: "Jl. Anggrek", sumberAir: "sumur_terlindung", jamban: "jamban_septik", ...patch },
    members: [
      { nik: "5371011304967123", nama: `Kepala ${listId}`, relation: "kepala", sex: "M", birthDate: "1996-04-13" },
      { nik: "5371015608865597", nama: `Istri ${listId}`, relation: "istri", sex: "F", birthDate: "1986-08-16", childrenCount: 2 },
    ],
  };
}

const row = (id: string, patch: Partial<SocialRow> = {}): SocialRow => ({ id, nik: "", noKk: "", name: "YOHANES SERAN", birthDate: "", rt: 3, rw: 2, alamat: "", desil: 2, aid: ["PKH"], ...patch });

/**
 * A kelurahan the lists have been imported into once (PK-1..PK-4, a link for DT-1), a household typed
 * in by hand ("tangan") and a hand edit on PK-1's household: the newer list replaces values, moves a
 * list id, adds families, so its slices overwrite keys as well as add them.
 */
function village(): { doc: Y.Doc; ids: Record<string, string> } {
  const doc = new Y.Doc();
  addHousehold(doc, "tangan", { ...emptyHousehold(), kepala: "Yohanes Seran", rt: 9, rw: 1 }, NOW, as("Kader"));
  const first = applyFamilyImport(doc, familyBatch("k0001"), ["PK-1", "PK-2", "PK-3", "PK-4"].map((id) => family(id)), as("Lurah"), NOW);
  const ids = Object.fromEntries(first.created.map((id, i) => [`PK-${i + 1}`, id]));
  updateHousehold(doc, ids["PK-1"]!, { alamat: "Jl. Mawar 3" }, NOW, as("Kader"));
  applySocialLinks(doc, socialBatch("s0001"), { links: [{ householdId: ids["PK-2"]!, row: row("DT-1"), score: 20, evidence: ["nik_sama"] }], reviews: [], unmatched: [], complete: true }, as("Lurah"), NOW);
  return { doc, ids };
}

/** The newer family list: PK-2 moved RT, PK-3 found as the hand-typed household, PK-5..PK-8 new, PK-4 gone; one doubtful family. */
const newerList = (): { families: FamilyImportInput[]; reviews: Parameters<typeof startFamilyImport>[5] } => ({
  families: [family("PK-1"), family("PK-2", { rt: 7, kepala: "Kepala PK-2 Baru" }), family("PK-3", {}, "tangan"), family("PK-5"), family("PK-6"), family("PK-7"), family("PK-8")],
  reviews: [{ family: family("PK-9"), candidates: [{ householdId: "tangan", score: 3, evidence: [] }] }],
});

const newerSocial = (ids: Record<string, string>): SocialImportInput => ({
  links: [
    { householdId: ids["PK-1"]!, row: row("DT-1", { desil: 1 }), score: 20, evidence: ["nik_sama"] },
    { householdId: ids["PK-3"]!, row: row("DT-2", { desil: 3, aid: ["BPNT"] }), score: 18, evidence: ["nama_sama"] },
  ],
  reviews: [{ row: row("DT-3"), candidates: [{ householdId: "tangan", score: 4, evidence: [] }] }],
  unmatched: [row("DT-4")],
  complete: true,
});

const view = (doc: Y.Doc) => JSON.stringify({ ...(project("roster", doc) as object), index: [...buildImportIndex(doc).origins].sort(), social: [...buildImportIndex(doc).social].sort() });
const oneAtATime = () => true;
const journalKeys = (doc: Y.Doc) => [...doc.getMap(IMPORT_ROOT).keys()].filter((k) => k.startsWith("j"));

function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Runs `slices` steps of the job on `doc`, each update delivered to `other` as it is made; after each, `check()`. */
function writeSlices<R>(doc: Y.Doc, job: ImportJob<R>, slices: number, other: Y.Doc, check: () => void): boolean {
  const send = (update: Uint8Array) => Y.applyUpdate(other, update);
  doc.on("update", send);
  let done = false;
  for (let i = 0; i < slices && !done; i++) {
    done = job.step(oneAtATime);
    check();
  }
  doc.off("update", send);
  return done;
}

describe("an import batch written in slices", () => {
  it("shows nothing of itself on any replica, slice after slice, until its batch record; then all of it at once", () => {
    const { doc } = village();
    const other = replicaOf(doc);
    const before = view(doc);
    const { families, reviews } = newerList();
    const job = startFamilyImport(doc, familyBatch("k0002"), families, as("Lurah"), LATER, reviews);
    const heard: string[][] = [];
    const stop = observeHouseholds(other, (ids) => heard.push([...ids]));
    const done = writeSlices(doc, job, 6, other, () => {
      expect(view(doc)).toBe(before);
      expect(view(other)).toBe(before);
    });
    expect(done).toBe(false);
    expect(journalKeys(other).length).toBeGreaterThan(0);
    // the other replica's roster projection heard of no household while the slices came
    expect(heard).toEqual([]);
    const send = (update: Uint8Array) => Y.applyUpdate(other, update);
    doc.on("update", send);
    while (!job.step(oneAtATime));
    stop();
    // the same as the whole list in one transaction
    const reference = village().doc;
    applyFamilyImport(reference, familyBatch("k0002"), families, as("Lurah"), LATER, reviews);
    expect(view(doc)).toBe(view(reference));
    expect(view(other)).toBe(view(reference));
    expect(journalKeys(other)).toEqual([]);
    expect(heard.flat()).toEqual(expect.arrayContaining(job.result().created));
  });

  it("an interrupted family batch rolled back leaves every replica as it was, its overwritten values back, and no journal", () => {
    const { doc, ids } = village();
    const other = replicaOf(doc);
    const before = view(doc);
    const { families, reviews } = newerList();
    writeSlices(doc, startFamilyImport(doc, familyBatch("k0002"), families, as("Lurah"), LATER, reviews), 4, other, () => undefined);
    expect(readPendingImports(other)).toEqual([expect.objectContaining({ id: "k0002", kind: "keluarga", fileName: "PK Namosain.csv", by: "Lurah", total: 8 })]);
    // the tab closed: a new session on the same device rolls it back
    const again = replicaOf(doc);
    const rollback = startImportRollback(again, "k0002");
    const send = (update: Uint8Array) => Y.applyUpdate(other, update);
    again.on("update", send);
    while (!rollback.step(oneAtATime)) expect(view(other)).toBe(before);
    expect(view(again)).toBe(before);
    expect(view(other)).toBe(before);
    expect(readHousehold(other, ids["PK-2"]!)).toMatchObject({ rt: 3, kepala: "Kepala PK-2" });
    expect(readPendingImports(other)).toEqual([]);
    expect(journalKeys(other)).toEqual([]);
  });

  it("an interrupted family batch is finished by importing the same list again: the same households, as one import would make them", () => {
    const { doc } = village();
    const { families, reviews } = newerList();
    writeSlices(doc, startFamilyImport(doc, familyBatch("k0002"), families, as("Lurah"), LATER, reviews), 4, new Y.Doc(), () => undefined);
    const again = replicaOf(doc);
    const rollback = startImportRollback(again, "k0002");
    while (!rollback.step(oneAtATime));
    const redo = startFamilyImport(again, familyBatch("k0003"), families, as("Lurah"), LATER, reviews);
    while (!redo.step(oneAtATime));
    const reference = village().doc;
    applyFamilyImport(reference, familyBatch("k0003"), families, as("Lurah"), LATER, reviews);
    expect(view(again)).toBe(view(reference));
  });

  it("a list imported again over an interrupted batch it never rolled back shows right, and the old batch's rollback later takes back only what is still its own", () => {
    const { doc } = village();
    const other = replicaOf(doc);
    const { families, reviews } = newerList();
    writeSlices(doc, startFamilyImport(doc, familyBatch("k0002"), families, as("Lurah"), LATER, reviews), 4, other, () => undefined);
    const redo = startFamilyImport(other, familyBatch("k0003"), families, as("Lurah"), LATER, reviews);
    while (!redo.step(oneAtATime));
    const reference = village().doc;
    applyFamilyImport(reference, familyBatch("k0003"), families, as("Lurah"), LATER, reviews);
    expect(view(other)).toBe(view(reference));
    // the interrupted batch's own device rolls it back once it hears of the redo: nothing anyone sees changes
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    const rollback = startImportRollback(doc, "k0002");
    while (!rollback.step(oneAtATime));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)));
    expect(view(doc)).toBe(view(reference));
    expect(view(other)).toBe(view(reference));
  });

  it("a social batch cut short links nothing and drops no link anywhere; completed, it is what one transaction writes", () => {
    const { doc, ids } = village();
    const other = replicaOf(doc);
    const before = view(doc);
    const job = startSocialImport(doc, socialBatch("s0002"), newerSocial(ids), as("Lurah"), LATER);
    writeSlices(doc, job, 3, other, () => expect(view(other)).toBe(before));
    // DT-1 is still linked where it was, and the list's desil does not show yet
    expect(readHousehold(other, ids["PK-2"]!)!.sources?.social.map((s) => s.rowId)).toEqual(["DT-1"]);
    expect(readHousehold(other, ids["PK-1"]!)!.desil).toBeNull();
    const send = (update: Uint8Array) => Y.applyUpdate(other, update);
    doc.on("update", send);
    while (!job.step(oneAtATime));
    const reference = village().doc;
    applySocialLinks(reference, socialBatch("s0002"), newerSocial(ids), as("Lurah"), LATER);
    expect(view(other)).toBe(view(reference));
    expect(readHousehold(other, ids["PK-1"]!)!.desil).toBe(1);
  });

  it("an edit a person makes on another replica while the batch is pending stands when it commits, and after a rollback", () => {
    for (const outcome of ["commit", "rollback"] as const) {
      const { doc, ids } = village();
      const other = replicaOf(doc);
      const { families, reviews } = newerList();
      const job = startFamilyImport(doc, familyBatch("k0002"), families, as("Lurah"), LATER, reviews);
      writeSlices(doc, job, 3, other, () => undefined);
      updateHousehold(other, ids["PK-2"]!, { alamat: "Jl. Kenanga 1" }, LATER, as("Bidan Ani"));
      if (outcome === "commit") while (!job.step(oneAtATime));
      else {
        const rollback = startImportRollback(doc, "k0002");
        while (!rollback.step(oneAtATime));
      }
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)));
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
      expect(readHousehold(doc, ids["PK-2"]!)).toMatchObject({ alamat: "Jl. Kenanga 1", rt: outcome === "commit" ? 7 : 3 });
      expect(view(doc)).toBe(view(other));
      expect(readHouseholds(doc).length).toBe(outcome === "commit" ? 9 : 5);
    }
  });

  it("the whole batch in one step writes no journal", () => {
    const { doc } = village();
    const written: string[] = [];
    doc.getMap(IMPORT_ROOT).observe((e) => written.push(...e.keysChanged));
    const { families, reviews } = newerList();
    const job = startFamilyImport(doc, familyBatch("k0002"), families, as("Lurah"), LATER, reviews);
    while (!job.step(() => false));
    expect(written.filter((k) => k.startsWith("j"))).toEqual([]);
  });

  it("tells its runner how many keys the slice has written, so a runner can bound a slice by what it will cost to send and store", () => {
    // the runner (web/src/state/importRunner.ts) stops a slice at a number of keys: a slice writes what it was told, no more
    const doc = new Y.Doc();
    const families = Array.from({ length: 40 }, (_, i) => family(`PK-${i + 1}`));
    const job = startFamilyImport(doc, familyBatch("k0003"), families, as("Lurah"), NOW);
    const slices: Array<{ told: number[]; keys: number }> = [];
    const before = new Set<string>();
    doc.on("afterTransaction", (tr: Y.Transaction) => {
      const roster: unknown = doc.getMap("r");
      const keys = [...tr.changed].find(([type]) => type === roster)?.[1] ?? new Set<string | null>();
      slices.at(-1)!.keys = [...keys].filter((k) => k !== null && !before.has(k)).length;
      for (const k of keys) if (k !== null) before.add(k);
    });
    let done = false;
    while (!done) {
      const told: number[] = [];
      slices.push({ told, keys: 0 });
      done = job.step((written) => {
        told.push(written);
        return written >= 10;
      });
    }
    // each family writes 4 keys (household, two members, its list id): a slice stops at the first count of 10 or more
    const writing = slices.filter((s) => s.told.length > 0 && s.keys > 0);
    expect(writing.length).toBeGreaterThan(5);
    for (const s of writing.slice(0, -1)) {
      expect(s.told).toEqual([4, 8, 12]);
      expect(s.keys).toBe(12);
    }
    expect(readHouseholds(doc)).toHaveLength(40);
  });
});

describe("an import batch written in slices, its edges", () => {
  it("a batch of which another tab rolled back the slices it had is refused at its commit, and its writer's rollback leaves the roster as it was", () => {
    const { doc } = village();
    const before = view(doc);
    const { families, reviews } = newerList();
    const job = startFamilyImport(doc, familyBatch("k0002"), families, as("Lurah"), LATER, reviews);
    const tab = replicaOf(doc);
    writeSlices(doc, job, 3, tab, () => undefined);
    // the other tab (the same device, no lock seen) takes back what it has
    const rollback = startImportRollback(tab, "k0002");
    while (!rollback.step(oneAtATime));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(tab, Y.encodeStateVector(doc)));
    expect(() => {
      while (!job.step(oneAtATime));
    }).toThrow(expect.objectContaining({ name: "ImportError", code: "batch_rolled_back" }));
    expect(view(doc)).toBe(before);
    const rest = startImportRollback(doc, "k0002");
    while (!rest.step(oneAtATime));
    expect(view(doc)).toBe(before);
    expect(journalKeys(doc)).toEqual([]);
    expect(readPendingImports(doc)).toEqual([]);
  });

  it("two batches written in part at once: the one that commits shows, the other stays hidden until its own commit", () => {
    const { doc, ids } = village();
    const before = view(doc);
    const { families, reviews } = newerList();
    const family = startFamilyImport(doc, familyBatch("k0002"), families, as("Lurah"), LATER, reviews);
    const social = startSocialImport(doc, socialBatch("s0002"), newerSocial(ids), as("Kader"), LATER);
    const has = (id: string) => readPendingImports(doc).some((p) => p.id === id);
    while (!has("k0002")) family.step(oneAtATime);
    while (!has("s0002")) social.step(oneAtATime);
    family.step(oneAtATime);
    expect(readPendingImports(doc).map((p) => p.id).sort()).toEqual(["k0002", "s0002"]);
    expect(view(doc)).toBe(before);
    while (!social.step(oneAtATime));
    expect(readPendingImports(doc).map((p) => p.id)).toEqual(["k0002"]);
    // the social list shows (PK-1's desil), the family list's new households do not yet
    expect(readHousehold(doc, ids["PK-1"]!)!.desil).toBe(1);
    expect(readHouseholds(doc).length).toBe(5);
    while (!family.step(oneAtATime));
    expect(readPendingImports(doc)).toEqual([]);
    expect(readHouseholds(doc).length).toBe(9);
  });

  it("the index read in steps is the index read at once", () => {
    const { doc, ids } = village();
    applySocialLinks(doc, socialBatch("s0002"), newerSocial(ids), as("Lurah"), LATER);
    const steps = importIndexSteps(doc);
    let next = steps.next();
    while (!next.done) next = steps.next();
    const once = buildImportIndex(doc);
    expect([...next.value.origins].sort()).toEqual([...once.origins].sort());
    expect([...next.value.social].sort()).toEqual([...once.social].sort());
    expect(once.social.size).toBeGreaterThan(0);
  });
});

describe("the journal's format", () => {
  const journal = { kind: "sosial" as const, fileName: "DTSEN.csv", by: "Lurah", at: 1_795_000_000, done: 40, total: 900, client: 7, from: 12, count: 3, roster: [{ key: "hh1", before: undefined }, { key: "hh1.sDT-1", before: [1, 2] }, { key: "hh2.m01", before: undefined }], imports: [{ key: "qsDT-2", before: { x: 1 } }, { key: "qsDT-3", before: undefined }] };

  it("reads back what it wrote, keys grouped by household", () => {
    const raw = encodeJournal(journal, (key) => key.split(".")[0]!);
    expect(raw.r).toEqual({ hh1: ["", [".sDT-1", [1, 2]]], hh2: [".m01"] });
    expect(decodeJournal("jk0002a", raw)).toEqual({ ...journal, batchId: "k0002" });
  });

  it.each([
    ["a key of another kind", "bk0002", {}],
    ["a short key", "jk00", {}],
    ["no object", "jk00020", [1, 2]],
    ["another version", "jk00020", { v: 2, c: 1, s: 1, n: 1 }],
    ["no clock range", "jk00020", { v: 1, c: 1, n: 1 }],
    ["a negative count", "jk00020", { v: 1, c: 1, s: 1, n: -1 }],
  ])("junk is no journal: %s", (_, key, raw) => {
    expect(decodeJournal(key, raw)).toBeNull();
  });

  it("skips entries an untrusted peer made up: odd household ids, import keys that are batches or journals", () => {
    const decoded = decodeJournal("jk00020", { v: 1, c: 1, s: 1, n: 1, r: { "../x": [""], hh1: ["", 7, [".m1"]] }, q: ["bk0001", "jk00011", "qsDT-1", ["qsDT-2", { y: 1 }]] });
    expect(decoded?.roster).toEqual([{ key: "hh1", before: undefined }]);
    expect(decoded?.imports).toEqual([{ key: "qsDT-1", before: undefined }, { key: "qsDT-2", before: { y: 1 } }]);
  });
});
