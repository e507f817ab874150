import type * as Y from "yjs";
import { emptyHousehold, listKeyOf, type Household, type ImportBatch, type ImportBatchInput, type FamilyImportInput, type ReviewCandidate } from "../../model/index.ts";
import { IMPORTED_ID_MARK } from "../../model/socialList.ts";
import { planFamily, writesSomething, type FamilyPlan } from "../../rules/familyListDiff.ts";
import { checkBatch, writeBatch } from "./importBatches.ts";
import { ImportError } from "./importErrors.ts";
import { importIndexSteps } from "./importIndex.ts";
import { encodeOrigin } from "./importRecords.ts";
import { encodeReview, reviewKey } from "./importLayout.ts";
import { BatchWriter, makeImportJob, type BatchWork, type ImportJob } from "./importSlices.ts";
import { memberKey, originKey } from "./keys.ts";
import { assembleHousehold, householdParts, type HouseholdParts } from "./read.ts";
import { encodeBase, writePatch, type Writer } from "./records.ts";
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from "./schema.ts";
import { evidenceTables } from "./sources.ts";

/**
 * A family the wizard's family-against-family matching is unsure of (matchFamiliesToFamilies): it is
 * queued for a person (it survives a reload) instead of being imported. A person's link
 * (recordMatchDecision, list "keluarga") writes the list id onto the household; the family's values
 * then come with the next applyFamilyImport (the wizard can run one for the linked families at once).
 */
export interface FamilyReviewInput {
  family: FamilyImportInput;
  candidates: ReviewCandidate[];
}

export interface FamilyImportResult {
  batch: ImportBatch;
  /** ids of the households created, in the list's order */
  created: string[];
  /** ids of the households updated (a field or a member written) */
  changed: string[];
  /** each family's plan as written (rules/familyListDiff.ts), in the list's order */
  plans: FamilyPlan[];
}

/**
 * Applies a family list (BKKBN Pendataan Keluarga) to the roster as ONE transaction (a test, a small
 * list): startFamilyImport's job run in one step. The app writes large lists in slices instead.
 */
export function applyFamilyImport(doc: Y.Doc, input: ImportBatchInput, families: readonly FamilyImportInput[], writer: Writer, now: Date, reviews: readonly FamilyReviewInput[] = []): FamilyImportResult {
  const job = startFamilyImport(doc, input, families, writer, now, reviews);
  doc.transact(() => {
    while (!job.step(() => false));
  });
  return job.result();
}

/**
 * A family list (BKKBN Pendataan Keluarga) as an import job written in slices (importSlices.ts): a
 * batch cut short shows nothing on any device and leaves the roster as it was. Each family updates
 * the household the wizard matched (householdId), else the household an earlier batch linked to its
 * list id, else becomes a new household; the plan of rules/familyListDiff.ts decides which values are
 * written (a person's hand-entered value is kept and counted). Changed and new households keep the
 * list id and this batch (`<household>.k<list key>`); unchanged ones keep the batch that last wrote them.
 *
 * Ids an import makes derive from the list id (households: "_" + a hash of it; members: of the
 * household and the person), so two devices importing the same list while offline make the same
 * records, which merge instead of doubling the kelurahan, and a list imported again after an
 * interrupted import writes the same records. Register entries the import writes have the id
 * "_<batch>": later imports know the value is the list's, not a person's.
 *
 * Refuses (ImportError, nothing written): a malformed or used batch id, a blank or repeated list id.
 */
export function startFamilyImport(doc: Y.Doc, input: ImportBatchInput, families: readonly FamilyImportInput[], writer: Writer, now: Date, reviews: readonly FamilyReviewInput[] = []): ImportJob<FamilyImportResult> {
  checkBatch(doc, input, "keluarga");
  const seen = new Set<string>();
  for (const f of [...families, ...reviews.map((r) => r.family)]) {
    if (f.listId.trim() === "") throw new ImportError("list_id_blank", String(f.rowNumber));
    if (seen.has(f.listId)) throw new ImportError("list_id_twice", f.listId);
    seen.add(f.listId);
  }
  const w = new BatchWriter(doc, input.id);
  const describe = { kind: "keluarga" as const, fileName: input.source.fileName, by: writer.by, at: Math.floor(now.getTime() / 1000), total: families.length + reviews.length };
  return makeImportJob(doc, w, describe, familyWork(doc, w, input, families, reviews, writer, now));
}

