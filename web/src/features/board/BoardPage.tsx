import { createSignal, For, Match, Switch } from "solid-js";
import { t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { KanbanView } from "./KanbanView.tsx";
import { NeedsView } from "./NeedsView.tsx";
import { MyAgencyView } from "./MyAgencyView.tsx";
import "./board.css";

type Tab = "kanban" | "needs" | "mine";

/** The intervention board: the Kanban, the unmet needs, and (for a liaison) its own agency's view. */
export function BoardPage() {
  const ws = useWorkspace();
  const tabs: Tab[] = ws.role === "opd" && ws.agency ? ["kanban", "needs", "mine"] : ["kanban", "needs"];
  const [tab, setTab] = createSignal<Tab>("kanban");
  const label = { kanban: "board.tab.kanban", needs: "board.tab.needs", mine: "board.tab.mine" } as const;

  return (
    <section data-testid="board-page">
      <header class="section-header">
        <h1>{t("board.title")}</h1>
      </header>
      {/* views, not actions: one segmented control, so they do not look like the buttons that change things */}
      <div class="segmented board-views" role="tablist" aria-label={t("board.views")} data-testid="board-views">
        <For each={tabs}>
          {(name) => (
            <button type="button" role="tab" aria-selected={tab() === name} onClick={() => setTab(name)}>
              {t(label[name])}
            </button>
          )}
        </For>
      </div>
      <Switch>
        <Match when={tab() === "kanban"}>
          <KanbanView />
        </Match>
        <Match when={tab() === "needs"}>
          <NeedsView />
        </Match>
        <Match when={tab() === "mine"}>
          <MyAgencyView agency={ws.agency ?? ""} />
        </Match>
      </Switch>
    </section>
  );
}
