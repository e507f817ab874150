/**
 * The only module that maps the village plan (DOC_KINDS "plan", issue 19) to Yjs. Read by every village role,
 * written by the lurah and the pokja (the relay enforces it, model/roles.ts); it holds target groups and counts,
 * never a family. Layout:
 *
 * doc.getMap("activities"): activity id -> Y.Map {
 *   year (number), seksi, domain (Ragapantas tag), unit, rw, rt (0 = all), months (12-bit mask),
 *   responsible ("opd:<code>" | "orang:<name>"), draftKey, createdAt, createdBy       ordinary fields
 *   title, targetGroup, location, indicator, notes: Y.Text each, so concurrent typing merges by character
 *   reg:       Y.Map "<field>/<entry id>" -> [value, by, atSeconds, ...superseded entry ids]: the numbers
 *              ("target", "indicatorTarget", "amount.<line id>") as registers; two devices setting different
 *              values while apart leave both heads, a conflict a person resolves (./plan/registers.ts)
 *   lines:     Y.Map line id -> Y.Map { label, source, createdAt }   (the amount is the register amount.<line id>)
 *   spend:     Y.Map id -> { line, amount, date, note, by, at }     money spent (realisasi), written once
 *   decisions: Y.Map "<meeting id>.<decision id>" -> linkedAt      decisions of the minutes it carries out
 *   log:       Y.Array of [atSeconds, by, field, value]             who changed what, appended with each change
 * }
 * doc.getMap("years"): "<year>.<field>" -> string   the year's header: lurahName, ketuaName, place, approvedBy, approvedOn
 *
 * Every part of an activity is created with it, in one transaction, so two peers never race to create them; a
 * year's header is flat keys for the same reason. Board cards made from an activity carry its id
 * (board/details.ts planActivity): the plan shows progress from the board, the board never reads the plan.
 */
export { ACTIVITIES, YEARS, activitiesMap, yearsMap } from "./plan/layout.ts";
export { readActivity, readActivities, readActivityLog, readPlanYear, readPlanYears } from "./plan/read.ts";
export {
  addActivity, updateActivity, activityText, noteTextEdit, noteActivity, setActivityNumber, addBudgetLine, updateBudgetLine, setLineAmount,
  removeBudgetLine, addSpending, removeSpending, linkDecision, removeActivity, writePlanYear, type NewActivity, type PlanWriter,
} from "./plan/write.ts";
