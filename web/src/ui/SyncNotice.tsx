import { createSignal, onCleanup, Show, type Accessor } from "solid-js";
import { formatSince, t } from "../i18n/index.ts";
import type { SyncSummary } from "../state/syncSummary.ts";

/** Changes held only on this phone for this long are at risk (a lost or wiped phone): say so loudly. */
export const STALE_AFTER_MS = 2 * 24 * 3600 * 1000;
/** While connected, a change normally reaches the relay in a moment; one still waiting after this is news. */
const SLOW_AFTER_MS = 60 * 1000;

/**
 * The sentences under the header, only when there is something to know: changes kept on this phone and
 * not sent ("Tersimpan di HP, belum terkirim: 3 perubahan sejak 10.15"), changes at risk after two days,
 * a device copy that cannot be written. Nothing while all is well, so the phone keeps its screen.
 */
export function SyncNotice(props: { sync: Accessor<SyncSummary> }) {
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 30_000);
  onCleanup(() => clearInterval(tick));
  const s = props.sync;
  const waited = () => now() - (s().since ?? now());
  const showPending = () => s().pending > 0 && (s().mode === "offline" || s().mode === "refused" || waited() > SLOW_AFTER_MS);
  const stale = () => s().pending > 0 && waited() > STALE_AFTER_MS;
  return (
    <Show when={showPending() || stale() || s().storageFailed}>
      <div class="sync-notice" data-testid="sync-notice">
        <Show when={showPending()}>
          <p data-testid="sync-pending">{t("sync.pending", { count: s().pending, since: formatSince(s().since ?? now(), now()) })}</p>
        </Show>
        <Show when={stale()}>
          <p class="sync-stale" role="alert" data-testid="sync-stale">
            <strong>{t("sync.stale")}</strong>
          </p>
        </Show>
        <Show when={s().access === "expired"}>
          <p>{t("access.newLink")}</p>
        </Show>
        <Show when={s().storageFailed}>
          <p class="sync-storage-failed" role="alert" data-testid="sync-storage-failed">
            {t("sync.storageFailed")}
          </p>
        </Show>
      </div>
    </Show>
  );
}
