/**
 * The wizard's controller: holds the machine's state in a signal, starts the
 * worker, calls it on each step and feeds its answers back as events. An
 * answer to a request that a later request replaced is dropped, so choosing a
 * new file while the last one opens never mixes the two.
 */
import { createSignal, onCleanup, type Accessor } from "solid-js";
import type { ExpectedWilayah, FieldId, ImportProgress, ListKind, RowProblem } from "@shared/import/index.ts";
import type { MatchProgress } from "@shared/rules/matching/index.ts";
import type { Household } from "@shared/model/index.ts";
import type { ImportWorker } from "../worker/workerClient.ts";
import type { ChangeEntry, ChangeSection } from "../worker/matchProtocol.ts";
import { rosterRecord } from "../worker/toRoster.ts";
import type { MappingMemory } from "./mappingMemory.ts";
import { canConfirm, canRead, INITIAL, sheetWithoutAsking, step, type WizardEvent, type WizardState } from "./machine.ts";
import { collectWrite, writeImport, type ImportWriter } from "./writeImport.ts";
import { nextTask } from "../../../state/nextTask.ts";
import { t } from "../../../i18n/index.ts";
import { importsId as IMPORT_ERRORS } from "../../../i18n/imports.ts";

type ImportErrorKey = Extract<keyof typeof IMPORT_ERRORS, `import.error.${string}`>;

/** Households per message to the worker: one message is one short task on a slow phone. */
const ROSTER_CHUNK = 250;

export interface WizardDeps {
  /** the roster as the workspace holds it (matching runs against it) */
  households(): readonly Household[];
  /** rimport's write API, through web/src/state */
  writer: ImportWriter;
  startWorker(): ImportWorker;
  memory: MappingMemory;
  expected(): ExpectedWilayah;
  /** YYYY-MM-DD on the device */
  today(): string;
  /** resolves once the roster's list shows every change written so far (web/src/state/roster.ts settled) */
  settled?(): Promise<void>;
}

/** What the person reads when Simpan fails: the roster's refusal in Bahasa (its code is an i18n key), else the error's own words. */
function saveFailure(error: unknown): string {
  const code = error instanceof Error && error.name === "ImportError" ? (error as Error & { code?: unknown }).code : undefined;
  if (typeof code === "string" && `import.error.${code}` in IMPORT_ERRORS) return t(`import.error.${code}` as ImportErrorKey, { detail: (error as Error & { detail?: string }).detail ?? "" });
  return error instanceof Error ? error.message : String(error);
}

export interface ImportWizard {
  state: Accessor<WizardState>;
  chooseFile(file: File): Promise<void>;
  pickSheet(index: number): void;
  chooseSheet(index: number): Promise<void>;
  chooseHeaderRow(index: number): Promise<void>;
  chooseKind(kind: ListKind): Promise<void>;
  chooseColumn(field: FieldId, column: number | null): void;
  read(): Promise<void>;
  problems(offset: number, limit: number): Promise<RowProblem[]>;
  /** matches the list read against the roster, in the worker */
  match(): Promise<void>;
  changes(section: ChangeSection, offset: number, limit: number): Promise<ChangeEntry[]>;
  /** writes ONE import batch */
  save(): Promise<void>;
  back(): void;
  restart(): void;
  /** the worker, for the later steps (matching) that work on the list it read */
  worker(): ImportWorker | null;
}

