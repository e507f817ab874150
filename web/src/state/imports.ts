import { createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import {
  shortId, type ImportBatch, type ImportBatchInput, type FamilyImportInput, type MatchDecision, type MatchDecisionInput, type SocialProgramme,
} from "@shared/model/index.ts";
import { reviewQueue, type ReviewEntry } from "@shared/rules/index.ts";
import {
  applyFamilyImport, applySocialLinks, followSocialList, observeImports, readBatches, readMatchDecisions, readReviewItems, recordMatchDecision, undoMatchDecision,
  type FamilyImportResult, type FamilyReviewInput, type SocialImportInput, type Writer,
} from "@shared/crdt/roster/index.ts";

// what the import wizard hands to the write (it builds them in its worker and never imports the adapters)
export type { FamilyReviewInput, SocialImportInput, SocialLinkInput, SocialReviewInput } from "@shared/crdt/roster/index.ts";

/**
 * The roster's import bookkeeping (shared/src/crdt/roster/importLayout.ts) as Solid state: the
 * batches (where each imported value came from), the pairs waiting for a person, the decisions.
 * Few entries, so each change re-reads them all. The households' own provenance (list ids, linked
 * social-list rows) comes with the households (roster.ts).
 */
export interface ImportState {
  /** newest first */
  batches: Accessor<ImportBatch[]>;
  batch(id: string): ImportBatch | undefined;
  /** conflicts, open pairs (best score first), those put off (rules/matchReview.ts) */
  review: Accessor<ReviewEntry[]>;
  decisions: Accessor<MatchDecision[]>;
}

export interface ImportActions {
  /** a fresh batch id for the wizard (5 base-36 characters) */
  newBatchId(): string;
  /** ImportError when the input is refused (nothing written); reviews: the families the matcher doubts, queued for a person */
  applyFamilyImport(batch: ImportBatchInput, families: readonly FamilyImportInput[], reviews?: readonly FamilyReviewInput[]): FamilyImportResult;
  applySocialLinks(batch: ImportBatchInput, input: SocialImportInput): ImportBatch;
  decide(input: MatchDecisionInput): MatchDecision | null;
  undo(decisionId: string): MatchDecision | null;
  /** the person prefers the social list's value to the one entered by hand */
  followSocialList(householdId: string, field: "desil" | SocialProgramme): void;
}

export function createImportState(doc: Y.Doc, by: string): [ImportState, ImportActions] {
  const writer: Writer = { by, newId: () => shortId(5) };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const [batches, setBatches] = createSignal(readBatches(doc), { equals: same });
  const [decisions, setDecisions] = createSignal(readMatchDecisions(doc), { equals: same });
  const [review, setReview] = createSignal(reviewQueue(readReviewItems(doc), decisions()), { equals: same });
  onCleanup(
    observeImports(doc, () => {
      setBatches(readBatches(doc));
      setDecisions(readMatchDecisions(doc));
      setReview(reviewQueue(readReviewItems(doc), readMatchDecisions(doc)));
    }),
  );
  const now = () => new Date();
  return [
    { batches, batch: (id) => batches().find((b) => b.id === id), review, decisions },
    {
      newBatchId: () => shortId(5),
      applyFamilyImport: (batch, families, reviews = []) => applyFamilyImport(doc, batch, families, writer, now(), reviews),
      applySocialLinks: (batch, input) => applySocialLinks(doc, batch, input, writer, now()),
      decide: (input) => recordMatchDecision(doc, input, writer, now()),
      undo: (id) => undoMatchDecision(doc, id, writer, now()),
      followSocialList: (householdId, field) => void followSocialList(doc, householdId, field, now(), writer),
    },
  ];
}
