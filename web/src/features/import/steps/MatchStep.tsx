import { For } from "solid-js";
import { ti } from "../../../i18n/importWizard.ts";
import type { PhaseProgress } from "../wizard/machine.ts";
import { ProgressBar } from "../ui/ProgressBar.tsx";

/** Step 4: matching on the device, a bar per phase. */
export function MatchStep(props: { phases: PhaseProgress[]; onBack: () => void }) {
  return (
    <div class="panel import-step" data-testid="import-match-step">
      <h2>{ti("import.match.title")}</h2>
      <p class="muted">{ti("import.match.intro")}</p>
      <For each={props.phases}>{(p) => <ProgressBar label={ti(`import.match.phase.${p.phase}`)} fraction={p.fraction} testId={`import-phase-${p.phase}`} />}</For>
      <button type="button" class="secondary" data-testid="import-back" onClick={() => props.onBack()}>
        {ti("import.back")}
      </button>
    </div>
  );
}
