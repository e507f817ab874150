import type { Consent } from "../../model/index.ts";
import { CONSENT_CODES } from "./codes.ts";

/**
 * How one field is stored. `encode` turns a model value into the compact stored
 * form (null for empty: readers default it); `decode` reads whatever an
 * untrusted peer wrote and falls back to the empty value on anything unexpected.
 */
export interface Codec<T> {
  encode(value: T): unknown;
  decode(raw: unknown): T;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

export const text: Codec<string> = {
  encode: (v) => (v === "" ? null : v),
  decode: (raw) => (typeof raw === "string" ? raw : ""),
};

/**
 * A 16-digit number (NIK, No. KK) stored as a number when that is exact (9 bytes
 * instead of 17; NIKs cannot start with 0, and those of provinces 91 and up are
 * beyond 2^53 and stay text), any other text as it was typed.
 */
export const digits16: Codec<string> = {
  encode: (v) => {
    if (v === "") return null;
    if (v.length === 16 && v[0] !== "0" && /^\d{16}$/.test(v)) {
      const n = Number(v);
      if (Number.isSafeInteger(n)) return n;
    }
    return v;
  },
  decode: (raw) => (typeof raw === "string" ? raw : typeof raw === "number" && Number.isSafeInteger(raw) && raw >= 1e15 ? sixteenDigits(raw) : ""),
};

/** String(n) for 16-digit n, in two halves: a double's shortest-digits conversion is the slow part (92,000 per roster). */
function sixteenDigits(n: number): string {
  const high = Math.floor(n / 1e8);
  return String(high) + String(n - high * 1e8).padStart(8, "0");
}

export const numberOrNull: Codec<number | null> = {
  encode: (v) => (finite(v) ? v : null),
  decode: (raw) => (finite(raw) ? raw : null),
};

export const boolOrNull: Codec<boolean | null> = {
  encode: (v) => v,
  decode: (raw) => (typeof raw === "boolean" ? raw : null),
};

/** An enumeration stored as its index in an append-only table (codes.ts). */
export function code<T extends string, E extends string | null>(table: readonly T[], empty: E): Codec<T | E> {
  return {
    encode: (v) => {
      const i = v === null ? -1 : (table as readonly string[]).indexOf(v);
      return i < 0 ? null : i;
    },
    decode: (raw) => (typeof raw === "number" && Number.isInteger(raw) && raw >= 0 && raw < table.length ? table[raw]! : empty),
  };
}

/**
 * A set of enumeration values as the bits of one number (bit i = table[i], append-only tables as for code):
 * a visit's seven activities cost one or two bytes, and the set is one value, so an edit replaces it whole.
 * Bits a newer version knows and this one does not are ignored.
 */
export function codeSet<T extends string>(table: readonly T[]): Codec<T[]> {
  return {
    encode: (v) => {
      let bits = 0;
      for (const value of v) {
        const i = table.indexOf(value);
        if (i >= 0) bits |= 1 << i;
      }
      return bits === 0 ? null : bits;
    },
    decode: (raw) => (typeof raw === "number" && Number.isInteger(raw) && raw > 0 ? table.filter((_, i) => (raw & (1 << i)) !== 0) : []),
  };
}

export function dayOfIso(iso: string): number | null {
  if (!ISO_DAY.test(iso)) return null;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.round(ms / DAY_MS) : null;
}

// Reading a 20,000-family roster turns about 100,000 stored days into dates, and
// Date#toISOString is slow on a phone; the distinct days are far fewer. Cached in
// an array indexed from 1860 (the oldest birth dates) to 2130.
const FIRST_CACHED_DAY = -40_000;
const LAST_CACHED_DAY = 58_000;
const isoByDay: Array<string | undefined> = new Array<string | undefined>(LAST_CACHED_DAY - FIRST_CACHED_DAY);

export function isoOfDay(day: number): string {
  const slot = day - FIRST_CACHED_DAY;
  let iso = isoByDay[slot];
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (day >= FIRST_CACHED_DAY && day < LAST_CACHED_DAY) isoByDay[slot] = iso;
  }
  return iso;
}

/** A calendar date (YYYY-MM-DD) stored as whole days since 1970-01-01: 3 bytes instead of 11. */
export function day<E extends string | null>(empty: E): Codec<string | E> {
  return {
    encode: (v) => (v === null ? null : dayOfIso(v)),
    decode: (raw) => (typeof raw === "number" && Number.isInteger(raw) && Math.abs(raw) < 200_000 ? isoOfDay(raw) : empty),
  };
}

/** An ISO timestamp stored as whole seconds. Informative only (a device's clock). */
export const seconds: Codec<string> = {
  encode: (v) => {
    const ms = Date.parse(v);
    return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
  },
  decode: (raw) => (typeof raw === "number" && Number.isInteger(raw) && raw > 0 && raw < 1e11 ? new Date(raw * 1000).toISOString() : ""),
};

const consentHow = code(CONSENT_CODES, null);
const consentAt = day(null);

/** Who agreed, when and how, as one value: two devices recording consent never mix their parts. */
export const consent: Codec<Consent | null> = {
  encode: (v) => (v ? [consentHow.encode(v.how), consentAt.encode(v.at), v.by] : null),
  decode: (raw) => {
    if (!Array.isArray(raw)) return null;
    const how = consentHow.decode(raw[0]);
    const at = consentAt.decode(raw[1]);
    const by = text.decode(raw[2]);
    return how && at && by ? { how, at, by } : null;
  },
};

/** Stored values compare equal when their encodings do (they are scalars or short arrays of scalars). */
export function sameStored(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((v, i) => v === b[i]);
}
