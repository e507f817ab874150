/**
 * The import wizard's steps as a pure state machine: (state, event) -> state.
 * The controller (createImportWizard.ts) calls the worker and feeds its answers
 * back as events; this file decides what may follow what, and when a list may
 * be confirmed (never while its summary is blocking or a required column is
 * missing).
 *
 *   file -> opening -> [sheet] -> setup -> mapping -> reading -> preview
 *        -> matching -> changes -> saving -> saved
 *   (any refusal goes back to `file` with the reader's message; back goes one step back;
 *   nothing is written before `saving`, and a failed write returns to `changes`)
 */
import type { ColumnMapping, FieldGuess, FieldId, FileProblem, ImportProgress, ListKind } from "@shared/import/index.ts";
import type { MatchProgress } from "@shared/rules/matching/index.ts";
import type { ListPreview, MappingSetup, OpenOutcome, OpenedSummary, SheetSetup } from "../worker/protocol.ts";
import type { MatchSummary } from "../worker/matchProtocol.ts";

/** What the mapping, reading and preview steps share. */
export interface MappingContext {
  file: OpenedSummary;
  setup: SheetSetup;
  kind: ListKind;
  /** the kind the header suggested */
  guessedKind: ListKind;
  fields: FieldGuess[];
  mapping: ColumnMapping;
  /** the mapping came from an earlier import of a list with the same header */
  remembered: boolean;
}

export type WizardState =
  | { step: "file"; problem: FileProblem | null; failure: string | null }
  | { step: "opening"; fileName: string; progress: number }
  | { step: "sheet"; file: OpenedSummary; chosen: number }
  | { step: "setup"; file: OpenedSummary; sheetIndex: number }
  | ({ step: "mapping"; busy: boolean } & MappingContext)
  | ({ step: "reading"; progress: number } & MappingContext)
  | ({ step: "preview"; preview: ListPreview; failure?: string } & MappingContext)
  | ({ step: "matching"; preview: ListPreview; phases: PhaseProgress[] } & MappingContext)
  | ({ step: "changes"; preview: ListPreview; summary: MatchSummary; saveError: string | null } & MappingContext)
  | ({ step: "saving"; preview: ListPreview; summary: MatchSummary; phase: SavePhase; progress: number } & MappingContext)
  | ({ step: "saved"; preview: ListPreview; summary: MatchSummary; batchId: string } & MappingContext);

/**
 * Simpan's phases, one bar: what to write read from the worker, the batch written to the roster in slices,
 * then the roster's list taking it in (in idle moments) before "Tersimpan".
 */
export const SAVE_PHASES = ["reading", "writing", "showing"] as const;
export type SavePhase = (typeof SAVE_PHASES)[number];

/** The matching's phases, each with its own bar: the roster handed to the worker, then the matcher's. */
export const MATCH_PHASES = ["roster", "normalise", "block", "compare", "estimate", "assign"] as const;
export type MatchPhase = (typeof MATCH_PHASES)[number];
export interface PhaseProgress {
  phase: MatchPhase;
  fraction: number;
}

export type WizardEvent =
  | { type: "fileChosen"; fileName: string }
  | { type: "progress"; progress: ImportProgress }
  | { type: "opened"; outcome: OpenOutcome }
  | { type: "sheetPicked"; index: number }
  | { type: "sheetChosen"; index: number }
  | { type: "headerRowChosen" }
  | { type: "sheetReady"; setup: SheetSetup; mapping: MappingSetup | null; remembered: boolean }
  | { type: "kindChosen" }
  | { type: "mappingReady"; mapping: MappingSetup; remembered: boolean }
  | { type: "columnChosen"; field: FieldId; column: number | null }
  | { type: "readStarted" }
  | { type: "readDone"; preview: ListPreview }
  | { type: "matchStarted" }
  | { type: "rosterSent"; fraction: number }
  | { type: "matchProgress"; progress: MatchProgress }
  | { type: "matchDone"; summary: MatchSummary }
  | { type: "saveStarted" }
  | { type: "saveProgress"; phase: SavePhase; fraction: number }
  | { type: "saved"; batchId: string }
  | { type: "saveFailed"; message: string }
  | { type: "back" }
  | { type: "restart" }
  | { type: "failed"; message: string };

