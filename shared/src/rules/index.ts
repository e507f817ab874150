/** Pure domain rules: plain data in, plain data out (no Yjs, no UI, no I/O). */
export * from "./growth/index.ts";
export { ageInDays, completedMonths, completedYears, parseIsoDate, type CivilDate } from "./calendar.ts";
export { parseNik, checkNikAgainstMember, maskNik, type NikParse, type NikError, type NikWarning, type MemberIdentity } from "./nik.ts";
export { parseNoKk, type NoKkParse, type NoKkError, type NoKkWarning } from "./noKk.ts";
export { NIK_MESSAGES, NO_KK_MESSAGES } from "./idMessages.ts";
export * from "./screening/index.ts";
export { assessHousehold, toScreeningFamily, type ChildGrowth, type GrowthPoint, type HouseholdAssessment } from "./householdAssessment.ts";
export * from "./claims/index.ts";
export { buildMentionIndex, findMentions, type Mention, type MentionIndex, type PersonName } from "./privacy/personalMentions.ts";
export { addressKind, inviteBases, publicUrlOf, relayAddresses, sortAddresses, type AddressKind, type InterfaceAddress, type RelayAddress, type RelayListen } from "./invite/addresses.ts";
export { distanceM, distanceToAreaM } from "./location/distance.ts";
export { INDONESIA, PROVINCE_PAD_DEG, inBox, provinceOf, type Box, type Province } from "./location/provinces.ts";
export {
  DEFAULT_MAX_DISTANCE_KM, FIRM_FAMILY_COUNT, MAX_DISTANCE_RANGE_KM, checkPlace, maySave, splitOutliers, villageBounds,
  type Located, type PlaceCheck, type VillageContext,
} from "./location/villagePlace.ts";
export { computeIrisan, irisanFamilies, isTargetingGap, welfareBand, GAP_PROGRAMMES, WELFARE_BANDS, type Irisan, type IrisanArea, type IrisanCounts, type IrisanFamily, type IrisanHousehold, type IrisanSelection, type WelfareBand } from "./irisan.ts";
export { diffFamilyList, matchMembers, planFamily, writesSomething, type FamilyListDiff, type FamilyPlan, type FieldChange, type GoneFamily, type MemberPlan } from "./familyListDiff.ts";
export { decisionsByRow, decisionsOfRow, linkedHousehold, rejectedPair, reviewQueue, rowState, type ReviewEntry, type RowDecisions, type RowState } from "./matchReview.ts";
export { daysLeftToRestore, purgeDue, restorableUntil, RESTORE_DAYS } from "./householdDeletion.ts";
export { isKodeDesa, isWilayahPrefix, wilayahLevel, wilayahWithin, type WilayahLevel } from "./wilayah.ts";
export { DISTRICT_COLUMNS, districtRows, districtValue, sortDistrictRows, villageTrend, type DistrictColumn, type DistrictOverview, type DistrictReport, type DistrictRow, type DistrictVillage, type SortKey } from "./districtView.ts";
export {
  addDays, compareDue, compareVisits, dayNumber, familiesVisitedInMonth, isInMonth, isMonth, krsDidampingi, latestVisit, monthDays, monthOf, newestFirst,
  visitDue, visitedInMonth, visitsInMonth, visitsOf, type DueOptions, type DueReason, type KrsPendampingan, type VisitDue,
} from "./visits.ts";
