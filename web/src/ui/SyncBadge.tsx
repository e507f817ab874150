import { createSignal, onCleanup, Show, type Accessor } from "solid-js";
import { formatDateTime, t } from "../i18n/index.ts";
import type { SyncSummary } from "../state/syncSummary.ts";

/** Changes held only on this phone for this long are at risk (a lost or wiped phone): say so loudly. */
export const STALE_AFTER_MS = 2 * 24 * 3600 * 1000;

/** Always visible, always honest: mode plus what has not reached the relay, and since when. */
export function SyncBadge(props: { sync: Accessor<SyncSummary> }) {
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 60_000);
  onCleanup(() => clearInterval(tick));
  const stale = () => {
    const since = props.sync().since;
    return since !== null && now() - since > STALE_AFTER_MS;
  };
  const label = () => {
    const s = props.sync();
    if (s.mode === "refused") return t("sync.refused", { reason: s.refusal ?? "" });
    return t(`sync.${s.mode}`);
  };
  return (
    <div class="sync-badge" data-testid="sync-status" data-mode={props.sync().mode} data-pending={props.sync().pending} role="status">
      <span class={`dot dot-${props.sync().mode}`} aria-hidden="true" />
      <span>{label()}</span>
      <Show when={props.sync().pending > 0} fallback={<span class="muted sync-detail">{t("sync.allSent")}</span>}>
        <span class="sync-detail" data-testid="sync-pending">
          {t("sync.pending", { count: props.sync().pending, since: formatDateTime(props.sync().since ?? Date.now()) })}
        </span>
      </Show>
      <Show when={stale()}>
        <strong class="sync-stale" role="alert" data-testid="sync-stale">
          {t("sync.stale")}
        </strong>
      </Show>
    </div>
  );
}
