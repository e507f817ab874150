import type * as Y from "yjs";
import { emptyHousehold, listKeyOf, type Household, type ImportBatch, type ImportBatchInput, type FamilyImportInput, type ReviewCandidate } from "../../model/index.ts";
import { IMPORTED_ID_MARK } from "../../model/socialList.ts";
import { planFamily, writesSomething, type FamilyPlan } from "../../rules/familyListDiff.ts";
import { checkBatch, writeBatch } from "./importBatches.ts";
import { ImportError } from "./importErrors.ts";
import { buildImportIndex } from "./importIndex.ts";
import { encodeOrigin } from "./importRecords.ts";
import { encodeReview, importMap, reviewKey } from "./importLayout.ts";
import { rosterIndex } from "./keyIndex.ts";
import { memberKey, originKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";
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
 * Applies a family list (BKKBN Pendataan Keluarga) to the roster as ONE transaction: an import
 * cut short (the tab closed) leaves the roster as it was. Each family updates the household the
 * wizard matched (householdId), else the household an earlier batch linked to its list id, else
 * becomes a new household; the plan of rules/familyListDiff.ts decides which values are written
 * (a person's hand-entered value is kept and counted). Changed and new households keep the list
 * id and this batch (`<household>.k<list key>`); unchanged ones keep the batch that last wrote them.
 *
 * Ids an import makes derive from the list id (households: "_" + a hash of it; members: of the
 * household and the person), so two devices importing the same list while offline make the same
 * records, which merge instead of doubling the kelurahan. Register entries the import writes have
 * the id "_<batch>": later imports know the value is the list's, not a person's.
 *
 * Refuses (ImportError, nothing written): a malformed or used batch id, a blank or repeated list id.
 */
export function applyFamilyImport(doc: Y.Doc, input: ImportBatchInput, families: readonly FamilyImportInput[], writer: Writer, now: Date, reviews: readonly FamilyReviewInput[] = []): FamilyImportResult {
  checkBatch(doc, input, "keluarga");
  const seen = new Set<string>();
  for (const f of [...families, ...reviews.map((r) => r.family)]) {
    if (f.listId.trim() === "") throw new ImportError("list_id_blank", String(f.rowNumber));
    if (seen.has(f.listId)) throw new ImportError("list_id_twice", f.listId);
    seen.add(f.listId);
  }
  const map = rosterMap(doc);
  const index = rosterIndex(doc);
  const importWriter: Writer = { by: writer.by, newId: () => `${IMPORTED_ID_MARK}${input.id}` };
  const tables = evidenceTables(doc);
  const result: FamilyImportResult = { batch: null as unknown as ImportBatch, created: [], changed: [], plans: [] };
  let keptHand = 0;
  let unchanged = 0;
  const createdAt = now.toISOString();
  doc.transact(() => {
    const links = buildImportIndex(doc);
    const touched = new Set<string>();
    for (const family of families) {
      const listKey = listKeyOf(family.listId);
      const givenId = family.householdId !== null && Array.isArray(map.get(family.householdId)) ? family.householdId : null;
      const existingId = givenId ?? links.origins.get(listKey)?.find((id) => Array.isArray(map.get(id))) ?? null;
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
          continue;
        }
        writeHouseholdPlan(doc, existing.id, parts, plan, importWriter, now);
        result.changed.push(existing.id);
      } else {
        const id = newHouseholdId(map, listKey);
        target = id;
        touched.add(id);
        map.set(id, encodeBase(HOUSEHOLD_FIELDS, { ...EMPTY, ...plan.patch, createdAt }));
        const used = new Set<string>();
        for (const m of plan.members) addImportedMember(map, index.note, id, m.patch, used);
        result.created.push(id);
      }
      const key = originKey(target, listKey);
      map.set(key, encodeOrigin(family.listId, input.id));
      index.note(key, true);
      // a list's family is one household: a link an earlier batch made elsewhere moves here (the wizard matched it here)
      for (const other of links.origins.get(listKey) ?? []) {
        if (other === target) continue;
        map.delete(originKey(other, listKey));
        index.note(originKey(other, listKey), false);
      }
    }
    const imports = importMap(doc);
    for (const r of reviews) {
      imports.set(reviewKey("keluarga", listKeyOf(r.family.listId)), encodeReview({ list: "keluarga", rowId: r.family.listId, batchId: input.id, at: now.toISOString(), social: null, family: r.family, candidates: r.candidates }));
    }
    let gone = 0;
    for (const ids of links.origins.values()) if (ids.some((id) => !touched.has(id) && Array.isArray(map.get(id)))) gone += 1;
    result.batch = writeBatch(doc, input, { new: result.created.length, changed: result.changed.length, unchanged, gone, keptHand, review: reviews.length }, [], writer, now);
  });
  return result;
}

const EMPTY = { ...emptyHousehold(), consent: null };

/** "_" and 11 characters of a hash of the list id; the next variant when that id is taken (a household whose link a person removed). */
function newHouseholdId(map: Y.Map<unknown>, listKey: string): string {
  for (let n = 0; ; n++) {
    const id = IMPORTED_ID_MARK + hashId(n === 0 ? `keluarga|${listKey}` : `keluarga|${listKey}|${n}`, 11);
    if (!map.has(id)) return id;
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

function addImportedMember(map: Y.Map<unknown>, note: (key: string, present: boolean) => void, householdId: string, patch: Record<string, unknown>, used: Set<string>): void {
  const key = memberKey(householdId, memberIdFor(householdId, patch, used));
  map.set(key, encodeBase(MEMBER_FIELDS, patch));
  note(key, true);
}

function writeHouseholdPlan(doc: Y.Doc, id: string, parts: HouseholdParts, plan: FamilyPlan, writer: Writer, now: Date): void {
  const map = rosterMap(doc);
  const note = rosterIndex(doc).note;
  writePatch(HOUSEHOLD_FIELDS, { map, key: id, base: parts.base, edits: parts.edits.get(id), onKey: note }, plan.patch, writer, now);
  const used = new Set(parts.members.keys());
  for (const m of plan.members) {
    if (m.memberId === null) {
      addImportedMember(map, note, id, m.patch, used);
      continue;
    }
    const base = parts.members.get(m.memberId);
    if (!base || Object.keys(m.patch).length === 0) continue;
    const key = memberKey(id, m.memberId);
    writePatch(MEMBER_FIELDS, { map, key, base, edits: parts.edits.get(key), onKey: note }, m.patch, writer, now);
  }
}
