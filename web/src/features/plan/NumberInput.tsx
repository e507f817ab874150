import { createEffect, createSignal, Show } from "solid-js";
import { MAX_TARGET } from "@shared/model/index.ts";
import { formatRupiah, groupThousands, parseCount, parseRupiah } from "@shared/rules/plan/index.ts";
import { t } from "../../i18n/index.ts";
import { tp } from "../../i18n/plan.ts";

type Kind = "count" | "rupiah";

const show = (kind: Kind, v: number | null) => (v === null ? "" : kind === "rupiah" ? formatRupiah(v) : groupThousands(v));

/** The typed text as a number: { value } (null = empty) or { error } with what to fix, in Indonesian separators. */
export function readNumber(kind: Kind, text: string): { value: number | null } | { error: string } {
  if (kind === "rupiah") {
    const r = parseRupiah(text);
    return r.ok ? { value: r.value } : { error: tp(`plan.rupiah.${r.error}`) };
  }
  const n = parseCount(text, MAX_TARGET);
  return n === undefined ? { error: t("plan.number.invalid") } : { value: n };
}

/**
 * A count or an amount in rupiah, typed as people write them ("Rp 1.500.000", "1,5 juta", "1.200") and saved
 * when the field is left or Enter is pressed. A value that does not read stays as typed with what to fix, so
 * nothing is lost; a value another device writes shows as soon as this field is not being typed in.
 */
export function NumberInput(props: { name: string; label: string; kind: Kind; value: number | null; readOnly: boolean; onSave: (value: number | null) => void }) {
  const [text, setText] = createSignal(show(props.kind, props.value));
  const [error, setError] = createSignal("");
  let input: HTMLInputElement | undefined;
  createEffect(() => {
    const value = props.value;
    if (document.activeElement !== input && !error()) setText(show(props.kind, value));
  });
  const save = () => {
    const read = readNumber(props.kind, text());
    if ("error" in read) return setError(read.error);
    setError("");
    if (read.value !== props.value) props.onSave(read.value);
    setText(show(props.kind, read.value));
  };
  return (
    <label class="field" classList={{ invalid: !!error() }}>
      <span class="field-label">{props.label}</span>
      <input
        ref={(el) => (input = el)}
        name={props.name}
        inputmode="decimal"
        autocomplete="off"
        placeholder={props.kind === "rupiah" ? "Rp 0" : ""}
        readOnly={props.readOnly}
        value={text()}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={save}
        onKeyDown={(e) => e.key === "Enter" && save()}
      />
      <Show when={error()}>
        <span class="field-error" role="alert">
          {error()}
        </span>
      </Show>
    </label>
  );
}
