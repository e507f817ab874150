import { createMemo, createSignal, Show } from "solid-js";
import type { ReviewEntry } from "@shared/rules/matchReview.ts";
import { formatNumber } from "../../../i18n/index.ts";
import { ti } from "../../../i18n/importWizard.ts";
import { bulkAcceptable, scoreRange } from "./reviewModel.ts";

/** "Accept all pairs with a score of at least X": the slider starts at the top, so nothing is taken by accident. */
export function BulkAccept(props: { entries: ReviewEntry[]; onAccept: (min: number) => void }) {
  const range = createMemo(() => scoreRange(props.entries));
  const [min, setMin] = createSignal<number | null>(null);
  const value = () => min() ?? range().max;
  const count = () => bulkAcceptable(props.entries, value()).length;
  return (
    <Show when={props.entries.length > 1}>
      <details class="import-details review-bulk" data-testid="review-bulk">
        <summary>{ti("import.review.bulk.title")}</summary>
        <label class="field">
          <span class="field-label">
            {ti("import.review.bulk.score")}: <span class="mono">{value()}</span>
          </span>
          <input type="range" min={range().min} max={range().max} step="1" value={value()} data-testid="review-bulk-score" onInput={(e) => setMin(Number(e.currentTarget.value))} />
        </label>
        <button type="button" data-testid="review-bulk-accept" disabled={count() === 0} onClick={() => props.onAccept(value())}>
          {ti("import.review.bulk.button", { count: formatNumber(count()), score: value() })}
        </button>
      </details>
    </Show>
  );
}
