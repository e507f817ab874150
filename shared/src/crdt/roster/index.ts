/** The only module that maps the roster document to Yjs (layout in layout.ts). */
export { HOUSEHOLDS, HOUSEHOLD_RISK_KEYS, MEASUREMENT_VALUE_KEYS } from "./layout.ts";
export {
  addHousehold, changedHouseholdIds, householdsMap, readHousehold, readHouseholds, recordConsent, removeHousehold, setAid, updateHousehold,
  type Writer,
} from "./households.ts";
export { addMember, removeMember, updateMember } from "./members.ts";
export { addMeasurement, removeMeasurement, updateMeasurement } from "./measurements.ts";
