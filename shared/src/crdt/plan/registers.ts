import type * as Y from "yjs";
import { encodeEntry, headsOf, parseEntry, planWrite, type EditEntry } from "../roster/registers.ts";
import { isBoardId as isSafeId } from "../../model/claim.ts";

/**
 * An activity's numbers (its target, its indicator's target, each budget line's amount) are multi-value
 * registers, as the roster's critical values are (../roster/registers.ts): every edit is an entry
 * `<field>/<entry id>` = [value, by, atSeconds, ...ids of the entries it supersedes] in the activity's "reg" map.
 * The entries nobody superseded are the heads: one head, or heads that agree, is the value; heads that disagree
 * (two devices set different amounts while apart) are a conflict a person resolves by writing one value.
 * Fields: "target", "indicatorTarget", "amount.<line id>".
 */
export interface RegisterRead {
  value: unknown;
  /** every head, when they disagree */
  conflict: EditEntry[] | null;
}

export function amountField(lineId: string): string {
  return `amount.${lineId}`;
}

function isField(field: string): boolean {
  if (field === "target" || field === "indicatorTarget") return true;
  return field.startsWith("amount.") && isSafeId(field.slice("amount.".length));
}

/** Every field's entries; keys that are not `<field>/<id>` with a known field and a plain id are ignored. */
export function readEntries(reg: Y.Map<unknown> | null): Map<string, EditEntry[]> {
  const out = new Map<string, EditEntry[]>();
  reg?.forEach((raw, key) => {
    const slash = key.indexOf("/");
    if (slash < 0) return;
    const field = key.slice(0, slash);
    const id = key.slice(slash + 1);
    if (!isField(field) || !isSafeId(id)) return;
    const entry = parseEntry(id, raw);
    if (!entry) return;
    const list = out.get(field);
    if (list) list.push(entry);
    else out.set(field, [entry]);
  });
  return out;
}

const same = (a: unknown, b: unknown) => a === b;

/** The field's value (null when never set), or its disputed heads. */
export function readRegister(entries: EditEntry[] | undefined, valid: (v: unknown) => boolean): RegisterRead {
  if (!entries || entries.length === 0) return { value: null, conflict: null };
  const heads = headsOf(entries);
  const first = heads[0];
  if (!first) return { value: null, conflict: null };
  const value = (e: EditEntry) => (valid(e.stored) ? e.stored : null);
  if (heads.every((h) => same(value(h), value(first)))) return { value: value(first), conflict: null };
  return { value: null, conflict: heads };
}

/**
 * Writes `value` over every entry this device sees for the field (so writing also resolves a conflict) and deletes
 * them but the values a conflict replaced (planWrite keeps those, a few per field, for the history). Writing the
 * value the field already has is nothing. Returns whether anything was written. Call inside a transaction.
 */
export function writeRegister(reg: Y.Map<unknown>, field: string, value: number | null, by: string, entryId: string, now: Date): boolean {
  if (!isField(field) || !isSafeId(entryId)) return false;
  const entries = readEntries(reg).get(field) ?? [];
  const heads = headsOf(entries);
  const current = heads.length === 0 ? [null] : heads.map((h) => h.stored);
  if (current.every((c) => same(c, value))) return false;
  const plan = planWrite(entries, true, value);
  reg.set(`${field}/${entryId}`, encodeEntry(value, by, now, plan.supersedes));
  for (const e of entries) if (!plan.keep.includes(e.id)) reg.delete(`${field}/${e.id}`);
  return true;
}

/** Removes every entry of a field (a budget line that was removed). */
export function clearRegister(reg: Y.Map<unknown>, field: string): void {
  for (const key of [...reg.keys()]) if (key.startsWith(`${field}/`)) reg.delete(key);
}
