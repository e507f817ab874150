/**
 * Writing a matched list: its parts are read from the worker page by page, then
 * given to the roster's import write (rimport's API through web/src/state) as ONE
 * batch, written in slices with a progress callback. Nothing of it shows on any
 * device before its last slice; a tab closed before that leaves the roster as it
 * was (the batch is rolled back when the workspace opens again on this device).
 */
import type { FamilyReviewInput, SocialImportInput, SocialLinkInput, SocialReviewInput, WriteProgress } from "../../../state/imports.ts";
import type { ImportBatchInput, FamilyImportInput, SocialRow } from "@shared/model/index.ts";
import type { WritePage } from "../worker/matchProtocol.ts";

/** The roster's import write, as web/src/state offers it. */
export interface ImportWriter {
  newBatchId(): string;
  applyFamilyImport(batch: ImportBatchInput, families: readonly FamilyImportInput[], reviews: readonly FamilyReviewInput[], onProgress?: (p: WriteProgress) => void): Promise<unknown>;
  applySocialLinks(batch: ImportBatchInput, input: SocialImportInput, onProgress?: (p: WriteProgress) => void): Promise<unknown>;
}

export type WriteParts =
  | { kind: "family"; families: FamilyImportInput[]; reviews: FamilyReviewInput[] }
  | { kind: "social"; links: SocialLinkInput[]; reviews: SocialReviewInput[]; unmatched: SocialRow[] };

/** Reads every page (page i is asked after page i - 1 arrived: one short task each); onProgress gets the records read so far. */
export async function collectWrite(page: (index: number) => Promise<WritePage | null>, onProgress?: (records: number) => void): Promise<WriteParts> {
  const family: Extract<WriteParts, { kind: "family" }> = { kind: "family", families: [], reviews: [] };
  const social: Extract<WriteParts, { kind: "social" }> = { kind: "social", links: [], reviews: [], unmatched: [] };
  let kind: WriteParts["kind"] | null = null;
  let records = 0;
  for (let i = 0; ; i++) {
    const next = await page(i);
    if (!next) break;
    kind = next.kind;
    if (next.kind === "family") {
      for (const f of next.families) family.families.push(f);
      for (const r of next.reviews) family.reviews.push(r);
      records += next.families.length + next.reviews.length;
    } else {
      for (const l of next.links) social.links.push(l);
      for (const r of next.reviews) social.reviews.push(r);
      for (const u of next.unmatched) social.unmatched.push(u);
      records += next.links.length + next.reviews.length + next.unmatched.length;
    }
    onProgress?.(records);
  }
  if (kind === null) throw new Error("nothing to write");
  return kind === "family" ? family : social;
}

export interface BatchSource {
  kind: "family" | "social";
  fileName: string;
  /** the XLSX sheet, "" for CSV */
  sheet: string;
  ruleVersion: string;
  rows: number;
}

/** Writes the parts as one import batch and returns its id. Rejects (nothing written, or all of it taken back) when the roster refuses it. */
export async function writeImport(writer: ImportWriter, parts: WriteParts, source: BatchSource, onProgress?: (p: WriteProgress) => void): Promise<string> {
  const batch: ImportBatchInput = {
    id: writer.newBatchId(),
    kind: source.kind === "social" ? "sosial" : "keluarga",
    source: { fileName: source.fileName, sheet: source.sheet, listName: "" },
    ruleVersion: source.ruleVersion,
    rows: source.rows,
  };
  if (parts.kind === "family") await writer.applyFamilyImport(batch, parts.families, parts.reviews, onProgress);
  else await writer.applySocialLinks(batch, { links: parts.links, reviews: parts.reviews, unmatched: parts.unmatched, complete: true }, onProgress);
  return batch.id;
}
