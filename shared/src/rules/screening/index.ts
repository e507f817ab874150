export type { Contraception, MotherEducation, Relation, ScreeningFamily, ScreeningHousehold, ScreeningMember } from "./types.ts";
export { DEFAULT_SCREENING_SETTINGS, screeningSettings, type ScreeningSettings } from "./settings.ts";
export { FACTOR_KEYS, FACTOR_LABELS, MISSING_KEYS, MISSING_LABELS, type FactorKey, type MissingKey } from "./factors.ts";
export type { SasaranCounts, SasaranFlags } from "./sasaran.ts";
export type { Priority } from "./priority.ts";
export { screenFamily, type ScreeningResult } from "./screenFamily.ts";
export { explainScreening } from "./explain.ts";
export { recapKrs, welfareRank, WELFARE_RANKS, type KrsRecap, type WelfareRank } from "./recap.ts";
