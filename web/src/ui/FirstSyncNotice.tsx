import { Show } from "solid-js";
import { t } from "../i18n/index.ts";

/**
 * What an empty list means on a device that has never received the relay's copy: not "nothing here yet,
 * add the first" (a kader would, and make a duplicate), but "still loading", or "never connected".
 */
export function FirstSyncNotice(props: { state: "loading" | "offline"; what?: "roster" | "board" | "minutes" }) {
  return (
    <div class="panel first-sync" data-testid="first-sync" data-state={props.state} role="status">
      <Show
        when={props.state === "loading"}
        fallback={
          <>
            <p>
              <strong>{t("firstSync.offline")}</strong>
            </p>
            <p class="muted">{t("firstSync.offlineHint")}</p>
          </>
        }
      >
        <p>
          <span class="spinner" aria-hidden="true" /> <strong>{t("firstSync.loading")}</strong>
        </p>
        <p class="muted">{t(props.what === "board" ? "firstSync.loadingHint.board" : props.what === "minutes" ? "firstSync.loadingHint.minutes" : "firstSync.loadingHint")}</p>
      </Show>
    </div>
  );
}
