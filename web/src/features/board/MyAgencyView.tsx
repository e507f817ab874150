import { createSignal, For, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import type { NeedView, ResolvedClaim } from "../../state/board.ts";
import { claimStatusText, needTitle } from "./claimText.ts";
import { InterventionCard } from "./InterventionCard.tsx";
import { InterventionForm } from "./InterventionForm.tsx";
import { agencyOverview, needOfClaim, winnerFor } from "./selectors.ts";
import { useBoard } from "./useBoard.ts";

type Section = "won" | "waiting" | "lostOrRejected" | "withdrawn";
const SECTIONS: Array<[Section, "mine.won" | "mine.waiting" | "mine.lost" | "mine.withdrawn"]> = [
  ["won", "mine.won"],
  ["waiting", "mine.waiting"],
  ["lostOrRejected", "mine.lost"],
  ["withdrawn", "mine.withdrawn"],
];

/** "Agensi saya": what my agency claimed, what waits for the relay, what it lost and why, what is overdue. */
export function MyAgencyView(props: { agency: string }) {
  const ws = useWorkspace();
  const { state, actions, agencies } = useBoard();
  const [carding, setCarding] = createSignal<NeedView | null>(null);
  const today = () => ws.assess.today();
  const overview = () => agencyOverview(state.view(), state.cards(), props.agency, today());
  const hasCard = (need: NeedView) => state.cards().some((c) => c.target === `need:${need.id}`);
  const title = (c: ResolvedClaim) => {
    const need = needOfClaim(state.view(), c);
    return need ? needTitle(need) : c.target;
  };

  return (
    <div data-testid="my-agency">
      <For each={SECTIONS}>
        {([key, label]) => (
          <section class="panel" data-testid={`mine-${key}`}>
            <h2>{t(label)}</h2>
            <Show when={overview()[key].length > 0} fallback={<p class="muted">{t("mine.empty")}</p>}>
              <ul class="cards">
                <For each={overview()[key]}>
                  {(c) => {
                    const need = () => needOfClaim(state.view(), c);
                    return (
                      <li class="card" data-testid="my-claim" data-status={c.status}>
                        <strong>{title(c)}</strong>
                        <span data-testid="claim-status">{claimStatusText(c, winnerFor(state.view(), c))}</span>
                        <Show when={key === "won" && need() && !hasCard(need()!)}>
                          <button type="button" class="secondary" data-testid="make-card" onClick={() => setCarding(need())}>
                            {t("need.makeCard")}
                          </button>
                        </Show>
                      </li>
                    );
                  }}
                </For>
              </ul>
            </Show>
          </section>
        )}
      </For>
      <Show when={carding()} keyed>
        {(need) => (
          <div class="panel">
            <InterventionForm
              agencies={agencies}
              needs={() => state.view().needs}
              fixedAgency={props.agency}
              need={need}
              onCancel={() => setCarding(null)}
              onSave={(fields, details) => {
                actions.addIntervention(fields, details);
                setCarding(null);
              }}
            />
          </div>
        )}
      </Show>
      <section class="panel" data-testid="mine-overdue">
        <h2>{t("mine.overdue")}</h2>
        <Show when={overview().overdue.length > 0} fallback={<p class="muted">{t("mine.empty")}</p>}>
          <For each={overview().overdue}>{(card) => <InterventionCard card={card} today={today()} />}</For>
        </Show>
      </section>
    </div>
  );
}
