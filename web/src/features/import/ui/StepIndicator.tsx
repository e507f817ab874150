import { For } from "solid-js";
import { ti, type ImportMessageKey } from "../../../i18n/importWizard.ts";
import type { WizardState } from "../wizard/machine.ts";

const STEPS: Array<{ label: ImportMessageKey; steps: Array<WizardState["step"]> }> = [
  { label: "import.step.file", steps: ["file", "opening", "sheet", "setup"] },
  { label: "import.step.mapping", steps: ["mapping", "reading"] },
  { label: "import.step.preview", steps: ["preview"] },
];

/** Where the person is in the wizard. */
export function StepIndicator(props: { step: WizardState["step"] }) {
  return (
    <ol class="import-steps">
      <For each={STEPS}>
        {(s) => (
          <li classList={{ current: s.steps.includes(props.step) }} aria-current={s.steps.includes(props.step) ? "step" : undefined}>
            {ti(s.label)}
          </li>
        )}
      </For>
    </ol>
  );
}
