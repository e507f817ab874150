import { Match, Switch } from "solid-js";
import type { ExpectedWilayah } from "@shared/import/index.ts";
import type { Household } from "@shared/model/index.ts";
import { localIsoDate } from "../../i18n/index.ts";
import { ti } from "../../i18n/importWizard.ts";
import { createImportWizard } from "./wizard/createImportWizard.ts";
import { makeMappingMemory } from "./wizard/mappingMemory.ts";
import { canConfirm, type WizardState } from "./wizard/machine.ts";
import { startImportWorker } from "./worker/workerClient.ts";
import { FileStep } from "./steps/FileStep.tsx";
import { SheetStep } from "./steps/SheetStep.tsx";
import { MappingStep } from "./steps/MappingStep.tsx";
import { PreviewStep } from "./steps/PreviewStep.tsx";
import { MatchStep } from "./steps/MatchStep.tsx";
import { ChangesStep } from "./steps/ChangesStep.tsx";
import { SavedStep } from "./steps/SavedStep.tsx";
import type { ImportWriter } from "./wizard/writeImport.ts";
import { ProgressBar } from "./ui/ProgressBar.tsx";
import { StepIndicator } from "./ui/StepIndicator.tsx";
import { PendingImports } from "./ui/PendingImports.tsx";
import type { PendingImport, RolledBackImport } from "../../state/imports.ts";

export interface ImportWizardProps {
  expected: () => ExpectedWilayah;
  households: () => readonly Household[];
  writer: ImportWriter;
  /** resolves once the roster's list shows every change written so far */
  settled: () => Promise<void>;
  /** batches written in part, and those this device cut short and rolled back */
  pending: () => readonly PendingImport[];
  rolledBack: () => readonly RolledBackImport[];
  rosterHref: string;
  reviewHref: string;
}

/** The import wizard (issue 15): file, sheet, columns, preview, matching, changes, saved. Reading and matching run in a worker. */
export function ImportWizard(props: ImportWizardProps) {
  const wizard = createImportWizard({
    startWorker: startImportWorker,
    memory: makeMappingMemory(localStorage),
    expected: props.expected,
    today: () => localIsoDate(),
    households: props.households,
    writer: props.writer,
    settled: props.settled,
  });
  const s = wizard.state;
  const at = <K extends WizardState["step"]>(step: K) => {
    const state = s();
    return state.step === step ? (state as Extract<WizardState, { step: K }>) : false;
  };
  return (
    <div class="import-wizard" data-step={s().step}>
      <PendingImports pending={props.pending()} rolledBack={props.rolledBack()} hideWriting={s().step === "saving"} />
      <StepIndicator step={s().step} />
      <Switch>
        <Match when={at("file")}>{(f) => <FileStep problem={f().problem} failure={f().failure} onFile={(file) => void wizard.chooseFile(file)} />}</Match>
        <Match when={at("opening")}>
          {(o) => (
            <div class="panel import-step">
              <ProgressBar label={ti("import.opening", { file: o().fileName })} fraction={o().progress} />
            </div>
          )}
        </Match>
        <Match when={at("sheet")}>
          {(sh) => <SheetStep file={sh().file} chosen={sh().chosen} onPick={wizard.pickSheet} onUse={(i) => void wizard.chooseSheet(i)} onBack={wizard.back} />}
        </Match>
        <Match when={at("setup")}>
          <div class="panel import-step">
            <ProgressBar label={ti("import.mapping.title")} fraction={0} />
          </div>
        </Match>
        <Match when={at("mapping")}>
          {(m) => (
            <MappingStep
              state={m()}
              actions={{
                onKind: (kind) => void wizard.chooseKind(kind),
                onHeaderRow: (index) => void wizard.chooseHeaderRow(index),
                onColumn: wizard.chooseColumn,
                onNext: () => void wizard.read(),
                onBack: wizard.back,
              }}
            />
          )}
        </Match>
        <Match when={at("reading")}>
          {(r) => (
            <div class="panel import-step">
              <ProgressBar label={ti("import.reading")} fraction={r().progress} />
              <button type="button" class="secondary" data-testid="import-back" onClick={wizard.back}>
                {ti("import.back")}
              </button>
            </div>
          )}
        </Match>
        <Match when={at("preview")}>
          {(p) => <PreviewStep preview={p().preview} failure={p().failure ?? null} canConfirm={canConfirm(p())} actions={{ problems: wizard.problems, onBack: wizard.back, onNext: () => void wizard.match() }} />}
        </Match>
        <Match when={at("matching")}>{(m) => <MatchStep phases={m().phases} onBack={wizard.back} />}</Match>
        <Match when={at("changes")}>
          {(c) => <ChangesStep summary={c().summary} saveError={c().saveError} load={wizard.changes} onSave={() => void wizard.save()} onBack={wizard.back} />}
        </Match>
        <Match when={at("saving")}>
          {(sv) => (
            <div class="panel import-step" data-testid="import-saving">
              <ProgressBar label={ti(`import.saving.${sv().phase}`)} fraction={sv().progress} testId="import-save-progress" />
              <p class="muted" data-phase={sv().phase} data-testid="import-save-phase">
                {ti("import.saving.note")}
              </p>
            </div>
          )}
        </Match>
        <Match when={at("saved")}>
          {(d) => <SavedStep fileName={d().file.fileName} summary={d().summary} rosterHref={props.rosterHref} reviewHref={props.reviewHref} onAnother={wizard.restart} />}
        </Match>
      </Switch>
    </div>
  );
}
