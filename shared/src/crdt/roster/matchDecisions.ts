import type * as Y from "yjs";
import { listKeyOf, type ListKind, type MatchDecision, type MatchDecisionInput, type ReviewItem } from "../../model/index.ts";
import { decisionsByRow, decisionsOfRow, type RowDecisions } from "../../rules/matchReview.ts";
import { buildImportIndex } from "./importIndex.ts";
import { decisionKey, decodeDecision, decodeReview, encodeDecision, importMap, reviewKey, type DecisionPrevious } from "./importLayout.ts";
import { decodeOrigin, encodeEvidence, encodeLink, encodeOrigin } from "./importRecords.ts";
import { rosterIndex } from "./keyIndex.ts";
import { pendingImports } from "./importPending.ts";
import { originKey, socialKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";
import type { Writer } from "./records.ts";

type StoredDecision = NonNullable<ReturnType<typeof decodeDecision>>;

function readStoredDecisions(doc: Y.Doc): StoredDecision[] {
  const out: StoredDecision[] = [];
  for (const [key, raw] of importMap(doc).entries()) {
    if (!key.startsWith("d")) continue;
    const d = decodeDecision(key.slice(1), raw);
    if (d) out.push(d);
  }
  return out;
}

/** Every decision a person made (and every undo), in id order. */
export function readMatchDecisions(doc: Y.Doc): MatchDecision[] {
  return readStoredDecisions(doc)
    .map(({ previous: _previous, ...d }) => d)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The pairs waiting for a person (importLayout.ts "q"), in no particular order: rules/matchReview.ts orders them.
 * Pairs a batch written only in part queued are not there yet (importPending.ts).
 */
export function readReviewItems(doc: Y.Doc): ReviewItem[] {
  const out: ReviewItem[] = [];
  const pending = pendingImports(doc);
  for (const [key, stored] of importMap(doc).entries()) {
    if (!key.startsWith("q")) continue;
    const raw = pending.active ? pending.importValue(key) : stored;
    if (raw === undefined) continue;
    const item = decodeReview(raw);
    if (item) out.push(item);
  }
  return out;
}

/** The current decisions of each row of one list, by row id. */
export function currentDecisions(doc: Y.Doc, list: ListKind): Map<string, RowDecisions> {
  const out = new Map<string, RowDecisions>();
  for (const row of decisionsByRow(readStoredDecisions(doc)).values()) if (row.heads[0]?.list === list) out.set(row.heads[0].rowId, row);
  return out;
}

/** The row's records in every household that holds one: social-list links, or family-list ids. */
function holdersOf(doc: Y.Doc, list: ListKind, rowKey: string): Array<[string, unknown]> {
  const index = buildImportIndex(doc);
  if (list === "sosial") return index.social.get(rowKey) ?? [];
  const pending = pendingImports(doc);
  return (index.origins.get(rowKey) ?? []).map((h): [string, unknown] => [h, pending.rosterValue(originKey(h, rowKey))]);
}

const recordKeyOf = (list: ListKind, householdId: string, rowKey: string): string => (list === "sosial" ? socialKey(householdId, rowKey) : originKey(householdId, rowKey));

function setRecord(doc: Y.Doc, key: string, value: unknown): void {
  rosterMap(doc).set(key, value);
  rosterIndex(doc).note(key, true);
}

function dropRecord(doc: Y.Doc, key: string): void {
  const map = rosterMap(doc);
  if (!map.has(key)) return;
  map.delete(key);
  rosterIndex(doc).note(key, false);
}

/**
 * Records a decision about a pair (a list row, a household) and does what it says, in one
 * transaction: link (the row's link, or for a family list its id, is written to the household
 * and removed from any other; the waiting item is put away), reject (the pair's link is removed,
 * for householdId "" every candidate's; the item is put away), later (the item stays). The
 * decision keeps what it replaced, so undoMatchDecision can put it back.
 *
 * Returns null, writing nothing, when a link has nothing to link: the household is gone, or the
 * row is neither waiting for review nor linked anywhere (its data would be unknown).
 */
export function recordMatchDecision(doc: Y.Doc, input: MatchDecisionInput, writer: Writer, now: Date): MatchDecision | null {
  const imports = importMap(doc);
  // what the person sees: not what an import batch written only in part wrote (importPending.ts)
  const pending = pendingImports(doc);
  const rowKey = listKeyOf(input.rowId);
  const qKey = reviewKey(input.list, rowKey);
  const itemRaw = pending.importValue(qKey);
  const item = decodeReview(itemRaw);
  const holders = holdersOf(doc, input.list, rowKey);
  let linkValue: unknown = null;
  if (input.outcome === "link") {
    if (!Array.isArray(pending.rosterValue(input.householdId))) return null;
    linkValue = input.list === "sosial" ? personLink(input, item, holders, writer, now) : familyLink(input, item, holders, rowKey);
    if (linkValue === null) return null;
  }
  let decision: MatchDecision | null = null;
  doc.transact(() => {
    const { heads } = decisionsOfRow(decisionsByRow(readStoredDecisions(doc)), input.list, input.rowId);
    const previous: DecisionPrevious = { records: holders.map(([h, raw]) => [h, raw]), review: itemRaw ?? null };
    if (input.outcome === "link") {
      for (const [h] of holders) if (h !== input.householdId) dropRecord(doc, recordKeyOf(input.list, h, rowKey));
      setRecord(doc, recordKeyOf(input.list, input.householdId, rowKey), linkValue);
      imports.delete(qKey);
    } else if (input.outcome === "reject") {
      const targets = input.householdId !== "" ? [input.householdId] : [...(item?.candidates.map((c) => c.householdId) ?? []), ...holders.map(([h]) => h)];
      for (const h of targets) dropRecord(doc, recordKeyOf(input.list, h, rowKey));
      imports.delete(qKey);
    }
    decision = writeDecision(doc, { ...input, undoes: null, supersedes: heads.map((d) => d.id), item }, previous, writer, now);
  });
  return decision;
}

/**
 * Undoes a decision that is its row's only current one (a decision another was made over, or one
 * in conflict, is not undone: the person settles the row instead). The records and the waiting
 * item are put back as they were before it, and the undo is recorded as a decision of its own
 * (which can itself be undone). Null when there is nothing to undo.
 */
export function undoMatchDecision(doc: Y.Doc, decisionId: string, writer: Writer, now: Date): MatchDecision | null {
  const all = readStoredDecisions(doc);
  const target = all.find((d) => d.id === decisionId);
  if (!target) return null;
  const { heads } = decisionsOfRow(decisionsByRow(all), target.list, target.rowId);
  if (heads.length !== 1 || heads[0]!.id !== decisionId) return null;
  const imports = importMap(doc);
  const pending = pendingImports(doc);
  const rowKey = listKeyOf(target.rowId);
  const qKey = reviewKey(target.list, rowKey);
  let decision: MatchDecision | null = null;
  doc.transact(() => {
    const holders = holdersOf(doc, target.list, rowKey);
    const itemRaw = pending.importValue(qKey);
    const previous: DecisionPrevious = { records: holders.map(([h, raw]) => [h, raw]), review: itemRaw ?? null };
    for (const [h] of holders) dropRecord(doc, recordKeyOf(target.list, h, rowKey));
    // a household removed since is not brought back by an undo
    for (const [h, raw] of target.previous.records) if (Array.isArray(pending.rosterValue(h))) setRecord(doc, recordKeyOf(target.list, h, rowKey), raw);
    if (target.previous.review !== null) imports.set(qKey, target.previous.review);
    else imports.delete(qKey);
    decision = writeDecision(
      doc,
      { list: target.list, rowId: target.rowId, householdId: target.householdId, outcome: "undo", ruleVersion: target.ruleVersion, score: null, evidence: [], undoes: target.id, supersedes: [target.id], item: decodeReview(itemRaw) },
      previous,
      writer,
      now,
    );
  });
  return decision;
}

type DecisionFields = Omit<MatchDecision, "id" | "by" | "at">;

function writeDecision(doc: Y.Doc, fields: DecisionFields, previous: DecisionPrevious, writer: Writer, now: Date): MatchDecision {
  const decision: MatchDecision = { id: writer.newId() + writer.newId(), by: writer.by, at: new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString(), ...fields };
  importMap(doc).set(decisionKey(decision.id), encodeDecision(decision, previous));
  return decision;
}

/** The link a person makes: the row's data from the waiting item, else from where the row is linked now. */
function personLink(input: MatchDecisionInput, item: ReviewItem | null, holders: Array<[string, unknown]>, writer: Writer, now: Date): unknown[] | null {
  const evidence = encodeEvidence(input.evidence, null);
  const base = { how: "person" as const, by: writer.by, at: now, score: input.score, evidence };
  if (item?.social) {
    const r = item.social;
    return encodeLink({ ...base, batchId: item.batchId, rowId: input.rowId, desil: r.desil, aid: r.aid, nik: unmasked(r.nik) });
  }
  const held = holders.find(([, raw]) => Array.isArray(raw))?.[1] as unknown[] | undefined;
  if (!held) return null;
  // the stored row data (desil, programmes, NIK digits) carries over as it is
  const value = encodeLink({ ...base, batchId: typeof held[0] === "string" ? held[0] : "", rowId: input.rowId, desil: null, aid: [], nik: "" });
  value[1] = held[1] ?? null;
  value[2] = held[2] ?? 0;
  value[3] = held[3] ?? null;
  return value;
}

/** A review item holds the NIK masked; the link stores the same visible digits (importRecords.ts), so zeros stand in for the hidden ones. */
function unmasked(masked: string): string {
  return /^\d{4}\*{8}\d{4}$/.test(masked) ? masked.slice(0, 4) + "00000000" + masked.slice(-4) : "";
}

/** A family-list id linked to a household by a person: the batch of the waiting item, or of where it is linked now. */
function familyLink(input: MatchDecisionInput, item: ReviewItem | null, holders: Array<[string, unknown]>, rowKey: string): unknown {
  const held = holders.map(([, raw]) => decodeOrigin(rowKey, raw)).find((o) => o !== null);
  return encodeOrigin(input.rowId, item?.batchId ?? held?.batchId ?? "");
}
