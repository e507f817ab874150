import * as Y from "yjs";

/**
 * The roster document's layout (the only place that knows it):
 *
 * doc.getMap("households"): household id -> Y.Map {
 *   noKk, kepala, dusun, rw, rt, alamat, lat, lon, desil, notes,
 *   consentBy, consentAt, consentHow, createdAt, updatedAt     scalars, last writer wins per field
 *   aid.<PROGRAMME>: true                                        a set: add/remove merge per programme
 *   r.sumberAir.<entry>, r.jamban.<entry>                        multi-value registers (mvRegister.ts)
 *   members: Y.Map<member id, Y.Map { nik, nama, sex, birthDate, relation, education, maritalStatus,
 *                                     r.pregnant.*, r.contraception.*, r.childrenCount.*, r.lastBirthDate.* }>
 *   measurements: Y.Map<measurement id, Y.Map { memberId, date, position, measuredBy, createdAt,
 *                                               r.lengthCm.*, r.weightKg.* }>
 * }
 *
 * The two nested maps are created with their household, so two devices never
 * race to create them (the loser's entries would vanish). Registers and the aid
 * set live flat in their record: no nested map to race on, and fewer bytes.
 */
export const HOUSEHOLDS = "households";
export const MEMBERS = "members";
export const MEASUREMENTS = "measurements";
export const AID_PREFIX = "aid.";

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
