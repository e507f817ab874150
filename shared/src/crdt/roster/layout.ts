import * as Y from "yjs";

/**
 * The roster document's layout (the only place that knows it):
 *
 * doc.getMap("households"): household id -> Y.Map {
 *   noKk, kepala, dusun, rw, rt, alamat, lat, lon, desil, notes,
 *   consentBy, consentAt, consentHow, createdAt, updatedAt   (scalars, last writer wins per field)
 *   risk:    Y.Map { sumberAir, jamban }                       (multi-value registers)
 *   aid:     Y.Map<programme, true>                            (a set: add/remove merge)
 *   members: Y.Map<member id, Y.Map { nik, nama, sex, birthDate, relation, education, maritalStatus,
 *                                     risk: Y.Map { pregnant, contraception, childrenCount, lastBirthDate } }>
 *   measurements: Y.Map<measurement id, Y.Map { memberId, date, position, measuredBy, createdAt,
 *                                               values: Y.Map { lengthCm, weightKg } }>
 * }
 *
 * Registers are created together with their record, so two devices never race
 * to create the same nested map (the loser's entries would vanish).
 */
export const HOUSEHOLDS = "households";
export const RISK = "risk";
export const AID = "aid";
export const MEMBERS = "members";
export const MEASUREMENTS = "measurements";
export const VALUES = "values";

export const HOUSEHOLD_RISK_KEYS = ["sumberAir", "jamban"] as const;
export const MEASUREMENT_VALUE_KEYS = ["lengthCm", "weightKg"] as const;

export function householdsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(HOUSEHOLDS);
}

export function childMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const v = parent.get(key);
  return v instanceof Y.Map ? (v as Y.Map<unknown>) : undefined;
}

/** The nested map, created if missing (only for data written before it existed). */
export function ensureChildMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const existing = childMap(parent, key);
  if (existing) return existing;
  const created = new Y.Map<unknown>();
  parent.set(key, created);
  return created;
}

export function registersFor(keys: readonly string[]): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const key of keys) map.set(key, new Y.Map<unknown>());
  return map;
}
