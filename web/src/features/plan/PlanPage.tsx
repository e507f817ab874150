import { createEffect, createMemo, createSignal, For, Show } from "solid-js";
import "./plan.css";
import { planProgress } from "@shared/rules/plan/index.ts";
import { navigate } from "../../app/route.ts";
import { t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { usePlan } from "../../state/plan.ts";
import { ActivityEditor } from "./ActivityEditor.tsx";
import { ActivityList } from "./ActivityList.tsx";
import { DraftPanel } from "./DraftPanel.tsx";
import { PlanPrint } from "./PlanPrint.tsx";
import { PlanSummary } from "./PlanSummary.tsx";
import { PlanYearPanel } from "./PlanYearPanel.tsx";
import { groupActivities, type GroupBy } from "./planText.ts";
import { tp } from "../../i18n/plan.ts";

// the loader in app/screens.ts waits for the plan's words in the app's language (English is a chunk of its own)
export { planWordsReady } from "../../i18n/plan.ts";

/**
 * Rencana: the village's yearly plan (issue 19). The year's activities by seksi or Ragapantas domain with their
 * progress from the board, the budget per source, the draft from the roster, the A4 print and the XLSX export; an
 * activity opens beside the list on a laptop and instead of it on a phone.
 */
export function PlanPage(props: { activityId: string | null }) {
  const ws = useWorkspace();
  const [state, actions] = usePlan(ws)!;
  const writable = ws.canWrite("plan");
  const thisYear = new Date().getFullYear();
  const opened = () => state.activities().find((a) => a.id === props.activityId);
  const [year, setYear] = createSignal(opened()?.year ?? thisYear);
  const [groupBy, setGroupBy] = createSignal<GroupBy>("seksi");
  const [previewing, setPreviewing] = createSignal(false);
  const [drafting, setDrafting] = createSignal(false);
  // an activity opened by its link shows under its own year
  createEffect(() => {
    const a = opened();
    if (a && a.year !== year()) setYear(a.year);
  });
  const years = createMemo(() => [...new Set([...state.years(), thisYear, thisYear + 1, year()])].sort((a, b) => a - b));
  const activities = createMemo(() => state.activities().filter((a) => a.year === year()));
  const progress = createMemo(() => planProgress(activities(), ws.board?.[0].cards() ?? []));
  const progressOf = (id: string) => progress().activities.find((p) => p.activityId === id);
  const groups = createMemo(() => groupActivities(activities(), groupBy()));
  const open = (id: string) => navigate({ name: "workspace", ws: ws.id, section: "rencana", item: id });
  const add = () => open(actions.add({ year: year() }));
  const [exporting, setExporting] = createSignal(false);
  const exportXlsx = async () => {
    setExporting(true);
    try {
      const { exportPlanXlsx } = await import("./exportXlsx.ts");
      await exportPlanXlsx(activities(), progress(), groupBy(), year(), ws.meta?.profile().name || ws.id);
    } finally {
      setExporting(false);
    }
  };
  return (
    <section class="split plan-page" classList={{ previewing: previewing(), "has-selection": !!opened() }} data-testid="plan-page">
      <div class="no-print plan-list-pane">
        <header class="section-header">
          <h1 data-testid="plan-title">{tp("plan.title", { year: year() })}</h1>
          <label class="plan-year-select">
            <span class="field-label">{tp("plan.year")}</span>
            <select name="planYear" value={year()} onChange={(e) => setYear(Number(e.currentTarget.value))}>
              <For each={years()}>{(y) => <option value={y}>{y}</option>}</For>
            </select>
          </label>
        </header>
        <div class="plan-toolbar">
          <div class="chips" role="group" aria-label={tp("plan.groupBy")}>
            <span class="chips-label">{tp("plan.groupBy")}</span>
            <For each={["seksi", "domain"] as const}>
              {(g) => (
                <button type="button" class="chip" aria-pressed={groupBy() === g} onClick={() => setGroupBy(g)}>
                  {tp(`plan.groupBy.${g}`)}
                </button>
              )}
            </For>
          </div>
          <div class="actions plan-actions">
            <Show when={writable}>
              <button type="button" data-testid="add-activity" onClick={add}>{tp("plan.add")}</button>
              <Show when={ws.roster}>
                <button type="button" class="draft-button" data-testid="open-draft" onClick={() => setDrafting(!drafting())}>{tp("plan.draft")}</button>
              </Show>
            </Show>
            <button type="button" class="secondary" data-testid="plan-print-preview" onClick={() => setPreviewing(!previewing())}>
              {previewing() ? tp("plan.backToEdit") : tp("plan.printPreview")}
            </button>
            <button type="button" class="secondary" data-testid="plan-print-button" onClick={() => window.print()}>{tp("plan.print")}</button>
            <button type="button" class="secondary" data-testid="plan-export" disabled={exporting()} onClick={() => void exportXlsx()}>
              {exporting() ? tp("plan.exporting") : tp("plan.exportXlsx")}
            </button>
          </div>
        </div>
        <Show when={drafting() && ws.roster}>
          {(roster) => (
            <DraftPanel
              year={year()}
              households={roster()[0].households()}
              assess={(h) => ws.assess.of(h)}
              existingKeys={new Set(activities().map((a) => a.draftKey).filter(Boolean))}
              onAdd={(fields, source) => {
                const id = actions.add(fields);
                actions.addLine(id, { label: fields.title ?? "", source, amount: null });
              }}
              onClose={() => setDrafting(false)}
            />
          )}
        </Show>
        <PlanSummary progress={progress()} />
        <Show when={activities().length > 0} fallback={<div class="panel"><p>{tp("plan.empty", { year: year() })}</p><Show when={writable}><p class="muted">{tp("plan.emptyHint")}</p></Show></div>}>
          <ActivityList ws={ws.id} activities={activities()} progress={progressOf} groupBy={groupBy()} selected={props.activityId} />
        </Show>
        <PlanYearPanel year={state.year(year())} readOnly={!writable} canApprove={ws.role === "lurah"} userName={ws.userName || t("role.lurah")} onChange={(patch) => actions.updateYear(year(), patch)} />
      </div>
      <div class="no-print plan-editor-pane">
        {/* keyed on the id only: an edit elsewhere must not rebuild the editor under the writer's caret */}
        <Show when={opened() && props.activityId} keyed fallback={<p class="muted">{tp("plan.chooseActivity")}</p>}>
          {(id) => <ActivityEditor id={id} />}
        </Show>
      </div>
      <PlanPrint profile={ws.meta?.profile() ?? { name: "", kodeWilayah: "" }} fallbackName={ws.id} year={state.year(year())} groups={groups()} groupBy={groupBy()} progress={progress()} />
    </section>
  );
}
