import type * as Y from "yjs";
import type { SocialProgramme } from "../../model/index.ts";
import { rosterIndex } from "./keyIndex.ts";
import { rosterMap } from "./layout.ts";
import { householdParts } from "./read.ts";
import { writePatch, type Writer } from "./records.ts";
import { HOUSEHOLD_FIELDS } from "./schema.ts";

/**
 * A person chooses the social list's value over their own (model/socialList.ts): the hand value
 * (desil, or a programme's tick/untick) is cleared, so the household follows its linked rows.
 * False when the household no longer exists.
 */
export function followSocialList(doc: Y.Doc, id: string, field: "desil" | SocialProgramme, now: Date, writer: Writer): boolean {
  const parts = householdParts(doc, id);
  if (!parts) return false;
  doc.transact(() => {
    const target = { map: rosterMap(doc), key: id, base: parts.base, edits: parts.edits.get(id), onKey: rosterIndex(doc).note };
    writePatch(HOUSEHOLD_FIELDS, target, { [field === "desil" ? "desil" : `aid.${field}`]: null }, writer, now);
  });
  return true;
}
