import { createSignal, type Accessor } from "solid-js";

/**
 * A form's edits over stored values (issue 14, item 2). A field the person has
 * not touched shows the stored value and follows it (the document loading after
 * the form opened, another device's change); a touched field keeps what the
 * person typed. `changed()` is what a save writes: only the touched fields whose
 * value differs from the stored one, so a form opened on stale or default values
 * never writes them back over the real ones.
 */
export interface Draft<T extends object> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
  changed(): Partial<T>;
  /** forgets the edits (after a save or a cancel): every field shows the stored value again */
  reset(): void;
}

/** Values compare by content: arrays of choices are rebuilt on every read of the stored value. */
const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

export function createDraft<T extends object>(stored: Accessor<T>): Draft<T> {
  const [edits, setEdits] = createSignal<Partial<T>>({});
  return {
    get: (key) => {
      const e = edits();
      return key in e ? (e[key] as T[typeof key]) : stored()[key];
    },
    set: (key, value) => setEdits((e) => ({ ...e, [key]: value })),
    changed: () => {
      const out: Partial<T> = {};
      const current = stored();
      const e = edits();
      for (const key of Object.keys(e) as Array<keyof T>) if (!sameValue(e[key], current[key])) out[key] = e[key];
      return out;
    },
    reset: () => setEdits({}),
  };
}
