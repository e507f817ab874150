/** The only module that maps the roster document to Yjs (layout.ts, keys.ts, schema.ts, registers.ts say how). */
export { ROSTER_ROOT, rosterMap } from "./layout.ts";
export { addHousehold, householdIds, observeHouseholds, recordConsent, removeHousehold, setAid, updateHousehold, type HouseholdStart } from "./households.ts";
export { addMember, removeMember, updateMember } from "./members.ts";
export { addMeasurement, removeMeasurement, updateMeasurement } from "./measurements.ts";
export { readHousehold, readHouseholds } from "./read.ts";
export type { RegisterEntry, Writer } from "./records.ts";
export { deleteHousehold, householdStatus, PURGED, purgedWithLateKeys, purgeHousehold, readHouseholdWithDeletion, restoreHousehold, type Deletion, type HouseholdStatus } from "./deletion.ts";
export { readHouseholdChanges, type RosterChange } from "./changes.ts";
