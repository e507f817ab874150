import type * as Y from "yjs";
import {
  DECISION_OUTCOMES, EMPTY_COUNTS, LIST_KINDS, isBatchId, type ImportBatch, type ImportCounts, type FamilyImportInput, type MemberImportInput, type ListKind,
  type MatchDecision, type ReviewCandidate, type ReviewItem, type SocialRow,
} from "../../model/index.ts";
import { IMPORTED_MEMBER_FIELDS } from "../../model/familyImportInput.ts";
import type { MatchEvidence } from "../../rules/matching/types.ts";
import { aidBits } from "./importRecords.ts";
import { SOCIAL_PROGRAMMES } from "../../model/socialList.ts";

/**
 * The roster document's second root map, "i": the bookkeeping of imports, few
 * entries (one per batch, per doubtful pair, per decision a person made), kept
 * apart from the household records in "r" so reading the roster never walks it.
 *
 *   b<batch id>            an import batch (ImportBatch)
 *   q<s|k><list key>       a pair waiting for a person: the row's snapshot and its candidate households
 *   d<decision id>         a match decision (MatchDecision), with what it replaced so it can be undone
 *   j<batch id><slice>     the journal of a batch being written in slices, gone once it commits (importJournal.ts)
 *
 * Values are small plain objects with short keys; readers take only known keys
 * of the expected type (an untrusted peer's junk reads as absent).
 */
export const IMPORT_ROOT = "i";

export function importMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(IMPORT_ROOT);
}

export const batchKey = (batchId: string): string => `b${batchId}`;
export const reviewKey = (list: ListKind, rowKey: string): string => `q${list === "sosial" ? "s" : "k"}${rowKey}`;
export const decisionKey = (id: string): string => `d${id}`;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const secondsOf = (d: Date): number => Math.floor(d.getTime() / 1000);
const isoOfSeconds = (v: unknown): string => (typeof v === "number" && Number.isFinite(v) && v > 0 && v < 1e11 ? new Date(v * 1000).toISOString() : "");
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);
const listOf = (v: unknown): ListKind => (v === 1 ? "sosial" : "keluarga");
const listCode = (l: ListKind): number => LIST_KINDS.indexOf(l);

// ---- batches

const COUNT_ORDER = Object.keys(EMPTY_COUNTS) as Array<keyof ImportCounts>;

export function encodeBatch(b: ImportBatch): Obj {
  return {
    k: listCode(b.kind),
    f: b.source.fileName,
    s: b.source.sheet,
    n: b.source.listName,
    at: secondsOf(new Date(b.at)),
    by: b.by,
    v: b.ruleVersion,
    c: COUNT_ORDER.map((k) => b.counts[k]),
    e: b.evidenceCodes,
  };
}

export function decodeBatch(id: string, raw: unknown): ImportBatch | null {
  if (!isObj(raw) || !isBatchId(id)) return null;
  const c = Array.isArray(raw.c) ? raw.c : [];
  const counts = { ...EMPTY_COUNTS };
  COUNT_ORDER.forEach((k, i) => (counts[k] = num(c[i]) ?? 0));
  return {
    id,
    kind: listOf(raw.k),
    source: { fileName: str(raw.f), sheet: str(raw.s), listName: str(raw.n) },
    at: isoOfSeconds(raw.at),
    by: str(raw.by),
    ruleVersion: str(raw.v),
    counts,
    evidenceCodes: strings(raw.e),
  };
}

// ---- review items

function maskDigits(value: string): string {
  const digits = value.replace(/[\s.-]/g, "");
  return digits.length <= 8 ? "*".repeat(digits.length) : digits.slice(0, 4) + "*".repeat(digits.length - 8) + digits.slice(-4);
}

/** A social row as a review keeps it: NIK and No. KK masked (the review shows them masked; the evidence says how they compare). */
function encodeSocialRow(r: SocialRow): unknown[] {
  return [r.id, maskDigits(r.nik), maskDigits(r.noKk), r.name, r.birthDate, r.rt, r.rw, r.alamat, r.desil, aidBits(r.aid)];
}

function decodeSocialRow(raw: unknown): SocialRow | null {
  if (!Array.isArray(raw) || typeof raw[0] !== "string") return null;
  const bits = num(raw[9]) ?? 0;
  return {
    id: raw[0],
    nik: str(raw[1]),
    noKk: str(raw[2]),
    name: str(raw[3]),
    birthDate: str(raw[4]),
    rt: num(raw[5]),
    rw: num(raw[6]),
    alamat: str(raw[7]),
    desil: num(raw[8]),
    aid: SOCIAL_PROGRAMMES.filter((_, i) => (bits & (1 << i)) !== 0),
  };
}

