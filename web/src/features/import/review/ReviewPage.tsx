import { createMemo, createSignal, For, onCleanup, Show } from "solid-js";
import type { ReviewCandidate } from "@shared/model/index.ts";
import { RULE_VERSION } from "@shared/rules/matching/version.ts";
import type { ReviewEntry } from "@shared/rules/matchReview.ts";
import { formatNumber } from "../../../i18n/index.ts";
import { ti } from "../../../i18n/importWizard.ts";
import { useWorkspace } from "../../../state/context.ts";
import { BulkAccept } from "./BulkAccept.tsx";
import { DecisionLog } from "./DecisionLog.tsx";
import { PairView, type Outcome } from "./PairView.tsx";
import { bulkAcceptable, decisionFor } from "./reviewModel.ts";

/** Pairs listed at once on a wide screen (more on request). */
const LIST_PAGE = 30;

/** Wide screens list every pair; a phone shows one at a time with big buttons. */
function createWide() {
  const query = window.matchMedia("(min-width: 900px)");
  const [wide, setWide] = createSignal(query.matches);
  const change = () => setWide(query.matches);
  query.addEventListener("change", change);
  onCleanup(() => query.removeEventListener("change", change));
  return wide;
}

/** #/w/<ws>/impor/tinjau: the doubtful pairs of every import, decided one by one or in bulk, every decision recorded and undoable. */
export function ReviewPage() {
  const ws = useWorkspace();
  const [importState, actions] = ws.imports!;
  const [roster] = ws.roster!;
  const wide = createWide();
  const [message, setMessage] = createSignal("");
  const [listed, setListed] = createSignal(LIST_PAGE);
  const entries = () => importState.review();
  const counts = createMemo(() => {
    const c = { open: 0, later: 0, conflict: 0 };
    for (const e of entries()) c[e.state] += 1;
    return c;
  });
  const ruleOf = (entry: ReviewEntry) => (entry.item ? importState.batch(entry.item.batchId)?.ruleVersion : undefined) || RULE_VERSION;
  const decide = (entry: ReviewEntry, outcome: Outcome, candidate: ReviewCandidate | null) => {
    const done = actions.decide(decisionFor(entry, outcome, candidate, ruleOf(entry)));
    setMessage(done ? ti("import.review.decided", { what: ti(`import.review.outcome.${outcome}`) }) : ti("import.review.notDecided"));
  };
  const bulk = async (min: number) => {
    const pairs = bulkAcceptable(entries(), min);
    let done = 0;
    // a few decisions per task: each is a small transaction, hundreds at once would not be
    for (let i = 0; i < pairs.length; i++) {
      const { entry, candidate } = pairs[i]!;
      if (actions.decide(decisionFor(entry, "link", candidate, ruleOf(entry)))) done += 1;
      if (i % 20 === 19) await new Promise((r) => setTimeout(r, 0));
    }
    setMessage(ti("import.review.bulk.done", { count: formatNumber(done) }));
  };
  const undo = (id: string) => setMessage(actions.undo(id) ? ti("import.review.decided", { what: ti("import.review.outcome.undo") }) : ti("import.review.log.undoFailed"));
  const householdName = (id: string) => roster.byId(id)?.kepala ?? "";

  return (
    <section class="review-page" data-testid="review-page">
      <h1>{ti("import.review.title")}</h1>
      <p class="muted">{ti("import.review.intro")}</p>
      <p data-testid="review-counts" data-open={counts().open} data-later={counts().later} data-conflict={counts().conflict}>
        {ti("import.review.counts", { open: formatNumber(counts().open), later: formatNumber(counts().later), conflict: formatNumber(counts().conflict) })}
      </p>
      <p class="import-note" role="status" data-testid="review-message" hidden={message() === ""}>
        {message()}
      </p>
      <Show when={entries().length > 0} fallback={<p data-testid="review-empty">{ti("import.review.empty")}</p>}>
        <BulkAccept entries={entries()} onAccept={(min) => void bulk(min)} />
        <Show
          when={wide()}
          fallback={
            <>
              <p class="muted" data-testid="review-position">
                {ti("import.review.position", { n: 1, total: formatNumber(entries().length) })}
              </p>
              <Show when={entries()[0]} keyed>
                {(entry) => <PairView entry={entry} household={roster.byId} onDecide={(o, c) => decide(entry, o, c)} />}
              </Show>
            </>
          }
        >
          <ol class="review-list">
            <For each={entries().slice(0, listed())}>
              {(entry) => (
                <li>
                  <PairView entry={entry} household={roster.byId} onDecide={(o, c) => decide(entry, o, c)} compact />
                </li>
              )}
            </For>
          </ol>
          <Show when={entries().length > listed()}>
            <button type="button" class="secondary" onClick={() => setListed(listed() + LIST_PAGE)}>
              {ti("import.preview.showMore", { count: formatNumber(Math.min(LIST_PAGE, entries().length - listed())) })}
            </button>
          </Show>
        </Show>
      </Show>
      <DecisionLog decisions={importState.decisions()} householdName={householdName} onUndo={undo} />
    </section>
  );
}