export const INITIAL: WizardState = { step: "file", problem: null, failure: null };

/** Sheets with at least one filled row. */
export function usableSheets(file: OpenedSummary): number[] {
  return file.sheets.filter((s) => s.filledRows > 0).map((s) => s.index);
}

/** The sheet to take without asking (the only filled one), or null when the person chooses. */
export function sheetWithoutAsking(file: OpenedSummary): number | null {
  const usable = usableSheets(file);
  return usable.length === 1 ? usable[0]! : null;
}

/** The sheet offered first: the one whose header is recognised best. */
export function bestSheet(file: OpenedSummary): number {
  const ranked = [...file.sheets].filter((s) => s.filledRows > 0).sort((a, b) => (b.header?.score ?? 0) - (a.header?.score ?? 0));
  return ranked[0]?.index ?? 0;
}

/** Required fields without a column. */
export function missingFields(ctx: Pick<MappingContext, "fields" | "mapping">): FieldGuess[] {
  return ctx.fields.filter((f) => f.required && ctx.mapping.columns[f.field] === undefined);
}

/** Sets one field's column; a column belongs to one field, so a field that had it loses it. */
export function assignColumn(ctx: Pick<MappingContext, "fields" | "mapping">, field: FieldId, column: number | null): Pick<MappingContext, "fields" | "mapping"> {
  const columns: Partial<Record<FieldId, number>> = {};
  for (const [f, c] of Object.entries(ctx.mapping.columns) as Array<[FieldId, number]>) if (f !== field && c !== column) columns[f] = c;
  if (column !== null) columns[field] = column;
  const fields = ctx.fields.map((f) => ({ ...f, column: columns[f.field] ?? null }));
  return { fields, mapping: { kind: ctx.mapping.kind, columns } };
}

export function canRead(state: WizardState): boolean {
  return state.step === "mapping" && !state.busy && state.setup.headerIndex !== null && missingFields(state).length === 0;
}

/** The list may go on to matching and saving: read, not blocking, with records. */
export function canConfirm(state: WizardState): boolean {
  return state.step === "preview" && !state.preview.summary.blocking && state.preview.summary.records > 0;
}

/** The changes may be written: matched, nothing being written. */
export function canSave(state: WizardState): boolean {
  return state.step === "changes";
}

function setPhase(phases: PhaseProgress[], phase: MatchPhase, fraction: number): PhaseProgress[] {
  const at = MATCH_PHASES.indexOf(phase);
  // a phase that reports means the ones before it are done (the matcher skips none, but may say nothing of one)
  return phases.map((p, i) => (i < at ? { ...p, fraction: 1 } : i === at ? { ...p, fraction: Math.max(p.fraction, fraction) } : p));
}

function context(state: WizardState): MappingContext | null {
  if (state.step === "file" || state.step === "opening" || state.step === "sheet" || state.step === "setup") return null;
  const { file, setup, kind, guessedKind, fields, mapping, remembered } = state;
  return { file, setup, kind, guessedKind, fields, mapping, remembered };
}

