import { For, Show } from "solid-js";
import { canClaim, canPublishNeed } from "@shared/rules/claims/index.ts";
import type { Household } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { t, tMaybe } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { ClaimList } from "../board/ClaimList.tsx";
import { handledByText, reasonText } from "../board/claimText.ts";
import { claimsOf } from "../board/selectors.ts";
import { familyLabel, NEED_DOMAIN, needReasons, type NeedReason } from "./boardNeeds.ts";
import { FamilyClaimForm } from "./FamilyClaimForm.tsx";

/** "Publikasikan ke papan" for each KRS factor and a stunted child, and who handles the family (its board history is in FamilyHistory). */
export function HouseholdBoard(props: { household: Household; assessment: HouseholdAssessment }) {
  const ws = useWorkspace();
  const board = ws.board;
  if (!board) return null;
  const [state, actions] = board;
  const writable = ws.canWrite("board") && canPublishNeed(state.actor);
  const needs = () => state.view().needs.filter((n) => n.familyId === props.household.id && !n.closed);
  const openNeed = (reason: NeedReason) => needs().find((n) => n.reason === reason);
  // who handles this family, per domain, whatever the claim was made on (a need or the family itself)
  const handled = () => state.view().keys.filter((k) => k.familyId === props.household.id);
  const mayClaimFamily = () => ws.canWrite("board") && state.actor.role === "lurah" && canClaim(state.actor, { agency: "any" });
  const publish = (reason: NeedReason) =>
    actions.publishNeed({ familyId: props.household.id, label: familyLabel(props.household), rt: props.household.rt, rw: props.household.rw, domain: NEED_DOMAIN[reason], reason });

  return (
    <section class="panel" data-testid="household-board">
      <h2>{t("hhBoard.title")}</h2>
      <Show when={needReasons(props.assessment).length > 0 || needs().length > 0} fallback={<p class="muted">{t("hhBoard.nothing")}</p>}>
        <ul class="cards">
          <For each={needReasons(props.assessment)}>
            {(reason) => (
              <Show
                when={openNeed(reason)}
                fallback={
                  <Show when={writable}>
                    <li>
                      <button type="button" data-testid="publish-need" data-reason={reason} onClick={() => publish(reason)}>
                        {t("hhBoard.publish", { reason: reasonText(reason) })}
                      </button>
                    </li>
                  </Show>
                }
              >
                {(need) => (
                  <li class="card" data-testid="published-need" data-reason={reason}>
                    <span>{t("hhBoard.published", { reason: reasonText(reason) })}</span>
                    <Show when={need().resolution?.winner}>{(w) => <span data-testid="need-handled">{handledByText(w())}</span>}</Show>
                    <ClaimList claims={claimsOf(need())} winner={need().resolution?.winner ?? null} />
                  </li>
                )}
              </Show>
            )}
          </For>
        </ul>
      </Show>
      <h3>{t("hhBoard.handling")}</h3>
      <Show when={handled().length > 0} fallback={<p class="muted">{t("hhBoard.noHandling")}</p>}>
        <ul class="cards">
          <For each={handled()}>
            {(k) => (
              <li class="card" data-testid="family-handling" data-domain={k.domain}>
                <strong>{tMaybe(`domain.${k.domain}`, k.domain)}</strong>
                <Show when={k.winner} fallback={<span class="muted">{t("hhBoard.waiting")}</span>}>
                  {(w) => <span data-testid="family-handled-by">{handledByText(w())}</span>}
                </Show>
                <ClaimList claims={[...(k.winner ? [k.winner] : []), ...k.sameAgency, ...k.pending, ...k.losers, ...k.withdrawn, ...k.rejected]} winner={k.winner} />
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={mayClaimFamily()}>
        <FamilyClaimForm agencies={ws.meta?.agencies() ?? []} onClaim={(agency, domain, note) => actions.claimFamily(props.household.id, domain, agency, note)} />
      </Show>
    </section>
  );
}
