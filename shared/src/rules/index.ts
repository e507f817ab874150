/** Pure domain rules: plain data in, plain data out (no Yjs, no UI, no I/O). */
export * from "./growth/index.ts";
export { ageInDays, completedMonths, completedYears, parseIsoDate, type CivilDate } from "./calendar.ts";
export { parseNik, checkNikAgainstMember, maskNik, type NikParse, type NikError, type NikWarning, type MemberIdentity } from "./nik.ts";
export { parseNoKk, type NoKkParse, type NoKkError, type NoKkWarning } from "./noKk.ts";
export { NIK_MESSAGES, NO_KK_MESSAGES } from "./idMessages.ts";
export * from "./screening/index.ts";
export { assessHousehold, toScreeningFamily, type ChildGrowth, type GrowthPoint, type HouseholdAssessment } from "./householdAssessment.ts";
export * from "./claims/index.ts";
export { daysLeftToRestore, purgeDue, restorableUntil, RESTORE_DAYS } from "./householdDeletion.ts";
