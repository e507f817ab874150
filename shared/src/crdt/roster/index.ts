/** The only module that maps the roster document to Yjs (layout.ts, keys.ts, schema.ts, registers.ts say how). */
export { ROSTER_ROOT, rosterMap } from "./layout.ts";
export { addHousehold, householdIds, observeHouseholds, recordConsent, removeHousehold, setAid, updateHousehold, type HouseholdStart } from "./households.ts";
export { addMember, removeMember, updateMember } from "./members.ts";
export { addMeasurement, removeMeasurement, updateMeasurement } from "./measurements.ts";
export { addVisit, removeVisit, updateVisit } from "./visits.ts";
export { readHousehold, readHouseholds } from "./read.ts";
export type { RegisterEntry, Writer } from "./records.ts";
// imports (issue 15): where imported data lives and the write API the import wizard calls: README.md
export { applyFamilyImport, startFamilyImport, type FamilyImportResult, type FamilyReviewInput } from "./importFamilies.ts";
export { applySocialLinks, startSocialImport, type SocialImportInput, type SocialLinkInput, type SocialReviewInput } from "./importSocial.ts";
export { IMPORT_SLICE_ORIGIN, type ImportJob } from "./importSlices.ts";
export { readPendingImports, startImportRollback, type RollbackJob } from "./importRollback.ts";
export type { PendingBatch } from "./importPending.ts";
export { readMatchDecisions, readReviewItems, recordMatchDecision, undoMatchDecision } from "./matchDecisions.ts";
export { readBatch, readBatches } from "./importBatches.ts";
export { ImportError, type ImportErrorCode } from "./importErrors.ts";
export { IMPORT_ROOT } from "./importLayout.ts";
export { observeImports } from "./importObserve.ts";
export { followSocialList } from "./welfare.ts";
export { deleteHousehold, householdStatus, PURGED, purgedWithLateKeys, purgeHousehold, readHouseholdWithDeletion, restoreHousehold, type Deletion, type HouseholdStatus } from "./deletion.ts";
export { readHouseholdChanges, type RosterChange } from "./changes.ts";
// issue 17: the relay's audit trail read against this copy (which families an update touched, a family's ids)
export { householdIdRuns, rosterTouched, type FamilyTouch, type RosterPart, type RosterTouched } from "./audit.ts";
