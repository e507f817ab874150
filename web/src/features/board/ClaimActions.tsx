import { createSignal, For, Show } from "solid-js";
import { canReassign, canWithdraw } from "@shared/rules/claims/index.ts";
import { t } from "../../i18n/index.ts";
import type { ResolvedClaim } from "../../state/board.ts";
import { useBoard } from "./useBoard.ts";

const LIVE = new Set(["confirmed-winner", "same-agency", "pending", "pending-will-lose"]);

/** Withdraw (the claim's own agency, or the lurah) and reassign (the lurah), each with a recorded reason. */
export function ClaimActions(props: { claim: ResolvedClaim }) {
  const { state, actions, agencies, writable } = useBoard();
  const [mode, setMode] = createSignal<"" | "withdraw" | "reassign">("");
  const [reason, setReason] = createSignal("");
  const [to, setTo] = createSignal("");
  const [tried, setTried] = createSignal(false);
  const live = () => writable && LIVE.has(props.claim.status);
  const mayWithdraw = () => live() && canWithdraw(state.actor, props.claim);
  const mayReassign = () => writable && props.claim.status === "confirmed-winner" && canReassign(state.actor);
  const submit = () => {
    setTried(true);
    if (!reason().trim()) return;
    const done = mode() === "withdraw" ? actions.withdraw(props.claim.id, reason()) : !!to() && actions.reassign(props.claim.id, to(), reason());
    if (done) setMode("");
  };

  return (
    <>
      <Show when={mode() === ""}>
        <Show when={mayWithdraw()}>
          <button type="button" class="link-button" data-testid="withdraw-claim" onClick={() => setMode("withdraw")}>
            {t("claim.withdraw")}
          </button>
        </Show>
        <Show when={mayReassign()}>
          <button type="button" class="link-button" data-testid="reassign-claim" onClick={() => setMode("reassign")}>
            {t("claim.reassign")}
          </button>
        </Show>
      </Show>
      <Show when={mode() !== ""}>
        <div class="chips" data-testid="claim-reason-form">
          <Show when={mode() === "reassign"}>
            <select aria-label={t("claim.reassignTo")} name="toAgency" value={to()} onChange={(e) => setTo(e.currentTarget.value)}>
              <option value="">{t("claim.reassignTo")}</option>
              <For each={agencies().filter((a) => a.code !== props.claim.agency)}>{(a) => <option value={a.code}>{a.code}</option>}</For>
            </select>
          </Show>
          <input
            name="reason"
            aria-label={mode() === "withdraw" ? t("claim.withdrawReason") : t("claim.reassignReason")}
            placeholder={mode() === "withdraw" ? t("claim.withdrawReason") : t("claim.reassignReason")}
            value={reason()}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <button type="button" onClick={submit}>
            {t("common.save")}
          </button>
          <button type="button" class="secondary" onClick={() => setMode("")}>
            {t("common.cancel")}
          </button>
          <Show when={tried() && !reason().trim()}>
            <span class="field-error" role="alert">
              {t("claim.reasonRequired")}
            </span>
          </Show>
        </div>
      </Show>
    </>
  );
}
