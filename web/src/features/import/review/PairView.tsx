import { createSignal, For, Show } from "solid-js";
import type { Household, ReviewCandidate } from "@shared/model/index.ts";
import type { ReviewEntry } from "@shared/rules/matchReview.ts";
import { evidenceText, ti } from "../../../i18n/importWizard.ts";
import { candidatesOf } from "./reviewModel.ts";
import { householdFields, listSideFields } from "./pairFields.ts";
import { RecordSide } from "./RecordSide.tsx";

export type Outcome = "link" | "reject" | "later";

/** One doubtful pair: the list row and the roster family side by side, the evidence, and the three big buttons. */
export function PairView(props: { entry: ReviewEntry; household: (id: string) => Household | undefined; onDecide: (outcome: Outcome, candidate: ReviewCandidate | null) => void; compact?: boolean }) {
  const candidates = () => candidatesOf(props.entry);
  const [chosen, setChosen] = createSignal(0);
  const [showNik, setShowNik] = createSignal(false);
  const candidate = () => candidates()[Math.min(chosen(), candidates().length - 1)] ?? null;
  const household = () => (candidate() ? props.household(candidate()!.householdId) : undefined);
  const score = (c: ReviewCandidate) => c.score.toFixed(1).replace(".", ",");
  return (
    <article class="review-pair" classList={{ compact: props.compact }} data-testid="review-pair" data-row={props.entry.rowId} data-state={props.entry.state}>
      <Show when={props.entry.state !== "open"}>
        <p class="chip review-state">{ti(props.entry.state === "later" ? "import.review.state.later" : "import.review.state.conflict")}</p>
      </Show>
      <Show when={candidates().length > 1}>
        <div class="review-candidates" role="radiogroup">
          <For each={candidates()}>
            {(c, i) => (
              <label class="import-choice">
                <input type="radio" name={`cand-${props.entry.rowId}`} checked={chosen() === i()} onChange={() => setChosen(i())} />
                <span>{ti("import.review.candidate", { n: i() + 1, score: score(c) })}</span>
              </label>
            )}
          </For>
        </div>
      </Show>
      <div class="review-sides">
        <Show when={props.entry.item}>{(item) => <RecordSide title={ti(`import.review.listSide.${props.entry.list}`)} fields={listSideFields(item())} testId="review-list-side" />}</Show>
        <Show when={household()} fallback={<p class="muted">{ti("import.review.gone")}</p>}>
          {(h) => <RecordSide title={ti("import.review.rosterSide")} fields={householdFields(h(), showNik())} testId="review-roster-side" />}
        </Show>
      </div>
      <button type="button" class="link-button" data-testid="review-toggle-nik" onClick={() => setShowNik(!showNik())}>
        {ti(showNik() ? "import.review.hideNik" : "import.review.showNik")}
      </button>
      <Show when={candidate()}>
        {(c) => (
          <section class="review-evidence">
            <h3>
              {ti("import.review.evidence")} · {ti("import.review.score", { score: score(c()) })}
            </h3>
            <ul data-testid="review-evidence">
              <For each={c().evidence.filter((e) => e.code !== "peluang_awal")}>
                {(e) => (
                  <li classList={{ "review-for": e.weight > 0, "review-against": e.weight < 0 }} data-code={e.code}>
                    {evidenceText(e)}
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </Show>
      <div class="review-buttons">
        <button type="button" data-testid="review-accept" disabled={!household()} onClick={() => props.onDecide("link", candidate())}>
          {ti("import.review.accept")}
        </button>
        <button type="button" class="danger secondary" data-testid="review-reject" onClick={() => props.onDecide("reject", null)}>
          {ti("import.review.reject")}
        </button>
        <button type="button" class="secondary" data-testid="review-later" onClick={() => props.onDecide("later", candidate())}>
          {ti("import.review.later")}
        </button>
      </div>
    </article>
  );
}