export function createImportWizard(deps: WizardDeps): ImportWizard {
  const [state, setState] = createSignal<WizardState>(INITIAL);
  let worker: ImportWorker | null = null;
  let request = 0;
  const send = (event: WizardEvent) => setState((s) => step(s, event));
  const stopWorker = () => {
    worker?.stop();
    worker = null;
  };
  onCleanup(stopWorker);

  /** Runs one request; its events reach the machine only while it is the latest. */
  async function run(work: (api: ImportWorker, current: () => boolean) => Promise<void>): Promise<void> {
    const mine = ++request;
    const current = () => mine === request;
    try {
      if (!worker) throw new Error("no worker");
      await work(worker, current);
    } catch (error) {
      if (current()) send({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function setUp(sheetIndex: number, headerIndex?: number): Promise<void> {
    await run(async ({ api }, current) => {
      const setup = await api.setupSheet(sheetIndex, headerIndex);
      const saved = setup.headerIndex === null ? null : deps.memory.recall(setup.signature);
      const mapping = setup.headerIndex === null ? null : await api.mappingFor(saved?.kind ?? setup.kindGuess, saved?.fields);
      if (current()) send({ type: "sheetReady", setup, mapping, remembered: saved !== null });
    });
  }

  const wizard: ImportWizard = {
    state,
    async chooseFile(file) {
      stopWorker();
      worker = deps.startWorker();
      send({ type: "fileChosen", fileName: file.name });
      await run(async ({ api, progress }, current) => {
        const outcome = await api.open(file, file.name, progress((p: ImportProgress) => void (current() && send({ type: "progress", progress: p }))));
        if (!current()) return;
        send({ type: "opened", outcome });
        const only = outcome.ok ? sheetWithoutAsking(outcome.file) : null;
        if (only !== null) await wizard.chooseSheet(only);
      });
    },
    pickSheet: (index) => send({ type: "sheetPicked", index }),
    async chooseSheet(index) {
      send({ type: "sheetChosen", index });
      await setUp(index);
    },
    async chooseHeaderRow(index) {
      const s = state();
      if (s.step !== "mapping") return;
      send({ type: "headerRowChosen" });
      await setUp(s.setup.sheetIndex, index);
    },
    async chooseKind(kind) {
      const s = state();
      if (s.step !== "mapping" || s.setup.headerIndex === null) return;
      send({ type: "kindChosen" });
      const saved = deps.memory.recall(s.setup.signature);
      const fields = saved?.kind === kind ? saved.fields : undefined;
      await run(async ({ api }, current) => {
        const mapping = await api.mappingFor(kind, fields);
        if (current()) send({ type: "mappingReady", mapping, remembered: fields !== undefined });
      });
    },
    chooseColumn: (field, column) => send({ type: "columnChosen", field, column }),
    async read() {
      const s = state();
      if (!canRead(s) || s.step !== "mapping") return;
      deps.memory.remember(s.setup.signature, s.mapping, s.setup.header);
      send({ type: "readStarted" });
      await run(async ({ api, progress }, current) => {
        const preview = await api.read({ mapping: s.mapping, expected: deps.expected(), today: deps.today() }, progress((p: ImportProgress) => void (current() && send({ type: "progress", progress: p }))));
        if (current()) send({ type: "readDone", preview });
      });
    },
    problems: async (offset, limit) => (worker ? worker.api.problems(offset, limit) : []),
    async match() {
      if (!canConfirm(state())) return;
      send({ type: "matchStarted" });
      await run(async ({ api, progress }, current) => {
        const households = deps.households();
        // the roster goes over in chunks, each one short task here (a 20,000-family roster at once would not
        // be), a turn between them; the next goes without waiting for the worker's answer (the worker takes
        // them in order), or the round trips would add seconds
        const sent: Array<Promise<number>> = [];
        let received = 0;
        for (let from = 0; from === 0 || from < households.length; from += ROSTER_CHUNK) {
          const chunk = api.addRoster(households.slice(from, from + ROSTER_CHUNK).map(rosterRecord), from === 0);
          sent.push(chunk);
          void chunk.then((count) => {
            // the bar moves in steps of a twentieth: a re-render per chunk is a cost on a phone
            const step = Math.max(ROSTER_CHUNK, Math.ceil(households.length / 20));
            if (Math.floor(count / step) === Math.floor(received / step) && count < households.length) return;
            received = Math.max(received, count);
            if (current()) send({ type: "rosterSent", fraction: Math.min(1, received / Math.max(1, households.length)) });
          }, () => undefined);
          await nextTask();
          if (!current()) return;
        }
        await Promise.all(sent);
        if (!current()) return;
        const summary = await api.match(deps.today(), progress((p: MatchProgress) => void (current() && send({ type: "matchProgress", progress: p }))));
        if (current()) send({ type: "matchDone", summary });
      });
    },
    changes: async (section, offset, limit) => (worker ? worker.api.changes(section, offset, limit) : []),
    async save() {
      const s = state();
      if (s.step !== "changes" || !worker) return;
      const api = worker.api;
      request++;
      send({ type: "saveStarted" });
      try {
        const expected = s.summary.kind === "family" ? s.summary.counts.families : s.summary.counts.rows;
        const parts = await collectWrite((i) => api.writePage(i), (records) => send({ type: "saveProgress", phase: "reading", fraction: records / Math.max(1, expected) }));
        // written in slices, the browser free between them; the bar follows the records written
        const batchId = await writeImport(
          deps.writer,
          parts,
          {
            kind: s.summary.kind,
            fileName: s.file.fileName,
            sheet: s.file.format === "xlsx" ? s.setup.sheetName : "",
            ruleVersion: s.summary.ruleVersion,
            rows: s.preview.summary.rows,
          },
          (p) => send({ type: "saveProgress", phase: "writing", fraction: p.done / Math.max(1, p.total) }),
        );
        // "Tersimpan" once the family list shows the batch too (it takes a large one in over idle moments)
        send({ type: "saveProgress", phase: "showing", fraction: 1 });
        await deps.settled?.();
        send({ type: "saved", batchId });
      } catch (error) {
        send({ type: "saveFailed", message: saveFailure(error) });
      }
    },
    back() {
      request++;
      send({ type: "back" });
      if (state().step === "file") stopWorker();
    },
    restart() {
      request++;
      stopWorker();
      send({ type: "restart" });
    },
    worker: () => worker,
  };
  return wizard;
}
