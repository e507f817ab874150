export { claimKey } from "./key.ts";
export { resolveClaims, type ClaimResolution, type ClaimStatus, type KeyResolution, type ResolvedClaim } from "./resolve.ts";
export { nextStatuses, canTransition, type TransitionVerdict, type Verification } from "./statusFlow.ts";
export { actingAs, canClaim, canWithdraw, canReassign, canPublishNeed, canEditIntervention, type Actor } from "./permissions.ts";
export {
  diffBoard, diffRecords, diffHistory, diffHistoryInsertions, boardChangeAllowed, boardViolations, changeLabel, shown, RECORD_MAPS, SHOWN_VALUE_MAX,
  type BoardAfter, type BoardChange, type BoardSnapshot, type ChangeVerdict, type HistoryEntry, type RecordMapName,
} from "./guard.ts";
