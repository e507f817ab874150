import { Show, type Accessor } from "solid-js";
import { t } from "../i18n/index.ts";
import type { SyncSummary } from "../state/syncSummary.ts";

/** The short words of the badge: what is happening now, in a kader's words (the details are in SyncNotice). */
export function syncLabel(s: SyncSummary): string {
  if (s.access) return t(`sync.access.${s.access}`);
  if (s.mode === "refused") return t("sync.refused", { reason: s.refusal ?? "" });
  if (s.storageFailed && s.mode !== "offline") return t("sync.storageFailedShort");
  switch (s.mode) {
    case "offline":
      return s.pending > 0 ? t("sync.offlinePending", { count: s.pending }) : t("sync.offline");
    case "syncing":
      return s.firstSync ? t("sync.firstLoad") : s.pending > 0 ? t("sync.sending") : t("sync.connecting");
    case "online":
      return t("sync.online");
  }
}

/**
 * Always visible, one line: a dot and a few words. A wide screen also says "all changes sent" beside
 * it; what is waiting and since when is said in full under the header (SyncNotice).
 */
export function SyncBadge(props: { sync: Accessor<SyncSummary> }) {
  const s = props.sync;
  return (
    <div
      class="sync-badge"
      data-testid="sync-status"
      data-mode={s().mode}
      data-pending={s().pending}
      data-first-sync={s().firstSync ? "yes" : "no"}
      data-storage={s().storageFailed ? "failed" : "ok"}
      role="status"
    >
      <span class={`dot dot-${s().storageFailed && s().mode !== "refused" ? "warn" : s().mode}`} aria-hidden="true" />
      <span class="sync-label">{syncLabel(s())}</span>{" "}
      <Show when={s().mode === "online" && s().pending === 0 && !s().storageFailed}>
        <span class="muted sync-detail">· {t("sync.allSent")}</span>
      </Show>
    </div>
  );
}
