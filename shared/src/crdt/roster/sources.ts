import type * as Y from "yjs";
import { AID_PROGRAMMES, effectiveWelfare, type AidProgramme, type FamilyOrigin, type HandWelfare, type HouseholdSources, type SocialLink } from "../../model/index.ts";
import { createdByImport, IMPORTED_ID_MARK } from "../../model/socialList.ts";
import { batchKey, importMap } from "./importLayout.ts";
import { decodeLink, decodeOrigin } from "./importRecords.ts";
import type { Edits } from "./records.ts";
import { headsOf } from "./registers.ts";

/** A batch's evidence table by batch id (undefined when this device has no such batch). */
export type EvidenceTables = (batchId: string) => readonly string[] | undefined;

const tables = new WeakMap<Y.Doc, Map<string, { raw: unknown; codes: readonly string[] }>>();

/** The evidence tables of the document's batches, read once per stored batch value (Y.Map gives the same object back). */
export function evidenceTables(doc: Y.Doc): EvidenceTables {
  let cache = tables.get(doc);
  if (!cache) tables.set(doc, (cache = new Map()));
  const map = importMap(doc);
  return (batchId) => {
    const raw = map.get(batchKey(batchId));
    const hit = cache.get(batchId);
    if (hit && hit.raw === raw) return hit.codes;
    const e = typeof raw === "object" && raw !== null && Array.isArray((raw as { e?: unknown }).e) ? ((raw as { e: unknown[] }).e.filter((c) => typeof c === "string") as string[]) : undefined;
    if (e) cache.set(batchId, { raw, codes: e });
    return e;
  };
}

export interface ImportParts {
  origins: Map<string, unknown>;
  social: Map<string, unknown>;
  edits: Map<string, Edits>;
}

/**
 * The household's import provenance and its desil/aid (socialList.ts: a hand value stands, else
 * the linked rows'). `own`: the household's decoded register values (desil, aid.<programme>).
 */
export function assembleSources(id: string, parts: ImportParts, own: Record<string, unknown>, evidence: EvidenceTables): { sources: HouseholdSources; desil: number | null; aid: AidProgramme[] } {
  // an imported roster has one of these per family: shared empty lists, no sorting of one element
  let families: FamilyOrigin[] = NONE;
  if (parts.origins.size > 0) {
    families = [];
    for (const [listKey, raw] of parts.origins) {
      const o = decodeOrigin(listKey, raw);
      if (o) families.push(o);
    }
    if (families.length > 1) families.sort((a, b) => (a.listId < b.listId ? -1 : a.listId > b.listId ? 1 : 0));
  }
  let social: SocialLink[] = NONE;
  if (parts.social.size > 0) {
    social = [];
    for (const [rowKey, raw] of parts.social) {
      const link = decodeLink(rowKey, raw, evidence);
      if (link) social.push(link);
    }
    if (social.length > 1) social.sort((a, b) => (a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0));
  }
  const hand: HandWelfare = { desil: typeof own.desil === "number" ? own.desil : null, aid: NO_AID };
  for (const p of AID_PROGRAMMES) {
    const v = own[`aid.${p}`];
    if (v !== true && v !== false) continue;
    if (hand.aid === NO_AID) hand.aid = {};
    hand.aid[p] = v;
  }
  const owners = parts.edits.size > 0 ? editOwners(id, parts.edits) : NO_OWNERS;
  const welfare = effectiveWelfare(hand, social);
  const differs = welfare.differs.length > 0 ? welfare.differs : NONE;
  return { sources: { families, social, hand, differs, handEdited: owners.handEdited, importEdited: owners.importEdited }, desil: welfare.desil, aid: welfare.aid };
}

// shared by every household that has none: readers never mutate a Household
const NONE = Object.freeze([]) as unknown as never[];
const NO_AID: HandWelfare["aid"] = Object.freeze({});
const NO_OWNERS = { handEdited: NONE, importEdited: NONE };

/** Which edited values a person wrote last and which an import did (register entries an import writes have ids starting "_"). */
function editOwners(id: string, edits: Map<string, Edits>): { handEdited: string[]; importEdited: string[] } {
  const handEdited: string[] = [];
  const importEdited: string[] = [];
  const memberPrefix = `${id}.m`;
  for (const [recordKey, byField] of edits) {
    let prefix: string;
    if (recordKey === id) prefix = "";
    else if (recordKey.startsWith(memberPrefix)) prefix = `${recordKey.slice(memberPrefix.length)}.`;
    else continue;
    for (const [field, entries] of byField) {
      const heads = headsOf(entries);
      if (heads.length === 0) continue;
      (heads.some((h) => !h.id.startsWith(IMPORTED_ID_MARK)) ? handEdited : importEdited).push(prefix + field);
    }
  }
  // the keys came in this device's map order: sorted, every device lists them alike
  return { handEdited: handEdited.sort(), importEdited: importEdited.sort() };
}

/** Whether a household needs its sources read: an import made it, or it has import records. */
export function hasSources(id: string, parts: ImportParts): boolean {
  return parts.origins.size > 0 || parts.social.size > 0 || createdByImport(id);
}
