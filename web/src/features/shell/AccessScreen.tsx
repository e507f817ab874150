import { createSignal, Show } from "solid-js";
import { formatDate, formatNumber, t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import type { AccessVerdict } from "../../sync/accessCheck.ts";
import { saveTextFile } from "../../ui/saveFile.ts";
import { confirmAndSignOut } from "./signOut.ts";

/**
 * In place of the workspace when the relay no longer accepts this device's token. The village's data is
 * not shown and cannot be edited; what the device changed and never sent can be downloaded for the lurah,
 * and the device can be signed out and wiped. An expired link may keep working on the phone (the changes
 * wait for a new link); a revoked or refused one may not.
 */
export function AccessScreen(props: { verdict: AccessVerdict; onKeepWorking: () => void }) {
  const ws = useWorkspace();
  const [saved, setSaved] = createSignal<string | null>(null);
  const name = () => ws.meta?.profile().name || ws.id;
  const download = async () => {
    const file = await ws.exportUnsynced();
    if (!file) return;
    saveTextFile(file.fileName, file.text);
    setSaved(file.fileName);
  };
  return (
    <main class="page narrow access-screen" data-testid="access-screen" data-verdict={props.verdict}>
      <h1>{t(`access.${props.verdict}.title`)}</h1>
      <p>{t(`access.${props.verdict}.body`, { ws: name(), date: formatDate(ws.expiresAt) })}</p>
      <div class="panel">
        <Show when={ws.sync().pending > 0} fallback={<p>{t("access.noPending")}</p>}>
          <p>
            <strong data-testid="access-pending">{t("access.pending", { count: formatNumber(ws.sync().pending) })}</strong>
          </p>
          <button type="button" onClick={() => void download()} data-testid="download-unsynced">
            {t("access.download")}
          </button>
          <Show when={saved()}>{(file) => <p role="status">{t("access.downloaded", { file: file() })}</p>}</Show>
          <p class="muted">{t("access.howToApply")}</p>
        </Show>
      </div>
      <p>{t("access.newLink")}</p>
      <div class="actions wrap">
        <Show when={props.verdict === "expired"}>
          <button type="button" class="secondary" onClick={() => props.onKeepWorking()}>
            {t("access.keepWorking")}
          </button>
        </Show>
        <button type="button" class="secondary danger" onClick={() => void confirmAndSignOut(ws)}>
          {t("home.signOut")}
        </button>
      </div>
    </main>
  );
}
