import { For, Show } from "solid-js";
import type { RowProblem } from "@shared/import/index.ts";
import { formatNumber } from "../../../i18n/index.ts";
import { rowProblemText, ti } from "../../../i18n/importWizard.ts";
import type { ListPreview } from "../worker/protocol.ts";
import { ProblemBox } from "../ui/ProblemBox.tsx";
import { ProblemRows } from "./ProblemRows.tsx";
import { SampleTable } from "./SampleTable.tsx";

export interface PreviewActions {
  problems(offset: number, limit: number): Promise<RowProblem[]>;
  onBack(): void;
  onNext: () => void;
}

/** Step 3: the list as read: how many rows are fine, which rows have which problem, and nothing to confirm while it is blocking. */
export function PreviewStep(props: { preview: ListPreview; failure: string | null; canConfirm: boolean; actions: PreviewActions }) {
  const p = () => props.preview;
  const s = () => p().summary;
  const blocking = () => p().fileProblems.filter((f) => f.severity === "error");
  const warnings = () => p().fileProblems.filter((f) => f.severity === "warning");
  const n = formatNumber;
  return (
    <div class="panel import-step" data-testid="import-preview-step">
      <h2>{ti("import.preview.title")}</h2>
      <Show when={props.failure}>
        {(message) => (
          <div class="import-box import-box-error" role="alert" data-testid="import-match-failed">
            {ti("import.match.failed", { message: message() })}
          </div>
        )}
      </Show>
      <Show when={blocking().length > 0}>
        <ProblemBox title={ti("import.preview.blocking")} problems={blocking()} testId="import-blocking" nothingWritten />
      </Show>
      <ul class="import-summary" data-testid="import-summary" data-rows={s().rows} data-ok={s().rowsOk} data-records={s().records} data-blocking={String(s().blocking)}>
        <li class="import-ok">{ti("import.preview.rowsOk", { ok: n(s().rowsOk), rows: n(s().rows) })}</li>
        <Show when={s().rowsWithWarnings > 0}>
          <li class="import-warn">{ti("import.preview.rowsWarning", { count: n(s().rowsWithWarnings) })}</li>
        </Show>
        <Show when={s().rowsWithErrors > 0}>
          <li class="import-error">{ti("import.preview.rowsError", { count: n(s().rowsWithErrors) })}</li>
        </Show>
        <Show when={s().rowsSkipped > 0}>
          <li class="import-error">{ti("import.preview.rowsSkipped", { count: n(s().rowsSkipped) })}</li>
        </Show>
        <li>{ti(p().kind === "social" ? "import.preview.recordsSocial" : "import.preview.records", { count: n(s().records) })}</li>
      </ul>
      <Show when={warnings().length > 0}>
        <ProblemBox title={ti("import.preview.warnings")} problems={warnings()} testId="import-warnings" />
      </Show>
      <Show when={p().groups.length > 0}>
        <h3>{ti("import.preview.problems")}</h3>
        <ul class="import-groups" data-testid="import-problem-groups">
          <For each={p().groups}>
            {(g) => (
              <li classList={{ "import-error": g.severity === "error" }} data-key={g.key}>
                <span class="chip">{ti(`import.severity.${g.severity}`)}</span> {rowProblemText(g.example)}{" "}
                <span class="muted">
                  {ti("import.preview.problemRows", { count: n(g.count), rows: g.rows.join(", ") })}
                  {g.count > g.rows.length ? ` ${ti("import.preview.problemMore")}` : ""}
                </span>
              </li>
            )}
          </For>
        </ul>
        <details class="import-details">
          <summary>{ti("import.preview.problems")} ({n(p().problemCount)})</summary>
          <ProblemRows total={p().problemCount} load={(o, l) => props.actions.problems(o, l)} />
        </details>
      </Show>
      <h3>{ti("import.preview.sample", { count: p().sample.length })}</h3>
      <SampleTable kind={p().kind} records={p().sample} />
      <div class="actions import-actions">
        <button type="button" class="secondary" data-testid="import-back" onClick={() => props.actions.onBack()}>
          {ti("import.back")}
        </button>
        <button type="button" data-testid="import-confirm" disabled={!props.canConfirm} onClick={() => props.actions.onNext()}>
          {ti("import.preview.next")}
        </button>
      </div>
    </div>
  );
}
