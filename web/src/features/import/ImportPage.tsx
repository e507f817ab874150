import { Match, Show, Switch } from "solid-js";
import { hrefFor } from "../../app/route.ts";
import { useWorkspace } from "../../state/context.ts";
import { formatNumber } from "../../i18n/index.ts";
import { ti } from "../../i18n/importWizard.ts";
import { ImportWizard } from "./ImportWizard.tsx";
import { ReviewPage } from "./review/ReviewPage.tsx";
import "./import.css";

/**
 * The roster's front door (issue 15), a lazy chunk: #/w/<ws>/impor is the wizard, #/w/<ws>/impor/tinjau the
 * review of doubtful pairs. Only the lurah and the pokja (who write the roster) import lists; the relay drops
 * roster writes of any other role anyway, this keeps them from reading a list they could not save.
 */
export function ImportPage(props: { item: string | null }) {
  const ws = useWorkspace();
  const allowed = ws.roster !== null && ws.imports !== null && ws.canWrite("roster") && (ws.role === "lurah" || ws.role === "kader");
  const href = (section: "keluarga" | "impor", item: string | null = null) => hrefFor({ name: "workspace", ws: ws.id, section, item });
  const waiting = () => ws.imports?.[0].review().length ?? 0;
  return (
    <section class="import-page" data-testid="import-page">
      <a class="hh-back" href={props.item === "tinjau" ? href("impor") : href("keluarga")} data-testid="import-back-to-roster">
        {props.item === "tinjau" ? ti("import.title") : ti("import.backToRoster")}
      </a>
      <Show when={allowed} fallback={<p data-testid="import-no-access">{ti("import.noAccess")}</p>}>
        <Switch>
          <Match when={props.item === "tinjau"}>
            <ReviewPage />
          </Match>
          <Match when={true}>
            <header class="section-header">
              <h1>{ti("import.title")}</h1>
              <Show when={waiting() > 0}>
                <a class="button-link secondary" href={href("impor", "tinjau")} data-testid="open-review">
                  {ti("import.review.link", { count: formatNumber(waiting()) })}
                </a>
              </Show>
            </header>
            <ImportWizard
              expected={() => ({ kode: ws.meta?.profile().kodeWilayah || undefined })}
              households={() => ws.roster![0].households()}
              writer={ws.imports![1]}
              settled={() => ws.roster![0].settled()}
              pending={() => ws.imports![0].pending()}
              rolledBack={() => ws.imports![0].rolledBack()}
              rosterHref={href("keluarga")}
              reviewHref={href("impor", "tinjau")}
            />
          </Match>
        </Switch>
      </Show>
    </section>
  );
}
