import type { Visit } from "../../model/index.ts";
import { decodeRecord, lastEditAt, type Edits } from "./records.ts";
import { VISIT_FIELDS } from "./schema.ts";
import { compareVisits } from "../../rules/visits.ts";

const CREATED_AT = VISIT_FIELDS.findIndex((f) => f.name === "createdAt");
const VISITOR = VISIT_FIELDS.findIndex((f) => f.name === "visitor");

/** The first of the names "who visited" holds (", " between names). */
export function firstName(visitor: string): string {
  const comma = visitor.indexOf(",");
  return (comma < 0 ? visitor : visitor.slice(0, comma)).trim();
}

/**
 * A household's visits from their stored bases and edits (visits.ts writes them). `by` stored empty
 * means the first visitor as first recorded (the base's, not an edit's: who recorded a visit never changes).
 * Concurrent edits of a visit's field settle as ordinary fields do (registers.ts), without a report.
 * `lastWrite`: the latest recording or edit, seconds, for the household's update time.
 */
export function assembleVisits(householdId: string, bases: ReadonlyMap<string, readonly unknown[]>, editsOf: (visitId: string) => Edits | undefined): { visits: Visit[]; lastWrite: number } {
  const visits: Visit[] = [];
  let lastWrite = 0;
  for (const [id, base] of bases) {
    const edits = editsOf(id);
    const created = base[CREATED_AT];
    if (typeof created === "number" && created > lastWrite) lastWrite = created;
    if (edits) lastWrite = Math.max(lastWrite, lastEditAt(edits));
    const v: Visit = decodeRecord(VISIT_FIELDS, base, edits, undefined, { id, householdId });
    if (v.by === "") {
      const firstVisitor = base[VISITOR];
      v.by = typeof firstVisitor === "string" ? firstName(firstVisitor) : "";
    }
    visits.push(v);
  }
  visits.sort(compareVisits);
  return { visits, lastWrite };
}
