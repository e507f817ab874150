import { Show } from "solid-js";
import { formatNumber } from "../../../i18n/index.ts";
import { ti } from "../../../i18n/importWizard.ts";
import type { MatchSummary } from "../worker/matchProtocol.ts";

/** After Simpan: the one batch written, and where to go next. */
export function SavedStep(props: { fileName: string; summary: MatchSummary; rosterHref: string; reviewHref: string; onAnother: () => void }) {
  const waiting = () => props.summary.counts.review;
  return (
    <div class="panel import-step" data-testid="import-saved-step" role="status">
      <h2>{ti("import.saved.title")}</h2>
      <p>{ti("import.saved.body", { file: props.fileName, kind: ti(props.summary.kind === "social" ? "import.kind.sosial" : "import.kind.keluarga") })}</p>
      <Show when={waiting() > 0}>
        <p class="import-warn">{ti("import.saved.review", { count: formatNumber(waiting()) })}</p>
      </Show>
      <div class="actions import-actions">
        <a class="button-link secondary" href={props.rosterHref} data-testid="import-saved-roster">
          {ti("import.saved.toRoster")}
        </a>
        <Show when={waiting() > 0}>
          <a class="button-link" href={props.reviewHref} data-testid="import-saved-review">
            {ti("import.saved.toReview")}
          </a>
        </Show>
        <button type="button" class="secondary" data-testid="import-another" onClick={() => props.onAnother()}>
          {ti("import.saved.another")}
        </button>
      </div>
    </div>
  );
}
