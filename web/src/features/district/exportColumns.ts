import { REPORT_INDICATORS } from "@shared/model/index.ts";

export { DISTRICT_COLUMNS, type DistrictRow } from "@shared/rules/districtView.ts";
/** Every indicator a village may send, in the contract's order: the export's raw columns. */
export const REPORT_INDICATORS_FOR_EXPORT = REPORT_INDICATORS;
