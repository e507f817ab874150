import type * as Y from "yjs";
import type { HistoryEvent } from "../../model/claim.ts";
import { historyArray } from "./layout.ts";

/**
 * The audit trail (DOMAIN.md: "an audit trail of who changed what"). Events are
 * plain objects pushed at the end and never edited; concurrent appends from two
 * offline phones interleave the same way on every device. Call inside the
 * transaction of the change it records, so the two travel in one update.
 */
export function appendHistory(doc: Y.Doc, event: Partial<HistoryEvent> & Pick<HistoryEvent, "kind" | "by" | "at">): void {
  const full: HistoryEvent = { claimId: "", interventionId: "", needId: "", detail: "", ...event };
  historyArray(doc).push([full]);
}
