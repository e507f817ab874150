import { For } from "solid-js";
import { formatNumber } from "../../../i18n/index.ts";
import { ti } from "../../../i18n/importWizard.ts";
import type { OpenedSummary } from "../worker/protocol.ts";

/** Step 1b: a workbook with several filled sheets: which one holds the list. */
export function SheetStep(props: { file: OpenedSummary; chosen: number; onPick: (index: number) => void; onUse: (index: number) => void; onBack: () => void }) {
  const about = (s: OpenedSummary["sheets"][number]) => {
    if (s.filledRows === 0) return ti("import.sheet.empty");
    const rows = ti("import.sheet.rows", { count: formatNumber(s.filledRows) });
    return `${rows}, ${s.header ? ti("import.sheet.header", { row: s.header.row }) : ti("import.sheet.noHeader")}`;
  };
  return (
    <div class="panel import-step" data-testid="import-sheet-step">
      <h2>{ti("import.sheet.title")}</h2>
      <p class="muted">{ti("import.sheet.intro")}</p>
      <fieldset class="plain import-choices">
        <legend class="field-label">{props.file.fileName}</legend>
        <For each={props.file.sheets}>
          {(s) => (
            <label class="import-choice" classList={{ disabled: s.filledRows === 0 }}>
              <input type="radio" name="import-sheet" checked={props.chosen === s.index} disabled={s.filledRows === 0} onChange={() => props.onPick(s.index)} />
              <span>
                <strong>{s.name}</strong>
                <span class="muted"> · {about(s)}</span>
              </span>
            </label>
          )}
        </For>
      </fieldset>
      <div class="actions import-actions">
        <button type="button" class="secondary" data-testid="import-back" onClick={() => props.onBack()}>
          {ti("import.back")}
        </button>
        <button type="button" data-testid="import-use-sheet" onClick={() => props.onUse(props.chosen)}>
          {ti("import.sheet.use")}
        </button>
      </div>
    </div>
  );
}
