import { For, Show } from "solid-js";
import { t, tMaybe } from "../../i18n/index.ts";
import { NeedRow } from "./NeedRow.tsx";
import { groupNeeds, handledNeeds, unmetNeeds } from "./selectors.ts";
import { useBoard } from "./useBoard.ts";

/** "Kebutuhan belum tertangani": unmet needs by domain and RT, one tap to claim; then who handles the rest. */
export function NeedsView() {
  const { state } = useBoard();
  const unmet = () => groupNeeds(unmetNeeds(state.view()));
  const handled = () => groupNeeds(handledNeeds(state.view()));
  return (
    <div data-testid="needs-view">
      <Show when={unmet().length > 0} fallback={<p data-testid="needs-empty">{t("need.empty")}</p>}>
        <For each={unmet()}>
          {(group) => (
            <section class="panel" data-testid="need-group" data-domain={group.domain}>
              <h2>{tMaybe(`domain.${group.domain}`, group.domain)}</h2>
              <ul class="cards">
                <For each={group.needs}>{(need) => <NeedRow need={need} />}</For>
              </ul>
            </section>
          )}
        </For>
      </Show>
      <Show when={handled().length > 0}>
        <section class="panel" data-testid="needs-handled">
          <h2>{t("need.handledTitle")}</h2>
          <ul class="cards">
            <For each={handled().flatMap((g) => g.needs)}>{(need) => <NeedRow need={need} />}</For>
          </ul>
        </section>
      </Show>
    </div>
  );
}
