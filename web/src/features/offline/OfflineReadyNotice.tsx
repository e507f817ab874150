import { Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import type { OfflineReadiness } from "../../state/offlineReady.ts";
import "./offline.css";

/** "Siap dipakai tanpa sinyal": the app is installed and the village's documents are on this device. */
export function OfflineReadyNotice(props: { readiness: OfflineReadiness }) {
  return (
    <Show when={props.readiness.noticeShown()}>
      <div class="offline-ready" role="status" data-testid="offline-ready">
        <p>
          <strong>{t("offline.ready")}</strong>
          <span>{t("offline.readyDetail")}</span>
        </p>
        <button type="button" class="offline-ready-close" aria-label={t("offline.dismiss")} title={t("offline.dismiss")} onClick={() => props.readiness.dismissNotice()}>
          ×
        </button>
      </div>
    </Show>
  );
}
