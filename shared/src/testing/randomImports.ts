import type * as Y from "yjs";
import {
  applyFamilyImport, applySocialLinks, followSocialList, householdIds, ImportError, readMatchDecisions, recordMatchDecision, undoMatchDecision, type Writer,
} from "../crdt/roster/index.ts";
import { IMPORTED_HOUSEHOLD_FIELDS, SOCIAL_PROGRAMMES, type HouseholdFields, type FamilyImportInput, type SocialRow } from "../model/index.ts";
import type { Prng } from "./prng.ts";

/**
 * Random imports and match decisions for the convergence fuzzer (randomEdits.ts), made only
 * through the roster adapters. Small pools of list ids (PK-0..5, DT-0..5) make two peers import
 * the same families, link the same rows and decide the same pairs while apart.
 */
const POOL = 6;
const BATCH_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

export interface ImportEditContext {
  now: Date;
  writer: Writer;
  /** random household fields (randomEdits.ts's) to draw a family's from */
  householdFields: HouseholdFields;
}

const batchId = (prng: Prng): string => Array.from({ length: 5 }, () => BATCH_CHARS[prng.int(0, BATCH_CHARS.length - 1)]).join("");

function distinct(prng: Prng, prefix: string, count: number): string[] {
  const ids = new Set<string>();
  while (ids.size < count) ids.add(`${prefix}${prng.int(0, POOL - 1)}`);
  return [...ids];
}

function family(prng: Prng, listId: string, households: string[], ctx: ImportEditContext): FamilyImportInput {
  const fields: Record<string, unknown> = {};
  for (const f of IMPORTED_HOUSEHOLD_FIELDS) if (prng.bool(0.6)) fields[f] = ctx.householdFields[f];
  const members: FamilyImportInput["members"] = [{ nama: prng.words(1, 3), relation: "kepala", nik: prng.bool(0.5) ? `53710${prng.int(10_000_000_000, 99_999_999_999)}` : "" }];
  if (prng.bool(0.6)) members.push({ nama: prng.words(1, 2), relation: "istri", sex: "F", childrenCount: prng.int(0, 5) });
  const householdId = households.length > 0 && prng.bool(0.2) ? prng.pick(households) : null;
  return { householdId, listId, rowNumber: 2, fields, members };
}

function row(prng: Prng, id: string): SocialRow {
  return {
    id,
    nik: prng.bool(0.7) ? `53710${prng.int(10_000_000_000, 99_999_999_999)}` : "",
    noKk: "",
    name: prng.words(1, 3),
    birthDate: "",
    rt: prng.int(1, 5),
    rw: prng.int(1, 3),
    alamat: prng.words(0, 3),
    desil: prng.bool(0.9) ? prng.int(1, 10) : null,
    aid: SOCIAL_PROGRAMMES.filter(() => prng.bool(0.4)),
  };
}

const refused = (what: string, e: unknown): string => {
  if (e instanceof ImportError) return `${what} -> refused ${e.code}`;
  throw e;
};

export function importEdit(prng: Prng, doc: Y.Doc, ctx: ImportEditContext): string {
  const households = householdIds(doc).sort();
  const r = prng.next();
  const id = batchId(prng);
  if (r < 0.25) {
    const families = distinct(prng, "PK-", prng.int(1, 3)).map((listId) => family(prng, listId, households, ctx));
    const what = `applyFamilyImport ${id} ${families.map((f) => `${f.listId}${f.householdId ? `=${f.householdId}` : ""}`).join(",")}`;
    try {
      const result = applyFamilyImport(doc, { id, kind: "keluarga", source: { fileName: "pk.csv", sheet: "", listName: "" }, ruleVersion: "", rows: families.length }, families, ctx.writer, ctx.now);
      return `${what} -> new ${result.created.length}, changed ${result.changed.length}`;
    } catch (e) {
      return refused(what, e);
    }
  }
  if (r < 0.5) {
    const rows = distinct(prng, "DT-", prng.int(1, 4)).map((rowId) => row(prng, rowId));
    const input = { links: [] as Parameters<typeof applySocialLinks>[2]["links"], reviews: [] as Parameters<typeof applySocialLinks>[2]["reviews"], unmatched: [] as SocialRow[], complete: prng.bool(0.3) };
    for (const rw of rows) {
      const k = prng.next();
      if (households.length > 0 && k < 0.5) input.links.push({ householdId: prng.pick(households), row: rw, score: prng.int(100, 300) / 10, evidence: ["nik_sama", "nama_mirip"].filter(() => prng.bool(0.5)) });
      else if (households.length > 0 && k < 0.8) input.reviews.push({ row: rw, candidates: distinctOf(prng, households).map((householdId) => ({ householdId, score: prng.int(0, 80) / 10, evidence: [{ code: "nama_mirip", weight: 2.5 }] })) });
      else input.unmatched.push(rw);
    }
    const what = `applySocialLinks ${id} links ${input.links.length} reviews ${input.reviews.length} complete ${input.complete}`;
    try {
      const b = applySocialLinks(doc, { id, kind: "sosial", source: { fileName: "dtsen.csv", sheet: "", listName: "" }, ruleVersion: "fs-1", rows: rows.length }, input, ctx.writer, ctx.now);
      return `${what} -> linked ${b.counts.linked}, review ${b.counts.review}, gone ${b.counts.gone}`;
    } catch (e) {
      return refused(what, e);
    }
  }
  if (r < 0.8) {
    const list = prng.bool(0.8) ? ("sosial" as const) : ("keluarga" as const);
    const rowId = `${list === "sosial" ? "DT-" : "PK-"}${prng.int(0, POOL - 1)}`;
    const outcome = prng.pick(["link", "link", "reject", "later"] as const);
    const householdId = households.length === 0 || (outcome === "reject" && prng.bool(0.3)) ? "" : prng.pick(households);
    const d = recordMatchDecision(doc, { list, rowId, householdId, outcome, ruleVersion: "fs-1", score: prng.int(0, 80) / 10, evidence: ["nama_mirip"] }, ctx.writer, ctx.now);
    return `recordMatchDecision ${list} ${rowId} ${outcome} ${householdId} -> ${d ? d.id : "nothing to link"}`;
  }
  if (r < 0.92) {
    const decisions = readMatchDecisions(doc);
    if (decisions.length === 0) return "undoMatchDecision -> none";
    const target = prng.pick(decisions);
    return `undoMatchDecision ${target.id} -> ${undoMatchDecision(doc, target.id, ctx.writer, ctx.now)?.id ?? "not undoable"}`;
  }
  if (households.length === 0) return "followSocialList -> no household";
  const household = prng.pick(households);
  const field = prng.pick(["desil", ...SOCIAL_PROGRAMMES] as const);
  return `followSocialList ${household} ${field} -> ${followSocialList(doc, household, field, ctx.now, ctx.writer)}`;
}

function distinctOf(prng: Prng, ids: readonly string[]): string[] {
  const out = new Set<string>([prng.pick(ids)]);
  if (ids.length > 1 && prng.bool(0.4)) out.add(prng.pick(ids));
  return [...out];
}
