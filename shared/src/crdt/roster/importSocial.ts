import type * as Y from "yjs";
import { listKeyOf, type ImportBatch, type ImportBatchInput, type ReviewCandidate, type SocialRow } from "../../model/index.ts";
import { checkBatch, writeBatch } from "./importBatches.ts";
import { ImportError } from "./importErrors.ts";
import { importIndexSteps } from "./importIndex.ts";
import { reviewKey, encodeReview } from "./importLayout.ts";
import { encodeEvidence, encodeLink } from "./importRecords.ts";
import { BatchWriter, makeImportJob, type BatchWork, type ImportJob } from "./importSlices.ts";
import { socialKey } from "./keys.ts";
import { currentDecisions } from "./matchDecisions.ts";
import { rejectedPair, rowState } from "../../rules/matchReview.ts";
import type { Writer } from "./records.ts";

/** A pair the matcher is sure of: the row is linked to the household without a person. */
export interface SocialLinkInput {
  householdId: string;
  row: SocialRow;
  score: number;
  /** the matcher's evidence codes (MatchEvidence.code) */
  evidence: string[];
}

/** A row the matcher is not sure of, with its candidate households: it waits for a person. */
export interface SocialReviewInput {
  row: SocialRow;
  candidates: ReviewCandidate[];
}

export interface SocialImportInput {
  links: SocialLinkInput[];
  reviews: SocialReviewInput[];
  /** rows the matcher linked to nobody */
  unmatched: SocialRow[];
  /**
   * The list is the whole current list (the usual case): rows of earlier batches that it no longer
   * has are gone, and their links are removed. False for a partial list (one RW): nothing is removed.
   */
  complete: boolean;
}

/** A social list as ONE transaction (a test, a small list): startSocialImport's job run in one step. */
export function applySocialLinks(doc: Y.Doc, input: ImportBatchInput, social: SocialImportInput, writer: Writer, now: Date): ImportBatch {
  const job = startSocialImport(doc, input, social, writer, now);
  doc.transact(() => {
    while (!job.step(() => false));
  });
  return job.result();
}

/**
 * A social list (Dinsos DTKS/DTSEN) as an import job written in slices (importSlices.ts): a batch
 * cut short shows nothing on any device. Each sure pair becomes a link `<household>.s<row key>`
 * holding the row's desil, programmes and masked NIK, the batch, the score and the evidence; the
 * household's desil and aid follow it (socialList.ts). Each doubtful row becomes a review item
 * (importLayout.ts) that survives a reload.
 *
 * What a person decided stands: a row a person linked stays with that household (its data is
 * brought up to date from the newer list); a pair a person rejected is not linked again; a row a
 * person decided is not queued again. An earlier automatic link the matcher is now unsure of is
 * removed and the row queued. Unchanged links are not written again (a re-import of the same
 * list adds only its batch record). Links removed and pairs put away go with the commit.
 */
export function startSocialImport(doc: Y.Doc, input: ImportBatchInput, social: SocialImportInput, writer: Writer, now: Date): ImportJob<ImportBatch> {
  checkBatch(doc, input, "sosial");
  const all = [...social.links.map((l) => l.row), ...social.reviews.map((r) => r.row), ...social.unmatched];
  const seen = new Set<string>();
  for (const row of all) {
    if (row.id.trim() === "") throw new ImportError("list_id_blank");
    if (seen.has(row.id)) throw new ImportError("row_twice", row.id);
    seen.add(row.id);
  }
  const w = new BatchWriter(doc, input.id);
  const describe = { kind: "sosial" as const, fileName: input.source.fileName, by: writer.by, at: Math.floor(now.getTime() / 1000), total: all.length };
  return makeImportJob(doc, w, describe, socialWork(doc, w, input, social, all, writer, now));
}