function decodeFamily(raw: unknown): FamilyImportInput | null {
  if (!isObj(raw) || typeof raw.listId !== "string") return null;
  const fields: Obj = isObj(raw.fields) ? raw.fields : {};
  const clean: Obj = {};
  for (const [k, v] of Object.entries(fields)) if (["noKk", "kepala", "dusun", "alamat", "sumberAir", "jamban"].includes(k) ? typeof v === "string" : ["rt", "rw"].includes(k) && (v === null || typeof v === "number")) clean[k] = v;
  const members: MemberImportInput[] = (Array.isArray(raw.members) ? raw.members : []).filter(isObj).map((m) => {
    const out: Obj = {};
    for (const f of IMPORTED_MEMBER_FIELDS) if (typeof m[f] === "string" || (f === "childrenCount" && (m[f] === null || typeof m[f] === "number"))) out[f] = m[f];
    return out as MemberImportInput;
  });
  return { householdId: typeof raw.householdId === "string" ? raw.householdId : null, listId: raw.listId, rowNumber: num(raw.rowNumber) ?? 0, fields: clean, members };
}

function decodeEvidenceList(raw: unknown): MatchEvidence[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObj).filter((e) => typeof e.code === "string").map((e) => {
    const out: MatchEvidence = { code: e.code as string, weight: num(e.weight) ?? 0 };
    if (isObj(e.values)) {
      const values: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(e.values)) if (typeof v === "string" || typeof v === "number") values[k] = v;
      out.values = values;
    }
    return out;
  });
}

export function encodeReview(item: ReviewItem): Obj {
  return {
    l: listCode(item.list),
    r: item.rowId,
    b: item.batchId,
    at: secondsOf(new Date(item.at)),
    x: item.social ? encodeSocialRow(item.social) : null,
    f: item.family,
    c: item.candidates.map((c) => ({ h: c.householdId, s: c.score, e: c.evidence })),
  };
}

export function decodeReview(raw: unknown): ReviewItem | null {
  if (!isObj(raw) || typeof raw.r !== "string") return null;
  const candidates: ReviewCandidate[] = (Array.isArray(raw.c) ? raw.c : [])
    .filter(isObj)
    .filter((c) => typeof c.h === "string")
    .map((c) => ({ householdId: c.h as string, score: num(c.s) ?? 0, evidence: decodeEvidenceList(c.e) }));
  return { list: listOf(raw.l), rowId: raw.r, batchId: str(raw.b), at: isoOfSeconds(raw.at), social: decodeSocialRow(raw.x), family: decodeFamily(raw.f), candidates };
}

// ---- decisions

/** What a decision replaced: the row's records in the households before it ([household id, stored value]) and the review item. */
export interface DecisionPrevious {
  records: Array<[string, unknown]>;
  review: unknown;
}

export function encodeDecision(d: MatchDecision, prev: DecisionPrevious): Obj {
  return {
    l: listCode(d.list),
    r: d.rowId,
    h: d.householdId,
    o: DECISION_OUTCOMES.indexOf(d.outcome),
    by: d.by,
    at: secondsOf(new Date(d.at)),
    v: d.ruleVersion,
    s: d.score,
    e: d.evidence,
    sup: d.supersedes,
    u: d.undoes,
    p: prev.records,
    q: prev.review ?? null,
  };
}

export function decodeDecision(id: string, raw: unknown): (MatchDecision & { previous: DecisionPrevious }) | null {
  if (!isObj(raw) || typeof raw.r !== "string" || typeof raw.h !== "string") return null;
  const outcome = typeof raw.o === "number" ? DECISION_OUTCOMES[raw.o] : undefined;
  if (!outcome) return null;
  const records = (Array.isArray(raw.p) ? raw.p : []).filter((p): p is [string, unknown] => Array.isArray(p) && p.length === 2 && typeof p[0] === "string");
  return {
    id,
    list: listOf(raw.l),
    rowId: raw.r,
    householdId: raw.h,
    outcome,
    by: str(raw.by),
    at: isoOfSeconds(raw.at),
    ruleVersion: str(raw.v),
    score: num(raw.s),
    evidence: strings(raw.e),
    supersedes: strings(raw.sup),
    undoes: typeof raw.u === "string" ? raw.u : null,
    item: decodeReview(raw.q),
    previous: { records, review: raw.q ?? null },
  };
}
