import { Match, Show, Switch } from "solid-js";
import { formatNumber } from "../../../i18n/index.ts";
import { ti } from "../../../i18n/importWizard.ts";
import type { ChangeEntry, ChangeSection, MatchSummary } from "../worker/matchProtocol.ts";
import { ChangeList } from "./ChangeList.tsx";

/** Step 5: what the import will change, before anything is written; Simpan writes one import batch. */
export function ChangesStep(props: {
  summary: MatchSummary;
  saveError: string | null;
  load: (section: ChangeSection, offset: number, limit: number) => Promise<ChangeEntry[]>;
  onSave: () => void;
  onBack: () => void;
}) {
  const n = formatNumber;
  return (
    <div class="panel import-step" data-testid="import-changes-step" data-kind={props.summary.kind}>
      <h2>{ti("import.changes.title")}</h2>
      <p class="muted">{ti("import.changes.intro")}</p>
      <Show when={props.saveError}>
        {(message) => (
          <div class="import-box import-box-error" role="alert" data-testid="import-save-failed">
            {ti("import.changes.saveFailed", { message: message() })}
          </div>
        )}
      </Show>
      <Switch>
        <Match when={props.summary.kind === "family" && props.summary}>
          {(s) => {
            const c = () => (s() as Extract<MatchSummary, { kind: "family" }>).counts;
            return (
              <>
                <ul class="import-summary" data-testid="import-change-counts" data-new={c().new} data-changed={c().changed} data-gone={c().gone} data-review={c().review}>
                  <li class="import-ok">{ti("import.changes.new", { count: n(c().new) })}</li>
                  <li>{ti("import.changes.changed", { count: n(c().changed) })}</li>
                  <li class="muted">{ti("import.changes.unchanged", { count: n(c().unchanged) })}</li>
                  <li classList={{ "import-warn": c().gone > 0 }}>{ti("import.changes.gone", { count: n(c().gone) })}</li>
                  <Show when={c().review > 0}>
                    <li class="import-warn">{ti("import.changes.reviewFamilies", { count: n(c().review) })}</li>
                  </Show>
                  <Show when={c().keptHand > 0}>
                    <li class="muted">{ti("import.changes.keptHand", { count: n(c().keptHand) })}</li>
                  </Show>
                  <li class="muted">{ti("import.changes.found", { byListId: n(c().byListId), byMatcher: n(c().byMatcher) })}</li>
                </ul>
                <ChangeList section="new" total={c().new} load={props.load} />
                <ChangeList section="changed" total={c().changed} load={props.load} />
                <ChangeList section="gone" total={c().gone} load={props.load} />
                <ChangeList section="review" total={c().review} load={props.load} />
              </>
            );
          }}
        </Match>
        <Match when={props.summary.kind === "social" && props.summary}>
          {(s) => {
            const c = () => (s() as Extract<MatchSummary, { kind: "social" }>).counts;
            return (
              <>
                <ul class="import-summary" data-testid="import-change-counts" data-linked={c().linked} data-review={c().review} data-unmatched={c().unmatched}>
                  <li class="import-ok">{ti("import.changes.linked", { count: n(c().linked) })}</li>
                  <li classList={{ "import-warn": c().review > 0 }}>{ti("import.changes.reviewRows", { count: n(c().review) })}</li>
                  <li class="muted">{ti("import.changes.unmatched", { count: n(c().unmatched) })}</li>
                </ul>
                <ChangeList section="linked" total={c().linked} load={props.load} />
                <ChangeList section="review" total={c().review} load={props.load} />
                <ChangeList section="unmatched" total={c().unmatched} load={props.load} />
              </>
            );
          }}
        </Match>
      </Switch>
      <div class="actions import-actions">
        <button type="button" class="secondary" data-testid="import-back" onClick={() => props.onBack()}>
          {ti("import.back")}
        </button>
        <button type="button" data-testid="import-save" onClick={() => props.onSave()}>
          {ti("import.changes.save")}
        </button>
      </div>
    </div>
  );
}
