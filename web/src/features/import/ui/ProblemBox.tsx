import { For, Show } from "solid-js";
import type { FileProblem } from "@shared/import/index.ts";
import { fileProblemText, ti } from "../../../i18n/importWizard.ts";

/**
 * The reader's refusal in a clear box: what is wrong and what to do, and that
 * nothing was written. For warnings (formulas, merged cells) the same box, calmer.
 */
export function ProblemBox(props: { title: string; problems: FileProblem[]; testId: string; nothingWritten?: boolean }) {
  const error = () => props.problems.some((p) => p.severity === "error");
  return (
    <div class="import-box" classList={{ "import-box-error": error() }} role={error() ? "alert" : "status"} data-testid={props.testId}>
      <strong>{props.title}</strong>
      <ul>
        <For each={props.problems}>{(p) => <li data-key={p.key}>{fileProblemText(p)}</li>}</For>
      </ul>
      <Show when={props.nothingWritten}>
        <p class="import-box-note">{ti("import.file.nothingWritten")}</p>
      </Show>
    </div>
  );
}
