import { createSignal, For, Show } from "solid-js";
import { canClaim } from "@shared/rules/claims/index.ts";
import { t, tMaybe } from "../../i18n/index.ts";
import type { NeedView } from "../../state/board.ts";
import { ClaimList } from "./ClaimList.tsx";
import { handledByText, needTitle } from "./claimText.ts";
import { claimsOf } from "./selectors.ts";
import { useBoard } from "./useBoard.ts";

/** One need: who handles it (or that it waits), a one-tap claim for a liaison, and every claim made on it. */
export function NeedRow(props: { need: NeedView }) {
  const { state, actions, agencies, writable } = useBoard();
  const actor = state.actor;
  const [agency, setAgency] = createSignal("");
  const winner = () => props.need.resolution?.winner ?? null;
  const live = (code: string) => claimsOf(props.need).some((c) => c.agency === code && ["confirmed-winner", "same-agency", "pending", "pending-will-lose"].includes(c.status));
  // a family already handled in this domain is not offered to a second helper
  const mayClaim = (code: string) => writable && !winner() && !!code && canClaim(actor, { agency: code }) && !live(code);

  return (
    <li class="card" data-testid="need" data-id={props.need.id}>
      <strong data-testid="need-title">{needTitle(props.need)}</strong>
      <span class="muted">{tMaybe(`domain.${props.need.domain}`, props.need.domain)}</span>
      <Show when={winner()}>{(w) => <span data-testid="need-handled">{handledByText(w())}</span>}</Show>
      <Show when={actor.role === "opd" && actor.agency && mayClaim(actor.agency)}>
        <button type="button" data-testid="claim-need" onClick={() => actions.claimNeed(props.need, actor.agency ?? "")}>
          {t("need.claimFor", { agency: actor.agency ?? "" })}
        </button>
      </Show>
      <Show when={actor.role === "lurah" && writable && !winner()}>
        <div class="chips">
          <select aria-label={t("need.claimAgency")} name="claimAgency" value={agency()} onChange={(e) => setAgency(e.currentTarget.value)}>
            <option value="">{t("need.claimAgency")}</option>
            <For each={agencies()}>{(a) => <option value={a.code}>{a.code}</option>}</For>
          </select>
          <button type="button" data-testid="claim-need" disabled={!mayClaim(agency())} onClick={() => actions.claimNeed(props.need, agency())}>
            {t("need.claim")}
          </button>
        </div>
      </Show>
      <ClaimList claims={claimsOf(props.need)} winner={winner()} />
    </li>
  );
}
