import { Show, type JSX } from "solid-js";

/** A labelled form control with the message that says what to fix. */
export function Field(props: { label: string; error?: string | undefined; children: JSX.Element }) {
  return (
    <label class="field" classList={{ invalid: !!props.error }}>
      <span class="field-label">{props.label}</span>
      {props.children}
      <Show when={props.error}>
        <span class="field-error" role="alert">
          {props.error}
        </span>
      </Show>
    </label>
  );
}
