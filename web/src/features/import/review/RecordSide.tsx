import { For, Show, type JSX } from "solid-js";
import { ti, type ImportMessageKey } from "../../../i18n/importWizard.ts";

export interface SideField {
  label: ImportMessageKey;
  value: JSX.Element | string;
}

/** One side of a pair: a title and its fields as a definition list (stacked on a phone). */
export function RecordSide(props: { title: string; fields: SideField[]; testId: string; note?: string }) {
  return (
    <section class="review-side" data-testid={props.testId}>
      <h3>{props.title}</h3>
      <Show when={props.note}>
        <p class="muted">{props.note}</p>
      </Show>
      <dl class="review-facts">
        <For each={props.fields}>
          {(f) => (
            <>
              <dt>{ti(f.label)}</dt>
              <dd>{f.value === "" ? "–" : f.value}</dd>
            </>
          )}
        </For>
      </dl>
    </section>
  );
}
