/**
 * One import of a list into the roster (issue 15): which list, from which file,
 * when, by whom, under which matcher rules, and what it did. Every imported
 * value points back to its batch (socialList.ts), so "where did this come from"
 * always has an answer. Stored by shared/src/crdt/roster/importBatches.ts.
 */

/** keluarga: a BKKBN Pendataan Keluarga family list; sosial: a Dinsos DTKS/DTSEN social-aid list. */
export const LIST_KINDS = ["keluarga", "sosial"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export interface ImportSource {
  /** as the person chose it ("PK Namosain 2026.xlsx") */
  fileName: string;
  /** the XLSX sheet, "" for CSV */
  sheet: string;
  /** the list's own name or period as the person gave it ("DTSEN Oktober 2026"), may be "" */
  listName: string;
}

/**
 * What the batch did. Family list: rows read, households created (baru), updated (berubah),
 * unchanged, gone from the list (hilang: matched by an earlier batch, absent now), hand-entered
 * values kept against a differing list value. Social list: rows read, rows linked automatically,
 * rows waiting for a person, rows linked to nobody, links of rows gone from the list removed,
 * links a person made that the import kept, pairs a person rejected that the import did not link again.
 */
export interface ImportCounts {
  rows: number;
  new: number;
  changed: number;
  unchanged: number;
  gone: number;
  keptHand: number;
  linked: number;
  review: number;
  unmatched: number;
  keptPerson: number;
  skippedRejected: number;
}

export const EMPTY_COUNTS: ImportCounts = { rows: 0, new: 0, changed: 0, unchanged: 0, gone: 0, keptHand: 0, linked: 0, review: 0, unmatched: 0, keptPerson: 0, skippedRejected: 0 };

export interface ImportBatch {
  /** 5 base-36 characters (it is written into every record the batch touches) */
  id: string;
  kind: ListKind;
  source: ImportSource;
  /** ISO, the importing device's clock: informative */
  at: string;
  /** who confirmed the import (display name from the token) */
  by: string;
  /** the matcher's rule version (normalisation and weights), "" when nothing was matched */
  ruleVersion: string;
  counts: ImportCounts;
  /** evidence codes of this batch's automatic links, indexed by the links (socialList.ts) */
  evidenceCodes: string[];
}

/** What the wizard gives when a person confirms: the batch's counts are worked out by the write. */
export interface ImportBatchInput {
  id: string;
  kind: ListKind;
  source: ImportSource;
  ruleVersion: string;
  /** rows read from the file (including rows with problems the person chose to skip) */
  rows: number;
}

export const BATCH_ID_LENGTH = 5;

export function isBatchId(id: string): boolean {
  return /^[a-z0-9]{5}$/.test(id);
}
