import { createEffect, createMemo, createSignal, onCleanup, Show } from "solid-js";
import type { PlanActivity, PlanConflict } from "@shared/model/index.ts";
import { activityProgress } from "@shared/rules/plan/index.ts";
import { hrefFor, navigate } from "../../app/route.ts";
import { t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { usePlan } from "../../state/plan.ts";
import { makeMentionCheck, type Mention } from "../../state/personalMentions.ts";
import { ActivityFields } from "./ActivityFields.tsx";
import { ActivityHistory } from "./ActivityHistory.tsx";
import { BoardSection } from "./BoardSection.tsx";
import { BudgetSection } from "./BudgetSection.tsx";
import { DecisionLinks } from "./DecisionLinks.tsx";
import { PlanConflicts } from "./PlanConflicts.tsx";
import { PlanMentionWarning } from "./PlanMentionWarning.tsx";
import { SpendingSection } from "./SpendingSection.tsx";
import { cardDetails } from "./cardDetails.ts";
import { tp } from "../../i18n/plan.ts";

/** How long typing must pause before the texts are checked for names and NIKs. */
const MENTION_CHECK_DELAY_MS = 400;

/** One activity: its fields, numbers in dispute, budget and spending, its cards on the board, decisions and history. */
export function ActivityEditor(props: { id: string }) {
  const ws = useWorkspace();
  const [state, actions] = usePlan(ws)!;
  const id = props.id;
  const readOnly = !ws.canWrite("plan");
  const activity = createMemo(() => state.activities().find((a) => a.id === id));
  const cards = () => (ws.board?.[0].cards() ?? []).filter((c) => c.plan?.activityId === id);
  const members = () => [...new Set((ws.meta?.members() ?? []).filter((m) => m.role !== "opd").map((m) => m.name))];
  const choose = (c: PlanConflict, value: number | null) => (c.field === "amount" ? actions.setAmount(id, c.lineId, value) : actions.setNumber(id, c.field, value));
  // OPD and pemantau read the plan: a writer holding the roster is told when a text names a family or holds a NIK
  const [mentions, setMentions] = createSignal<Mention[]>([]);
  if (!readOnly && ws.roster) {
    const check = makeMentionCheck(ws.roster[0].households);
    let timer: ReturnType<typeof setTimeout> | undefined;
    createEffect(() => {
      const a = activity();
      const text = a ? [a.title, a.targetGroup, a.location, a.indicator, a.notes, ...a.budget.map((l) => l.label), ...a.spending.map((s) => s.note)].join("\n") : "";
      const named = (ws.meta?.members() ?? []).map((m) => m.name);
      clearTimeout(timer);
      timer = setTimeout(() => setMentions(check(text, named)), MENTION_CHECK_DELAY_MS);
    });
    onCleanup(() => clearTimeout(timer));
  }
  const remove = (a: PlanActivity) => {
    if (!confirm(tp("plan.removeConfirm", { title: a.title || tp("plan.newTitle") }))) return;
    actions.remove(a.id);
    navigate({ name: "workspace", ws: ws.id, section: "rencana", item: null });
  };
  return (
    <Show when={activity()}>
      {(a) => {
        const progress = () => activityProgress(a(), cards());
        return (
          <article class="panel plan-editor" data-testid="activity-editor" data-id={id}>
            <header class="section-header">
              <a class="plan-back" href={hrefFor({ name: "workspace", ws: ws.id, section: "rencana", item: null })}>
                {tp("plan.back")}
              </a>
              <Show when={!readOnly}>
                <button type="button" class="link-button" data-testid="remove-activity" onClick={() => remove(a())}>
                  {tp("plan.remove")}
                </button>
              </Show>
            </header>
            <h2 data-testid="activity-heading">{a().title || tp("plan.newTitle")}</h2>
            <p class="muted" data-testid={readOnly ? "plan-read-only" : undefined}>{readOnly ? t("common.readOnly") : tp("plan.noNames")}</p>
            <PlanConflicts activity={a()} readOnly={readOnly} onChoose={choose} />
            <ActivityFields activity={a()} actions={actions} readOnly={readOnly} agencies={ws.meta?.agencies() ?? []} members={members()} />
            <PlanMentionWarning mentions={mentions()} />
            <BudgetSection activity={a()} actions={actions} readOnly={readOnly} />
            <SpendingSection activity={a()} actions={actions} spent={progress().spent} budget={progress().budget} readOnly={readOnly} />
            <BoardSection
              activity={a()}
              progress={progress()}
              cards={cards()}
              agencies={ws.meta?.agencies() ?? []}
              canMakeCard={!readOnly && ws.board !== null && ws.canWrite("board")}
              onMakeCard={(card) => ws.board && actions.makeCard(a(), card, cardDetails(a(), state.year(a().year)), ws.board[1])}
            />
            <Show when={ws.minutes}>
              {(minutes) => (
                <DecisionLinks
                  refs={a().decisions}
                  meetings={minutes()[0].meetings()}
                  minutes={(m) => minutes()[0].minutes(m)}
                  readOnly={readOnly}
                  onLink={(m, d, linked) => actions.linkDecision(id, m, d, linked)}
                />
              )}
            </Show>
            <ActivityHistory changes={state.log(id)} />
          </article>
        );
      }}
    </Show>
  );
}
