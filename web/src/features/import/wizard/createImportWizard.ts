/**
 * The wizard's controller: holds the machine's state in a signal, starts the
 * worker, calls it on each step and feeds its answers back as events. An
 * answer to a request that a later request replaced is dropped, so choosing a
 * new file while the last one opens never mixes the two.
 */
import { createSignal, onCleanup, type Accessor } from "solid-js";
import type { ExpectedWilayah, FieldId, ListKind, RowProblem } from "@shared/import/index.ts";
import type { ImportWorker } from "../worker/workerClient.ts";
import type { MappingMemory } from "./mappingMemory.ts";
import { canRead, INITIAL, sheetWithoutAsking, step, type WizardEvent, type WizardState } from "./machine.ts";

export interface WizardDeps {
  startWorker(): ImportWorker;
  memory: MappingMemory;
  expected(): ExpectedWilayah;
  /** YYYY-MM-DD on the device */
  today(): string;
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
        const outcome = await api.open(file, file.name, progress((p) => current() && send({ type: "progress", progress: p })));
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
        const preview = await api.read({ mapping: s.mapping, expected: deps.expected(), today: deps.today() }, progress((p) => current() && send({ type: "progress", progress: p })));
        if (current()) send({ type: "readDone", preview });
      });
    },
    problems: async (offset, limit) => (worker ? worker.api.problems(offset, limit) : []),
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
