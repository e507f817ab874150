import { For, Show } from "solid-js";
import { formatNumber, formatSince } from "../../../i18n/index.ts";
import { ti } from "../../../i18n/importWizard.ts";
import type { PendingImport, RolledBackImport } from "../../../state/imports.ts";

/**
 * Import batches written in part (nothing of them shows on any device until they commit) and those this
 * device had cut short and rolled back: what the person must know before importing again.
 * `hideWriting`: the wizard shows its own bar for the batch it writes.
 */
export function PendingImports(props: { pending: readonly PendingImport[]; rolledBack: readonly RolledBackImport[]; hideWriting: boolean }) {
  const n = formatNumber;
  const shown = () => props.pending.filter((p) => !(props.hideWriting && p.state === "writing"));
  return (
    <>
      <For each={shown()}>
        {(p) => (
          <div class="import-box" role="status" data-testid="import-pending" data-state={p.state} data-batch={p.id}>
            {p.state === "writing"
              ? ti("import.pending.writing", { file: p.fileName, done: n(p.done), total: n(p.total) })
              : p.state === "rollingBack"
                ? ti("import.pending.rollingBack", { file: p.fileName })
                : ti("import.pending.elsewhere", { file: p.fileName, by: p.by, done: n(p.done), total: n(p.total), time: formatSince(Date.parse(p.at)) })}
          </div>
        )}
      </For>
      <Show when={props.rolledBack.length > 0}>
        <For each={props.rolledBack}>
          {(r) => (
            <div class="import-box" role="status" data-testid="import-rolled-back" data-batch={r.id}>
              {ti("import.rolledBack", { file: r.fileName, done: n(r.done), total: n(r.total) })}
            </div>
          )}
        </For>
      </Show>
    </>
  );
}
