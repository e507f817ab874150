import * as Y from "yjs";
import { parseNeed, type NeedFields } from "../../model/need.ts";
import { newRecord } from "../fields.ts";
import { appendHistory } from "./history.ts";
import { needsMap } from "./layout.ts";

/** Publishes a need; false when the id is taken or the fields would not read back. */
export function publishNeed(doc: Y.Doc, id: string, fields: NeedFields, by: string, now: Date): boolean {
  const at = now.toISOString();
  const record = { ...fields, createdAt: at, createdBy: by, closed: false };
  if (needsMap(doc).has(id) || !parseNeed(id, record)) return false;
  doc.transact(() => {
    needsMap(doc).set(id, newRecord(record));
    appendHistory(doc, { kind: "need", needId: id, by, at, detail: `${fields.domain} ${fields.reason}`.trim() });
  });
  return true;
}

/** Closes a need (handled, or no longer relevant). Needs are never deleted. */
export function closeNeed(doc: Y.Doc, id: string, by: string, now: Date, reason = ""): boolean {
  const map = needsMap(doc).get(id);
  if (!(map instanceof Y.Map) || map.get("closed") === true) return false;
  const at = now.toISOString();
  doc.transact(() => {
    map.set("closed", true);
    appendHistory(doc, { kind: "need-closed", needId: id, by, at, detail: reason });
  });
  return true;
}
