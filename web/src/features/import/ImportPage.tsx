import { Show } from "solid-js";
import { hrefFor } from "../../app/route.ts";
import { useWorkspace } from "../../state/context.ts";
import { ti } from "../../i18n/importWizard.ts";
import { ImportWizard } from "./ImportWizard.tsx";
import "./import.css";

/**
 * The roster's front door (issue 15), a lazy chunk: only the lurah and the pokja
 * (who write the roster) import lists. The relay drops roster writes of any other
 * role anyway; this keeps them from reading a list they could not save.
 */
export function ImportPage() {
  const ws = useWorkspace();
  const allowed = ws.roster !== null && ws.canWrite("roster") && (ws.role === "lurah" || ws.role === "kader");
  return (
    <section class="import-page" data-testid="import-page">
      <a class="hh-back" href={hrefFor({ name: "workspace", ws: ws.id, section: "keluarga", item: null })} data-testid="import-back-to-roster">
        {ti("import.backToRoster")}
      </a>
      <h1>{ti("import.title")}</h1>
      <Show when={allowed} fallback={<p data-testid="import-no-access">{ti("import.noAccess")}</p>}>
        <ImportWizard expected={() => ({ kode: ws.meta?.profile().kodeWilayah || undefined })} />
      </Show>
    </section>
  );
}
