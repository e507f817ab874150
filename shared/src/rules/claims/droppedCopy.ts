/**
 * A card whose id is derived from what it was made from (an action item's "Jadikan kartu") can be
 * made on two phones while apart. Each writes a whole card under that id; Yjs keeps one copy and
 * drops the other, and with it every edit made on the dropped copy. This rule says which fields of
 * the dropped copy are written onto the kept one (PRODUCT.md: nothing is silently lost).
 *
 * Each field comes with its value and whether it was changed after its copy was made ("edited"):
 * - edited on the dropped copy, not on the kept one: the dropped copy's value, or its edit is lost;
 * - edited on both: the kept copy's value. Two phones changed one field while apart; one value
 *   wins, the same on every device, as for any such race (a status move stays in the history);
 * - a field only the dropped copy has (a verification, say): its value;
 * - edited on neither: nothing; the two copies were made from the same thing and either is right.
 *
 * A written field is edited on the kept copy from then on, so applying the rule again (another
 * phone, or the same changes loaded again from the device's storage) writes nothing more.
 */
export type FieldValue = string | number | boolean | null;

export interface CopyField {
  value: FieldValue;
  /** the field was written again after the copy was made */
  edited: boolean;
}

export type CopyFields = ReadonlyMap<string, CopyField>;

/** The fields to write onto the kept copy, in the dropped copy's key order. */
export function droppedCopyEdits(dropped: CopyFields, kept: CopyFields): Map<string, FieldValue> {
  const out = new Map<string, FieldValue>();
  for (const [key, field] of dropped) {
    const other = kept.get(key);
    if (other === undefined) out.set(key, field.value);
    else if (field.edited && !other.edited && field.value !== other.value) out.set(key, field.value);
  }
  return out;
}

/**
 * Several copies dropped at once (three phones made the card): each in turn, as if the ones before
 * it had been written already, so the first of them wins a field that two of them edited.
 */
export function droppedCopiesEdits(dropped: readonly CopyFields[], kept: CopyFields): Map<string, FieldValue> {
  const now = new Map(kept);
  const out = new Map<string, FieldValue>();
  for (const copy of dropped) {
    for (const [key, value] of droppedCopyEdits(copy, now)) {
      out.set(key, value);
      now.set(key, { value, edited: true });
    }
  }
  return out;
}
