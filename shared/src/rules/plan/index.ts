/**
 * The village plan's rules (issue 19), imported as "@shared/rules/plan/index.ts" (not through rules/index.ts, so
 * they stay out of the app's first load): rupiah as typed and printed, the draft from the roster, the progress
 * of the plan from the board and its spending (which the monthly report reads too).
 */
export { parseRupiah, formatRupiah, groupThousands, parseCount, type RupiahError, type RupiahReading } from "./rupiah.ts";
export { toDraftFamily } from "./draftFamily.ts";
export { draftFromRoster, DRAFT_RULES, DRAFT_TEMPLATES, type DraftFamily, type DraftProposal, type DraftRule, type DraftTemplate, type RwCount } from "./draft.ts";
export { planProgress, activityProgress, type ActivityProgress, type PlanProgress, type ProgressCard, type SourceSums } from "./progress.ts";
