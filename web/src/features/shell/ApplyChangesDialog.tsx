import { createSignal, Show } from "solid-js";
import { isRole } from "@shared/model/index.ts";
import { formatDateTime, t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";

/**
 * The lurah applies the file a phone that lost its access downloaded (AccessScreen): its changes merge
 * into the village's documents on this device and reach the relay from here.
 */
export function ApplyChangesDialog(props: { onClose: () => void }) {
  const ws = useWorkspace();
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const apply = async (file: File | undefined) => {
    if (!file) return;
    const result = ws.applyChangesFile(await file.text());
    if (!result.ok) return setMessage({ ok: false, text: t(`applyFile.${result.reason}`) });
    const role = result.from.role;
    const who = [result.from.name, isRole(role) ? t(`role.${role}`) : ""].filter(Boolean).join(", ");
    const docs = result.docs.map((d) => t(`doc.${d}`)).join(", ");
    setMessage({ ok: true, text: t("applyFile.done", { who: who || "?", date: formatDateTime(result.exportedAt), docs }) });
  };
  return (
    <div class="sheet-backdrop" onClick={(e) => e.target === e.currentTarget && props.onClose()}>
      <section class="sheet panel" role="dialog" aria-modal="true" aria-labelledby="apply-changes-title" data-testid="apply-changes">
        <h2 id="apply-changes-title">{t("shell.applyChanges")}</h2>
        <p>{t("applyFile.intro")}</p>
        <Show when={ws.sync().mode !== "online"}>
          <p class="muted">{t("applyFile.needOnline")}</p>
        </Show>
        <label class="field">
          <span class="field-label">{t("applyFile.choose")}</span>
          <input type="file" accept=".json,application/json" data-testid="apply-changes-file" onChange={(e) => void apply(e.currentTarget.files?.[0])} />
        </label>
        <Show when={message()}>
          {(m) => (
            <p role={m().ok ? "status" : "alert"} classList={{ error: !m().ok }} data-testid="apply-changes-result">
              {m().text}
            </p>
          )}
        </Show>
        <div class="actions">
          <button type="button" class="secondary" onClick={() => props.onClose()}>
            {t("shell.close")}
          </button>
        </div>
      </section>
    </div>
  );
}
