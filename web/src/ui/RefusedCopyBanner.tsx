import { Show } from "solid-js";
import { t } from "../i18n/index.ts";

/**
 * The relay refused a change from this device (4403: outside its role's rights).
 * That copy can never sync again as it is; the person chooses to take the relay's.
 */
export function RefusedCopyBanner(props: { show: boolean; onReload: () => void }) {
  return (
    <Show when={props.show}>
      <div class="banner warn" role="alert" data-testid="refused-copy">
        <span>{t("sync.refusedCopy")}</span>
        <button type="button" onClick={() => props.onReload()}>
          {t("sync.reloadFromRelay")}
        </button>
      </div>
    </Show>
  );
}
