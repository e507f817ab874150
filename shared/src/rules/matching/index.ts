/** The matcher's public API (see README.md). */
export * from "./types.ts";
export { RULE_VERSION } from "./version.ts";
export { matchSocialToFamilies, matchFamiliesToFamilies, DEFAULT_AUTO_THRESHOLD, DEFAULT_REVIEW_THRESHOLD } from "./match.ts";
export { MATCH_EVIDENCE_MESSAGES, describeEvidence, type MatchEvidenceCode } from "./messages.ts";
export { normaliseName, foldToken, type NormalisedName } from "./normaliseName.ts";
export { normaliseAddress, type NormalisedAddress } from "./normaliseAddress.ts";
export { normaliseRtRw } from "../../model/household.ts";
export { FIELDS, LEVELS, type Field } from "./compare.ts";