export function step(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case "restart":
      return INITIAL;
    case "failed":
      if (state.step === "matching") return { ...context(state)!, step: "preview", preview: state.preview, failure: event.message };
      return { step: "file", problem: null, failure: event.message };
    case "fileChosen":
      return state.step === "file" || state.step === "sheet" || state.step === "mapping" || state.step === "preview" || state.step === "saved" ? { step: "opening", fileName: event.fileName, progress: 0 } : state;
    case "progress":
      if (state.step === "opening" && event.progress.phase === "open") return { ...state, progress: event.progress.fraction };
      if (state.step === "reading" && event.progress.phase === "check") return { ...state, progress: event.progress.fraction };
      return state;
    case "opened":
      if (state.step !== "opening") return state;
      if (!event.outcome.ok) return { step: "file", problem: event.outcome.problem, failure: null };
      return { step: "sheet", file: event.outcome.file, chosen: bestSheet(event.outcome.file) };
    case "sheetPicked":
      return state.step === "sheet" ? { ...state, chosen: event.index } : state;
    case "sheetChosen":
      if (state.step === "sheet") return { step: "setup", file: state.file, sheetIndex: event.index };
      return state;
    case "headerRowChosen":
      return state.step === "mapping" ? { ...state, busy: true } : state;
    case "sheetReady": {
      if (state.step !== "setup" && state.step !== "mapping") return state;
      const file = state.file;
      const m = event.mapping;
      const kind = m?.kind ?? event.setup.kindGuess;
      return { step: "mapping", busy: false, file, setup: event.setup, kind, guessedKind: event.setup.kindGuess, fields: m?.fields ?? [], mapping: m?.mapping ?? { kind, columns: {} }, remembered: event.remembered };
    }
    case "kindChosen":
      return state.step === "mapping" ? { ...state, busy: true } : state;
    case "mappingReady":
      if (state.step !== "mapping") return state;
      return { ...state, busy: false, kind: event.mapping.kind, fields: event.mapping.fields, mapping: event.mapping.mapping, remembered: event.remembered };
    case "columnChosen":
      if (state.step !== "mapping" || state.busy) return state;
      return { ...state, ...assignColumn(state, event.field, event.column), remembered: false };
    case "readStarted": {
      const ctx = context(state);
      return ctx && canRead(state) ? { step: "reading", progress: 0, ...ctx } : state;
    }
    case "readDone": {
      const ctx = context(state);
      return state.step === "reading" && ctx ? { step: "preview", preview: event.preview, ...ctx } : state;
    }
    case "matchStarted":
      return canConfirm(state) && state.step === "preview" ? { ...context(state)!, step: "matching", preview: state.preview, phases: MATCH_PHASES.map((phase) => ({ phase, fraction: 0 })) } : state;
    case "rosterSent":
      return state.step === "matching" ? { ...state, phases: setPhase(state.phases, "roster", event.fraction) } : state;
    case "matchProgress":
      return state.step === "matching" ? { ...state, phases: setPhase(state.phases, event.progress.phase, event.progress.total === 0 ? 1 : event.progress.done / event.progress.total) } : state;
    case "matchDone":
      return state.step === "matching" ? { ...context(state)!, step: "changes", preview: state.preview, summary: event.summary, saveError: null } : state;
    case "saveStarted":
      return state.step === "changes" ? { ...context(state)!, step: "saving", preview: state.preview, summary: state.summary, phase: "reading", progress: 0 } : state;
    case "saveProgress":
      // phases only move forward (a late progress report of an earlier phase is dropped)
      if (state.step !== "saving" || SAVE_PHASES.indexOf(event.phase) < SAVE_PHASES.indexOf(state.phase)) return state;
      return { ...state, phase: event.phase, progress: Math.min(1, Math.max(0, event.fraction)) };
    case "saved":
      return state.step === "saving" ? { ...context(state)!, step: "saved", preview: state.preview, summary: state.summary, batchId: event.batchId } : state;
    case "saveFailed":
      return state.step === "saving" ? { ...context(state)!, step: "changes", preview: state.preview, summary: state.summary, saveError: event.message } : state;
    case "back": {
      if (state.step === "matching" || state.step === "changes") return { ...context(state)!, step: "preview", preview: state.preview };
      if (state.step === "preview" || state.step === "reading") return { step: "mapping", busy: false, ...context(state)! };
      if (state.step === "setup") return usableSheets(state.file).length > 1 ? { step: "sheet", file: state.file, chosen: state.sheetIndex } : INITIAL;
      if (state.step === "opening") return INITIAL;
      if (state.step === "mapping") return usableSheets(state.file).length > 1 ? { step: "sheet", file: state.file, chosen: state.setup.sheetIndex } : INITIAL;
      if (state.step === "sheet") return INITIAL;
      return state;
    }
  }
}