function* familyWork(doc: Y.Doc, w: BatchWriter, input: ImportBatchInput, families: readonly FamilyImportInput[], reviews: readonly FamilyReviewInput[], writer: Writer, now: Date): BatchWork<FamilyImportResult> {
  const importWriter: Writer = { by: writer.by, newId: () => `${IMPORTED_ID_MARK}${input.id}` };
  const tables = evidenceTables(doc);
  const result: FamilyImportResult = { batch: null as unknown as ImportBatch, created: [], changed: [], plans: [] };
  let keptHand = 0;
  let unchanged = 0;
  const createdAt = now.toISOString();
  const links = yield* importIndexSteps(doc);
  const touched = new Set<string>();
  const present = (id: string) => Array.isArray(w.get(id));
  for (const family of families) {
    const listKey = listKeyOf(family.listId);
    const givenId = family.householdId !== null && present(family.householdId) ? family.householdId : null;
    const existingId = givenId ?? links.origins.get(listKey)?.find(present) ?? null;
    const parts = existingId === null ? null : householdParts(doc, existingId);
    const existing: Household | null = parts && existingId !== null ? assembleHousehold(existingId, parts, tables) : null;
    const plan = planFamily(existing, family);
    result.plans.push(plan);
    keptHand += plan.changes.filter((c) => c.kept).length;
    const linked = existing !== null && existing.sources?.families.some((o) => o.listId === family.listId) === true;
    let target: string;
    if (existing && parts) {
      target = existing.id;
      touched.add(target);
      if (!writesSomething(plan) && linked) {
        unchanged += 1;
        yield;
        continue;
      }
      writeHouseholdPlan(w, existing.id, parts, plan, importWriter, now);
      result.changed.push(existing.id);
    } else {
      const id = newHouseholdId(w, listKey);
      target = id;
      touched.add(id);
      w.set(id, encodeBase(HOUSEHOLD_FIELDS, { ...EMPTY, ...plan.patch, createdAt }));
      const used = new Set<string>();
      for (const m of plan.members) addImportedMember(w, id, m.patch, used);
      result.created.push(id);
    }
    w.set(originKey(target, listKey), encodeOrigin(family.listId, input.id));
    // a list's family is one household: a link an earlier batch made elsewhere moves here (the wizard matched it here)
    for (const other of links.origins.get(listKey) ?? []) if (other !== target) w.remove(originKey(other, listKey));
    yield;
  }
  for (const r of reviews) {
    w.setImport(reviewKey("keluarga", listKeyOf(r.family.listId)), encodeReview({ list: "keluarga", rowId: r.family.listId, batchId: input.id, at: now.toISOString(), social: null, family: r.family, candidates: r.candidates }));
    yield;
  }
  let gone = 0;
  let looked = 0;
  for (const ids of links.origins.values()) {
    if (ids.some((id) => !touched.has(id) && present(id))) gone += 1;
    if (++looked % 2048 === 0) yield 0;
  }
  return () => {
    result.batch = writeBatch(doc, input, { new: result.created.length, changed: result.changed.length, unchanged, gone, keptHand, review: reviews.length }, [], writer, now);
    return result;
  };
}

const EMPTY = { ...emptyHousehold(), consent: null };

/**
 * "_" and 11 characters of a hash of the list id; the next variant when that id is taken (a household
 * whose link a person removed). A household only a batch written in part made is not taken: this
 * batch writes the same one again.
 */
function newHouseholdId(w: BatchWriter, listKey: string): string {
  for (let n = 0; ; n++) {
    const id = IMPORTED_ID_MARK + hashId(n === 0 ? `keluarga|${listKey}` : `keluarga|${listKey}|${n}`, 11);
    if (!w.has(id)) return id;
  }
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * `length` (up to 12) base-36 characters of two 32-bit hashes of `text` (FNV-1a with murmur3's
 * finaliser; six characters, about 31 bits, from each): the same on every device, and cheap
 * (ids.ts's stableHash took a tenth of a 20,000-family import). Not cryptographic.
 */
export function hashId(text: string, length: number): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 2246822519);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507);
  a = Math.imul(a ^ (a >>> 13), 3266489909);
  a = (a ^ (a >>> 16)) >>> 0;
  b = Math.imul(b ^ (b >>> 16), 2246822507);
  b = Math.imul(b ^ (b >>> 13), 3266489909);
  b = (b ^ (b >>> 16)) >>> 0;
  let out = "";
  for (let i = 0; i < length; i++) {
    const word = i < 6 ? a : b;
    out += DIGITS[word % 36];
    if (i < 6) a = Math.floor(a / 36);
    else b = Math.floor(b / 36);
  }
  return out;
}

function memberIdFor(householdId: string, person: Record<string, unknown>, used: Set<string>): string {
  const who = typeof person.nik === "string" && person.nik !== "" ? person.nik : `${String(person.relation ?? "")}|${String(person.nama ?? "")}`;
  for (let n = 0; ; n++) {
    const id = IMPORTED_ID_MARK + hashId(`${householdId}|${who}|${n}`, 5);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

function addImportedMember(w: BatchWriter, householdId: string, patch: Record<string, unknown>, used: Set<string>): void {
  w.set(memberKey(householdId, memberIdFor(householdId, patch, used)), encodeBase(MEMBER_FIELDS, patch));
}

const NO_NOTE = () => undefined;

function writeHouseholdPlan(w: BatchWriter, id: string, parts: HouseholdParts, plan: FamilyPlan, writer: Writer, now: Date): void {
  // the batch writer notes keys in the index when it writes them (end of the slice)
  const map = w.patchMap;
  writePatch(HOUSEHOLD_FIELDS, { map, key: id, base: parts.base, edits: parts.edits.get(id), onKey: NO_NOTE }, plan.patch, writer, now);
  const used = new Set(parts.members.keys());
  for (const m of plan.members) {
    if (m.memberId === null) {
      addImportedMember(w, id, m.patch, used);
      continue;
    }
    const base = parts.members.get(m.memberId);
    if (!base || Object.keys(m.patch).length === 0) continue;
    const key = memberKey(id, m.memberId);
    writePatch(MEMBER_FIELDS, { map, key, base, edits: parts.edits.get(key), onKey: NO_NOTE }, m.patch, writer, now);
  }
}
