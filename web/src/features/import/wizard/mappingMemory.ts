/**
 * Column mappings remembered per source (sourceSignature of the header), so
 * the next list of the same shape (next month's DTSEN export) opens with the
 * person's own choices. It holds the kind of list and header names only,
 * never a value of the list: localStorage is fine for it.
 */
import type { ColumnMapping, FieldId, ListKind } from "@shared/import/index.ts";
import { LIST_KINDS } from "@shared/import/types.ts";
import { mappingToSaved } from "@shared/import/header.ts";

export interface RememberedMapping {
  kind: ListKind;
  /** field -> header key (headerKey of the header cell) */
  fields: Partial<Record<FieldId, string>>;
}

type KeyValueStore = Pick<Storage, "getItem" | "setItem">;

const PREFIX = "rembuk:impor-kolom:";

function isRemembered(value: unknown): value is RememberedMapping {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  if (!(LIST_KINDS as readonly unknown[]).includes(v.kind)) return false;
  if (typeof v.fields !== "object" || v.fields === null || Array.isArray(v.fields)) return false;
  return Object.values(v.fields as object).every((key) => typeof key === "string");
}

export interface MappingMemory {
  recall(signature: string): RememberedMapping | null;
  remember(signature: string, mapping: ColumnMapping, header: readonly string[]): void;
}

/** Over any key-value store (localStorage in the app, a Map in tests); a broken entry is ignored, a full store forgets. */
export function makeMappingMemory(store: KeyValueStore): MappingMemory {
  return {
    recall(signature) {
      try {
        const raw = store.getItem(PREFIX + signature);
        if (raw === null) return null;
        const value: unknown = JSON.parse(raw);
        return isRemembered(value) ? value : null;
      } catch {
        return null;
      }
    },
    remember(signature, mapping, header) {
      const fields = mappingToSaved(mapping, [...header]);
      try {
        store.setItem(PREFIX + signature, JSON.stringify({ kind: mapping.kind, fields } satisfies RememberedMapping));
      } catch {
        // storage full or denied: the next import guesses again
      }
    },
  };
}