function* socialWork(doc: Y.Doc, w: BatchWriter, input: ImportBatchInput, social: SocialImportInput, all: readonly SocialRow[], writer: Writer, now: Date): BatchWork<ImportBatch> {
  // the batch's evidence table: codes in order of first use
  const evidenceCodes: string[] = [];
  for (const l of social.links) for (const c of l.evidence) if (!evidenceCodes.includes(c)) evidenceCodes.push(c);
  const table = evidenceCodes.length <= 64 ? evidenceCodes : null;
  const counts = { linked: 0, review: 0, unmatched: social.unmatched.length, keptPerson: 0, skippedRejected: 0, gone: 0 };
  const links = (yield* importIndexSteps(doc)).social;
  const decided = currentDecisions(doc, "sosial");
  const setLink = (householdId: string, rowKey: string, value: unknown[]) => {
    const key = socialKey(householdId, rowKey);
    const old = w.get(key);
    if (Array.isArray(old) && old.length === value.length && old.every((v, i) => v === value[i])) return;
    w.set(key, value);
  };
  const dropLink = (householdId: string, rowKey: string) => w.remove(socialKey(householdId, rowKey));
  /** A person's link of this row, brought up to date from the newer list; true when there is one. */
  const keepPersonLink = (row: SocialRow, rowKey: string): string | null => {
    for (const [householdId, raw] of links.get(rowKey) ?? []) {
      if (!Array.isArray(raw) || raw[4] !== 1) continue;
      const [, , , , , score, evidence, , by, at] = raw as unknown[];
      const value = encodeLink({ batchId: input.id, rowId: row.id, desil: row.desil, aid: row.aid, nik: row.nik, how: "person", by: typeof by === "string" ? by : "", at: typeof at === "number" ? new Date(at * 1000) : null, score: typeof score === "number" ? score / 10 : null, evidence: typeof evidence === "string" ? evidence : "" });
      // the data is the list's, who linked it and why stays the person's
      if (!sameData(raw, value)) setLink(householdId, rowKey, value);
      return householdId;
    }
    return null;
  };

  for (const l of social.links) {
    yield;
    const rowKey = listKeyOf(l.row.id);
    if (rejectedPair(decided.get(l.row.id)?.standing ?? [], l.householdId)) {
      counts.skippedRejected += 1;
      continue;
    }
    const personAt = keepPersonLink(l.row, rowKey);
    if (personAt !== null) {
      if (personAt !== l.householdId) counts.keptPerson += 1;
      counts.linked += 1;
      continue;
    }
    if (!Array.isArray(w.get(l.householdId))) continue; // the household was removed meanwhile
    for (const [other] of links.get(rowKey) ?? []) if (other !== l.householdId) dropLink(other, rowKey);
    const value = encodeLink({ batchId: input.id, rowId: l.row.id, desil: l.row.desil, aid: l.row.aid, nik: l.row.nik, how: "auto", by: "", at: null, score: l.score, evidence: encodeEvidence(l.evidence, table) });
    const old = w.get(socialKey(l.householdId, rowKey));
    // an unchanged link keeps the batch that wrote it
    if (!(Array.isArray(old) && sameData(old, value) && old[4] !== 1)) setLink(l.householdId, rowKey, value);
    w.removeImport(reviewKey("sosial", rowKey));
    counts.linked += 1;
  }

  for (const r of social.reviews) {
    yield;
    const rowKey = listKeyOf(r.row.id);
    if (keepPersonLink(r.row, rowKey) !== null) continue;
    const state = rowState(decided.get(r.row.id)?.standing ?? []);
    if (state === "linked" || state === "rejected") continue;
    // the matcher's earlier sure link is now in doubt: a person decides
    for (const [other, raw] of links.get(rowKey) ?? []) if (Array.isArray(raw) && raw[4] !== 1) dropLink(other, rowKey);
    const item = encodeReview({ list: "sosial", rowId: r.row.id, batchId: input.id, at: now.toISOString(), social: r.row, family: null, candidates: r.candidates });
    // the same doubtful pair again keeps its item (and the batch that queued it)
    if (!samePair(w.getImport(reviewKey("sosial", rowKey)), item)) w.setImport(reviewKey("sosial", rowKey), item);
    counts.review += 1;
  }

  for (const row of social.unmatched) {
    yield;
    const rowKey = listKeyOf(row.id);
    if (keepPersonLink(row, rowKey) !== null) continue;
    for (const [other, raw] of links.get(rowKey) ?? []) if (Array.isArray(raw) && raw[4] !== 1) dropLink(other, rowKey);
  }

  if (social.complete) {
    const listed = new Set<string>();
    for (const row of all) {
      listed.add(listKeyOf(row.id));
      if (listed.size % 2048 === 0) yield 0;
    }
    let looked = 0;
    for (const [rowKey, holders] of links) {
      if (++looked % 2048 === 0) yield 0;
      if (listed.has(rowKey)) continue;
      for (const [householdId] of holders) dropLink(householdId, rowKey);
      counts.gone += 1;
    }
    for (const key of w.importKeys()) {
      if (!key.startsWith("qs") || listed.has(key.slice(2))) continue;
      w.removeImport(key);
      if (!links.has(key.slice(2))) counts.gone += 1;
    }
  }
  return () => writeBatch(doc, input, counts, evidenceCodes, writer, now);
}

/** Two stored links carry the same row data (desil, programmes, NIK digits), whoever made them. */
function sameData(a: unknown[], b: unknown[]): boolean {
  return (a[1] ?? null) === (b[1] ?? null) && (a[2] ?? 0) === (b[2] ?? 0) && (a[3] ?? null) === (b[3] ?? null);
}

/** Two stored review items show the same row and candidates (whichever batch queued them). */
function samePair(old: unknown, next: Record<string, unknown>): boolean {
  if (typeof old !== "object" || old === null) return false;
  const o = old as Record<string, unknown>;
  return JSON.stringify(o.x) === JSON.stringify(next.x) && JSON.stringify(o.c) === JSON.stringify(next.c);
}
