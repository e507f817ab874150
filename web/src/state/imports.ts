import { createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import {
  shortId, type ImportBatch, type ImportBatchInput, type FamilyImportInput, type MatchDecision, type MatchDecisionInput, type SocialProgramme,
} from "@shared/model/index.ts";
import { reviewQueue, type ReviewEntry } from "@shared/rules/index.ts";
import {
  followSocialList, observeImports, readBatch, readBatches, readMatchDecisions, readPendingImports, readReviewItems, recordMatchDecision, startFamilyImport,
  startImportRollback, startSocialImport, undoMatchDecision, type FamilyImportResult, type FamilyReviewInput, type ImportJob, type PendingBatch, type SocialImportInput,
  type Writer,
} from "@shared/crdt/roster/index.ts";
import { canTellRunning, isRunningHere, markStarted, runBatchJob, runInSlices, startedHere, withBatchLock } from "./importRunner.ts";

// what the import wizard hands to the write (it builds them in its worker and never imports the adapters)
export type { FamilyReviewInput, SocialImportInput, SocialLinkInput, SocialReviewInput } from "@shared/crdt/roster/index.ts";

/**
 * A batch written in part (shared/src/crdt/roster/importPending.ts): nothing of it shows on any device
 * until it commits. "writing": this tab writes it now; "rollingBack": this device started it, it was cut
 * short (the tab closed, the phone restarted) and this tab takes it back now; "elsewhere": another device
 * (or another tab) writes it, or was cut short while writing it and will take it back when it opens again.
 */
export interface PendingImport extends PendingBatch {
  state: "writing" | "rollingBack" | "elsewhere";
}

/** A batch this device had cut short and rolled back in this session (the person is told: nothing changed, import again). */
export interface RolledBackImport {
  id: string;
  kind: PendingBatch["kind"];
  fileName: string;
  /** records of the list it had written before it stopped, of total */
  done: number;
  total: number;
}

/** How far a write is: records of the list done, of total. */
export interface WriteProgress {
  done: number;
  total: number;
}

/**
 * The roster's import bookkeeping (shared/src/crdt/roster/importLayout.ts) as Solid state: the
 * batches (where each imported value came from), the pairs waiting for a person, the decisions.
 * Few entries, so a change re-reads those of its kind. The households' own provenance (list ids, linked
 * social-list rows) comes with the households (roster.ts).
 */
export interface ImportState {
  /** newest first */
  batches: Accessor<ImportBatch[]>;
  batch(id: string): ImportBatch | undefined;
  /** conflicts, open pairs (best score first), those put off (rules/matchReview.ts) */
  review: Accessor<ReviewEntry[]>;
  decisions: Accessor<MatchDecision[]>;
  /** batches written in part, oldest first */
  pending: Accessor<PendingImport[]>;
  /** batches this device had cut short and rolled back since the workspace opened */
  rolledBack: Accessor<RolledBackImport[]>;
}

export interface ImportActions {
  /** a fresh batch id for the wizard (5 base-36 characters) */
  newBatchId(): string;
  /**
   * Writes a family list as one import batch, in slices (the browser stays responsive); nothing of it
   * shows anywhere before the last slice. ImportError when the input is refused (nothing written);
   * reviews: the families the matcher doubts, queued for a person. A write that fails midway is rolled
   * back before the promise rejects; one cut short (the tab closed) is rolled back when the workspace
   * opens again on this device.
   */
  applyFamilyImport(batch: ImportBatchInput, families: readonly FamilyImportInput[], reviews?: readonly FamilyReviewInput[], onProgress?: (p: WriteProgress) => void): Promise<FamilyImportResult>;
  applySocialLinks(batch: ImportBatchInput, input: SocialImportInput, onProgress?: (p: WriteProgress) => void): Promise<ImportBatch>;
  decide(input: MatchDecisionInput): MatchDecision | null;
  undo(decisionId: string): MatchDecision | null;
  /** the person prefers the social list's value to the one entered by hand */
  followSocialList(householdId: string, field: "desil" | SocialProgramme): void;
}

/** Without Web Locks a batch of this device counts as cut short once no slice came for this long (a slice comes every few ms). */
const CUT_SHORT_WITHOUT_LOCKS_MS = 60_000;

export function createImportState(doc: Y.Doc, by: string, options: { workspaceId?: string; writable?: boolean } = {}): [ImportState, ImportActions] {
  const workspaceId = options.workspaceId ?? "";
  const writable = options.writable ?? true;
  const writer: Writer = { by, newId: () => shortId(5) };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const [batches, setBatches] = createSignal(readBatches(doc), { equals: same });
  const [decisions, setDecisions] = createSignal(readMatchDecisions(doc), { equals: same });
  const [review, setReview] = createSignal(reviewQueue(readReviewItems(doc), decisions()), { equals: same });
  const [pending, setPending] = createSignal<PendingImport[]>([], { equals: same });
  const [rolledBack, setRolledBack] = createSignal<RolledBackImport[]>([]);
  /** batches this tab rolls back now, and those whose rollback failed (not tried again in this session) */
  const recovering = new Set<string>();
  const failed = new Set<string>();
  const pendingBatch = (batchId: string) => readPendingImports(doc).find((b) => b.id === batchId);
  let disposed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readPending = (): PendingBatch[] => {
    const list = readPendingImports(doc);
    setPending(list.map((b) => ({ ...b, state: recovering.has(b.id) ? "rollingBack" : isRunningHere(b.id) ? "writing" : "elsewhere" })));
    return list;
  };

  /**
   * Rolls back a batch this device started and that nobody writes any more: after its lock is free (a
   * tab still writing it keeps it), if it is still written in part. Nothing of it ever showed, so
   * nothing anyone sees changes; the person is told (rolledBack).
   */
  const recoverBatch = (batchId: string): Promise<void> => {
    if (recovering.has(batchId) || failed.has(batchId)) return Promise.resolve();
    recovering.add(batchId);
    return withBatchLock(workspaceId, batchId, async () => {
      // slices this device's storage had lost may come from the relay meanwhile: they go the same way
      for (let batch = pendingBatch(batchId); batch && !disposed; batch = pendingBatch(batchId)) {
        readPending();
        await runInSlices(startImportRollback(doc, batchId));
        const { kind, fileName, done, total } = batch;
        setRolledBack((list) => {
          const earlier = list.find((r) => r.id === batchId);
          return [...list.filter((r) => r.id !== batchId), { id: batchId, kind, fileName, done: Math.max(done, earlier?.done ?? 0), total }];
        });
      }
    })
      .catch(() => {
        // not again in this session (it would fail the same way); the batch stays hidden meanwhile
        failed.add(batchId);
      })
      .finally(() => {
        recovering.delete(batchId);
        if (disposed) return;
        // slices that came after the last look: the id stays this device's, so they go too
        recover(readPending());
      });
  };

  /** Batches of this device cut short are rolled back; ids of batches that committed are forgotten. */
  const recover = (list: readonly PendingBatch[]) => {
    if (!writable || disposed) return;
    const mine = startedHere(workspaceId);
    if (mine.size === 0) return;
    const now = Date.now();
    for (const b of list) {
      if (!mine.has(b.id) || isRunningHere(b.id) || recovering.has(b.id)) continue;
      if (!canTellRunning()) {
        // another tab may be writing it: wait until no slice has come for a while
        const quietFor = now - Date.parse(b.at);
        if (quietFor < CUT_SHORT_WITHOUT_LOCKS_MS) {
          clearTimeout(timer);
          timer = setTimeout(() => recover(readPendingImports(doc)), CUT_SHORT_WITHOUT_LOCKS_MS - quietFor + 1000);
          continue;
        }
      }
      void recoverBatch(b.id);
    }
    for (const id of mine) if (readBatch(doc, id) !== null) markStarted(workspaceId, id, false);
  };

  let pendingIds = "";
  const refresh = (keys: ReadonlySet<string> | null) => {
    let batchKeys = keys === null;
    let decisionKeys = keys === null;
    let reviewKeys = keys === null;
    let journalKeys = keys === null;
    if (keys) {
      for (const key of keys) {
        const tag = key.charCodeAt(0);
        if (tag === 98 /* b */) batchKeys = true;
        else if (tag === 100 /* d */) decisionKeys = true;
        else if (tag === 113 /* q */) reviewKeys = true;
        else if (tag === 106 /* j */) journalKeys = true;
      }
    }
    let pendingChanged = false;
    if (journalKeys || batchKeys) {
      const list = readPending();
      const ids = list.map((b) => b.id).join(" ");
      pendingChanged = ids !== pendingIds;
      pendingIds = ids;
      if (pendingChanged) recover(list);
    }
    if (batchKeys) setBatches(readBatches(doc));
    if (decisionKeys) setDecisions(readMatchDecisions(doc));
    // a batch committed or rolled back changes which waiting pairs readers see (importPending.ts)
    if (reviewKeys || decisionKeys || batchKeys || pendingChanged) setReview(reviewQueue(readReviewItems(doc), decisions()));
  };
  refresh(null);
  onCleanup(observeImports(doc, refresh));
  onCleanup(() => {
    disposed = true;
    clearTimeout(timer);
  });
  const now = () => new Date();

  async function write<R>(job: ImportJob<R>, onProgress?: (p: WriteProgress) => void): Promise<R> {
    const report = () => onProgress?.({ done: job.progress().done, total: job.progress().total });
    try {
      await runBatchJob(workspaceId, job.batchId, job, report);
    } catch (error) {
      // a write that stopped midway is taken back before the person hears of it: the roster stays as it was
      if (!job.progress().committed) await recoverBatch(job.batchId).catch(() => undefined);
      throw error;
    } finally {
      if (!disposed) readPending();
    }
    if (job.progress().committed) markStarted(workspaceId, job.batchId, false);
    return job.result();
  }

  return [
    { batches, batch: (id) => batches().find((b) => b.id === id), review, decisions, pending, rolledBack },
    {
      newBatchId: () => shortId(5),
      applyFamilyImport: async (batch, families, reviews = [], onProgress) => write(startFamilyImport(doc, batch, families, writer, now(), reviews), onProgress),
      applySocialLinks: async (batch, input, onProgress) => write(startSocialImport(doc, batch, input, writer, now()), onProgress),
      decide: (input) => recordMatchDecision(doc, input, writer, now()),
      undo: (id) => undoMatchDecision(doc, id, writer, now()),
      followSocialList: (householdId, field) => void followSocialList(doc, householdId, field, now(), writer),
    },
  ];
}
