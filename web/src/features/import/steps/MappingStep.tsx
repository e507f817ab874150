import { createMemo, For, Show, untrack } from "solid-js";
import { LIST_KINDS, type FieldId, type ListKind } from "@shared/import/index.ts";
import { columnLetter } from "@shared/import/problemLog.ts";
import { fieldLabel, kindLabel, ti } from "../../../i18n/importWizard.ts";
import { canRead, missingFields, type MappingContext } from "../wizard/machine.ts";
import { ProblemBox } from "../ui/ProblemBox.tsx";
import { FieldSelect } from "./FieldSelect.tsx";

export interface MappingActions {
  onKind(kind: ListKind): void;
  onHeaderRow(index: number): void;
  onColumn(field: FieldId, column: number | null): void;
  onNext(): void;
  onBack(): void;
}

/** Step 2: the kind of list, the header row and a column per field, each guessed and changeable. */
export function MappingStep(props: { state: MappingContext & { step: "mapping"; busy: boolean }; actions: MappingActions }) {
  const s = () => props.state;
  const used = () => new Set(Object.values(s().mapping.columns));
  const unused = () => s().setup.header.map((h, c) => (h !== "" && !used().has(c) ? `${columnLetter(c)} (${h})` : "")).filter(Boolean);
  // on a phone, fields the file has no column for are folded away (a field chosen later stays where it is until the next step)
  const setupNow = createMemo(() => s().setup);
  const kindNow = createMemo(() => s().kind);
  const unmappedAtStart = createMemo(() => {
    setupNow();
    kindNow();
    return new Set(untrack(() => s().fields.filter((f) => f.column === null && !f.required).map((f) => f.field)));
  });
  const shown = () => s().fields.filter((f) => !unmappedAtStart().has(f.field));
  const folded = () => s().fields.filter((f) => unmappedAtStart().has(f.field));
  const missing = () => missingFields(s()).map((f) => fieldLabel(s().kind, f.field));
  return (
    <div class="panel import-step" data-testid="import-mapping-step" aria-busy={s().busy}>
      <h2>{ti("import.mapping.title")}</h2>
      <p class="muted">{ti("import.mapping.file", { file: s().file.fileName, sheet: s().setup.sheetName })}</p>
      <div class="form">
        <label class="field">
          <span class="field-label">{ti("import.mapping.kind")}</span>
          <select data-testid="import-kind" value={s().kind} disabled={s().busy || s().setup.headerIndex === null} onChange={(e) => props.actions.onKind(e.currentTarget.value as ListKind)}>
            <For each={LIST_KINDS}>
              {(kind) => (
                <option value={kind}>
                  {kindLabel(kind)}
                  {kind === s().guessedKind ? ` (${ti("import.mapping.kindGuessed")})` : ""}
                </option>
              )}
            </For>
          </select>
        </label>
        <label class="field">
          <span class="field-label">{ti("import.mapping.headerRow")}</span>
          <select data-testid="import-header-row" value={s().setup.headerIndex === null ? "" : String(s().setup.headerIndex)} disabled={s().busy} onChange={(e) => props.actions.onHeaderRow(Number(e.currentTarget.value))}>
            <Show when={s().setup.headerIndex === null}>
              <option value="">—</option>
            </Show>
            <For each={s().setup.topRows}>{(row) => <option value={String(row.index)}>{ti("import.mapping.headerRowOption", { row: row.index + 1, text: row.text })}</option>}</For>
          </select>
        </label>
      </div>
      <Show when={s().setup.problem}>{(p) => <ProblemBox title={ti("import.file.refused")} problems={[p()]} testId="import-refused" />}</Show>
      <Show when={s().setup.headerIndex !== null}>
        <Show when={s().remembered}>
          <p class="import-note" data-testid="import-remembered">
            {ti("import.mapping.remembered")}
          </p>
        </Show>
        <h3>{ti("import.mapping.columns")}</h3>
        <div class="import-fields">
          <For each={shown()}>{(f) => <FieldSelect kind={s().kind} field={f} header={s().setup.header} disabled={s().busy} onChange={(c) => props.actions.onColumn(f.field, c)} />}</For>
        </div>
        <Show when={folded().length > 0}>
          <details class="import-details" data-testid="import-more-fields">
            <summary>{ti("import.mapping.moreFields", { count: folded().length })}</summary>
            <div class="import-fields">
              <For each={folded()}>{(f) => <FieldSelect kind={s().kind} field={f} header={s().setup.header} disabled={s().busy} onChange={(c) => props.actions.onColumn(f.field, c)} />}</For>
            </div>
          </details>
        </Show>
        <Show when={missing().length > 0}>
          <p class="field-error" role="alert" data-testid="import-missing">
            {ti("import.mapping.missing", { fields: missing().join(", ") })}
          </p>
        </Show>
        <Show when={unused().length > 0}>
          <p class="muted">{ti("import.mapping.unused", { columns: unused().join(", ") })}</p>
        </Show>
      </Show>
      <div class="actions import-actions">
        <button type="button" class="secondary" data-testid="import-back" onClick={() => props.actions.onBack()}>
          {ti("import.back")}
        </button>
        <button type="button" data-testid="import-read" disabled={!canRead(s())} onClick={() => props.actions.onNext()}>
          {ti("import.mapping.next")}
        </button>
      </div>
    </div>
  );
}
