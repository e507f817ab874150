import { createRoot, createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import { newId, planCardId, type ActivityNumber, type ActivityScalars, type ActivityText, type FundingSource, type PlanActivity, type PlanChange, type PlanYear } from "@shared/model/index.ts";
import {
  activitiesMap, activityText, addActivity, addBudgetLine, addSpending, linkDecision, noteActivity, noteTextEdit, readActivities, readActivityLog, readPlanYear, readPlanYears,
  removeActivity, removeBudgetLine, removeSpending, setActivityNumber, setLineAmount, updateActivity, updateBudgetLine, writePlanYear, yearsMap, type NewActivity,
} from "@shared/crdt/plan.ts";
import { bindTextarea } from "./textBinding.ts";
import type { BoardActions, InterventionDetails } from "./board.ts";
import type { Workspace } from "./workspace.ts";

export type { NewActivity };

/** The village plan (issue 19) as the screens read it: every activity of every year, and each year's header. */
export interface PlanState {
  activities: Accessor<PlanActivity[]>;
  /** the years with activities or a header, ascending */
  years: Accessor<number[]>;
  /** a year's header: who signs, where, the lurah's approval (reactive) */
  year(year: number): PlanYear;
  /** an activity's history, newest first (reactive) */
  log(id: string): PlanChange[];
}

export interface PlanActions {
  add(fields: NewActivity): string;
  update(id: string, patch: Partial<ActivityScalars>): void;
  /** Binds a text field (input or textarea) to the activity's shared text; an edit, once done, is recorded by name. */
  bindText(id: string, field: ActivityText, el: HTMLTextAreaElement | HTMLInputElement, readOnly: boolean): () => void;
  /** Target or indicator target; writing over a conflict resolves it. False when nothing changed. */
  setNumber(id: string, field: ActivityNumber, value: number | null): boolean;
  addLine(id: string, line: { label: string; source: FundingSource | ""; amount: number | null }): void;
  updateLine(id: string, lineId: string, patch: { label?: string; source?: FundingSource | "" }): void;
  setAmount(id: string, lineId: string, amount: number | null): boolean;
  removeLine(id: string, lineId: string): void;
  addSpending(id: string, s: { lineId: string; amount: number; date: string; note: string }): boolean;
  removeSpending(id: string, spendingId: string): void;
  linkDecision(id: string, meetingId: string, decisionId: string, linked: boolean): void;
  remove(id: string): void;
  updateYear(year: number, patch: Partial<Omit<PlanYear, "year">>): void;
  /**
   * "Jadikan kartu di papan": a board card carrying the activity's target and domain, linked to the activity. The
   * first card's id comes from the activity's, so two devices making it while apart make one card; more cards for
   * the same activity (another agency, another RT) get their own. Returns the card's id.
   */
  makeCard(activity: PlanActivity, card: { agency: string; domain: string; first: boolean }, details: InterventionDetails, board: BoardActions): string;
}

export function createPlanState(doc: Y.Doc, userName: string): [PlanState, PlanActions] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const [activities, setActivities] = createSignal(readActivities(doc), { equals: same });
  const [years, setYears] = createSignal(readPlanYears(doc), { equals: same });
  const [version, setVersion] = createSignal(0);
  // a plan holds tens of activities: re-reading them all on a change is cheaper than tracking which one changed
  const refresh = () => {
    setActivities(readActivities(doc));
    setYears(readPlanYears(doc));
    setVersion((n) => n + 1);
  };
  activitiesMap(doc).observeDeep(refresh);
  yearsMap(doc).observe(refresh);
  onCleanup(() => {
    activitiesMap(doc).unobserveDeep(refresh);
    yearsMap(doc).unobserve(refresh);
  });
  const now = () => new Date();
  const writer = { by: userName, newId: () => newId(8) };

  const state: PlanState = {
    activities,
    years,
    year(year) {
      version();
      return readPlanYear(doc, year);
    },
    log(id) {
      version();
      return readActivityLog(doc, id);
    },
  };

  const actions: PlanActions = {
    add(fields) {
      const id = newId();
      addActivity(doc, id, fields, writer, now());
      return id;
    },
    update: (id, patch) => void updateActivity(doc, id, patch, userName, now()),
    bindText(id, field, el, readOnly) {
      const text = activityText(doc, id, field);
      if (!text) return () => undefined;
      el.readOnly = readOnly;
      const unbind = bindTextarea(text, el);
      if (readOnly) return unbind;
      // typing merges by character and carries no name: who edited is recorded once the edit is done (blur)
      const done = () => void noteTextEdit(doc, id, field, userName, now());
      el.addEventListener("change", done);
      return () => {
        unbind();
        el.removeEventListener("change", done);
      };
    },
    setNumber: (id, field, value) => setActivityNumber(doc, id, field, value, writer, now()),
    addLine: (id, line) => void addBudgetLine(doc, id, newId(8), line, writer, now()),
    updateLine: (id, lineId, patch) => void updateBudgetLine(doc, id, lineId, patch, userName, now()),
    setAmount: (id, lineId, amount) => setLineAmount(doc, id, lineId, amount, writer, now()),
    removeLine: (id, lineId) => void removeBudgetLine(doc, id, lineId, userName, now()),
    addSpending: (id, s) => addSpending(doc, id, newId(8), s, userName, now()),
    removeSpending: (id, spendingId) => void removeSpending(doc, id, spendingId, userName, now()),
    linkDecision: (id, meetingId, decisionId, linked) => void linkDecision(doc, id, meetingId, decisionId, linked, userName, now()),
    remove: (id) => void removeActivity(doc, id),
    updateYear: (year, patch) => void writePlanYear(doc, year, patch),
    makeCard(activity, card, details, board) {
      const cardId = board.addPlanCard(
        { title: activity.title.trim() || details.targetLabel, agency: card.agency, domain: card.domain, status: "open" },
        details,
        { activityId: activity.id, planTarget: activity.target, reached: null },
        card.first ? planCardId(activity.id) : undefined,
      );
      noteActivity(doc, activity.id, "card", card.agency, userName, now());
      return cardId;
    },
  };
  return [state, actions];
}

const states = new WeakMap<Y.Doc, [PlanState, PlanActions]>();

/**
 * The plan's state for the open workspace, made on first use by a screen that shows the plan (so the plan's adapter
 * is in that screen's chunk, not in the app's first load) and kept while the document is open: every screen of the
 * workspace shares one. Null when the role may not read the plan (a district, which opens no village document).
 */
export function usePlan(ws: Pick<Workspace, "planDoc" | "userName" | "role">): [PlanState, PlanActions] | null {
  const doc = ws.planDoc;
  if (!doc) return null;
  let made = states.get(doc);
  if (!made) {
    made = createRoot((dispose) => {
      doc.once("destroy", dispose);
      return createPlanState(doc, ws.userName || ws.role);
    });
    states.set(doc, made);
  }
  return made;
}
