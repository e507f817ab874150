import { For, Show } from "solid-js";
import type { FieldGuess, ListKind } from "@shared/import/index.ts";
import { columnLetter } from "@shared/import/problemLog.ts";
import { fieldLabel, ti } from "../../../i18n/importWizard.ts";

/** One field's column: the guess and its alternatives first, then every other column of the header. */
export function FieldSelect(props: { kind: ListKind; field: FieldGuess; header: string[]; disabled: boolean; onChange: (column: number | null) => void }) {
  const name = (column: number) => ti("import.mapping.column", { letter: columnLetter(column), header: props.header[column] ?? "" });
  const likely = () => {
    const columns = props.field.alternatives.map((a) => a.column);
    return props.field.column === null ? columns : [props.field.column, ...columns.filter((c) => c !== props.field.column)];
  };
  const others = () => props.header.map((h, c) => (h === "" || likely().includes(c) ? -1 : c)).filter((c) => c >= 0);
  const missing = () => props.field.required && props.field.column === null;
  return (
    <label class="field import-field" classList={{ invalid: missing() }}>
      <span class="field-label">
        {fieldLabel(props.kind, props.field.field)}
        <Show when={props.field.required}>
          <span class="import-required"> · {ti("import.mapping.required")}</span>
        </Show>
      </span>
      <select
        data-testid={`map-${props.field.field}`}
        disabled={props.disabled}
        value={props.field.column === null ? "" : String(props.field.column)}
        onChange={(e) => props.onChange(e.currentTarget.value === "" ? null : Number(e.currentTarget.value))}
      >
        <option value="">{ti("import.mapping.none")}</option>
        <For each={likely()}>{(c) => <option value={String(c)}>{name(c)}</option>}</For>
        <Show when={others().length > 0}>
          <optgroup label={ti("import.mapping.otherColumns")}>
            <For each={others()}>{(c) => <option value={String(c)}>{name(c)}</option>}</For>
          </optgroup>
        </Show>
      </select>
    </label>
  );
}
