import { createResource, createSignal, For, Show } from "solid-js";
import type { RowProblem } from "@shared/import/index.ts";
import { formatNumber } from "../../../i18n/index.ts";
import { rowProblemText, rowProblemWhere, ti } from "../../../i18n/importWizard.ts";

const PAGE = 25;

/** Row problems one page at a time, from the worker: "Baris 17, kolom E (NIK Istri): what to fix". */
export function ProblemRows(props: { total: number; load: (offset: number, limit: number) => Promise<RowProblem[]> }) {
  const [shown, setShown] = createSignal<RowProblem[]>([]);
  const [offset, setOffset] = createSignal(0);
  createResource(offset, async (from) => {
    const page = await props.load(from, PAGE);
    setShown((rows) => [...rows, ...page]);
    return page.length;
  });
  const left = () => props.total - shown().length;
  return (
    <div class="import-problem-rows">
      <ol class="import-problem-list" data-testid="import-problem-rows">
        <For each={shown()}>
          {(p) => (
            <li classList={{ "import-error": p.severity === "error" }} data-row={p.row} data-key={p.key}>
              <strong>{rowProblemWhere(p)}</strong>: {rowProblemText(p)}
            </li>
          )}
        </For>
      </ol>
      <Show when={left() > 0 && shown().length > 0}>
        <button type="button" class="secondary" onClick={() => setOffset(shown().length)}>
          {ti("import.preview.showMore", { count: formatNumber(Math.min(PAGE, left())) })}
        </button>
      </Show>
    </div>
  );
}
