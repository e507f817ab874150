/**
 * Writing a matched list: its parts are read from the worker page by page, then
 * given to the roster's import write (rimport's API through web/src/state) as ONE
 * batch, one transaction: a tab closed before it leaves the roster as it was.
 */
import type { FamilyReviewInput, SocialImportInput, SocialLinkInput, SocialReviewInput } from "../../../state/imports.ts";
import type { ImportBatchInput, FamilyImportInput, SocialRow } from "@shared/model/index.ts";
import type { WritePage } from "../worker/matchProtocol.ts";

/** The roster's import write, as web/src/state offers it. */
export interface ImportWriter {
  newBatchId(): string;
  applyFamilyImport(batch: ImportBatchInput, families: readonly FamilyImportInput[], reviews: readonly FamilyReviewInput[]): unknown;
  applySocialLinks(batch: ImportBatchInput, input: SocialImportInput): unknown;
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

/** Writes the parts as one import batch and returns its id. Throws (nothing written) when the roster refuses it. */
export function writeImport(writer: ImportWriter, parts: WriteParts, source: BatchSource): string {
  const batch: ImportBatchInput = {
    id: writer.newBatchId(),
    kind: source.kind === "social" ? "sosial" : "keluarga",
    source: { fileName: source.fileName, sheet: source.sheet, listName: "" },
    ruleVersion: source.ruleVersion,
    rows: source.rows,
  };
  if (parts.kind === "family") writer.applyFamilyImport(batch, parts.families, parts.reviews);
  else writer.applySocialLinks(batch, { links: parts.links, reviews: parts.reviews, unmatched: parts.unmatched, complete: true });
  return batch.id;
}
