import { For, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import type { ResolvedClaim } from "../../state/board.ts";
import { ClaimActions } from "./ClaimActions.tsx";
import { claimStatusText } from "./claimText.ts";

/** Every claim on one (family, domain), losers and withdrawals included: nothing is silently dropped. */
export function ClaimList(props: { claims: ResolvedClaim[]; winner: ResolvedClaim | null }) {
  return (
    <Show when={props.claims.length > 0}>
      <div class="hh-subpanel">
        <span class="chips-label">{t("need.claims")}</span>
        <ul class="cards" data-testid="claims">
          <For each={props.claims}>
            {(c) => (
              <li data-testid="claim" data-status={c.status} data-agency={c.agency}>
                <span>{t("claim.line", { agency: c.agency, by: c.by })}</span>
                {": "}
                <span data-testid="claim-status">{claimStatusText(c, props.winner)}</span>
                <ClaimActions claim={c} />
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
