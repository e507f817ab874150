import { Show } from "solid-js";
import type { FileProblem } from "@shared/import/index.ts";
import { ti } from "../../../i18n/importWizard.ts";
import { ProblemBox } from "../ui/ProblemBox.tsx";

/** Step 1: choose the file. A refused file's message stays until another file is chosen. */
export function FileStep(props: { problem: FileProblem | null; failure: string | null; onFile: (file: File) => void }) {
  return (
    <div class="panel import-step" data-testid="import-file-step">
      <p>{ti("import.intro")}</p>
      <Show when={props.problem}>{(p) => <ProblemBox title={ti("import.file.refused")} problems={[p()]} testId="import-refused" nothingWritten />}</Show>
      <Show when={props.failure}>
        {(message) => (
          <div class="import-box import-box-error" role="alert" data-testid="import-failure">
            {ti("import.failure", { message: message() })}
            <p class="import-box-note">{ti("import.file.nothingWritten")}</p>
          </div>
        )}
      </Show>
      <label class="import-file-label">
        <span class="field-label">{ti("import.file.choose")}</span>
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) props.onFile(file);
            // the same file chosen again (after fixing it in Excel) fires change again
            e.currentTarget.value = "";
          }}
        />
      </label>
      <p class="muted">{ti("import.file.hint")}</p>
    </div>
  );
}
