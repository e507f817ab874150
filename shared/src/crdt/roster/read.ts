import * as Y from "yjs";
import {
  AID_PROGRAMMES, CONSENT_METHODS, CONTRACEPTIONS, EDUCATIONS, MARITAL_STATUSES, POSITIONS, RELATIONS, TOILETS, WATER_SOURCES,
  type Consent, type FieldConflict, type Household, type Measurement, type Member,
} from "../../model/index.ts";
import { isSafeId, readEnum, readNumberOrNull, readString } from "../fields.ts";
import { readRegister } from "../mvRegister.ts";
import { AID_PREFIX, childMap, HOUSEHOLD_RISK_KEYS, MEASUREMENTS, MEASUREMENT_VALUE_KEYS, MEMBERS } from "./layout.ts";

type Target = FieldConflict["target"];

/** Reads registers: settled values by key, and a conflict entry for each disagreement. */
function readRegisters(record: Y.Map<unknown>, keys: readonly string[], target: (field: string) => Target, conflicts: FieldConflict[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const state = readRegister(record, key);
    if (state.kind === "value") out[key] = state.value;
    if (state.kind === "conflict") conflicts.push({ target: target(key), entries: state.entries });
  }
  return out;
}

const pick = <T extends string>(v: unknown, allowed: readonly T[]): T | null => (typeof v === "string" && (allowed as readonly string[]).includes(v) ? (v as T) : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const date = (v: unknown): string | null => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

function readMember(id: string, map: Y.Map<unknown>, conflicts: FieldConflict[]): Member {
  const risk = readRegisters(map, ["pregnant", "contraception", "childrenCount", "lastBirthDate"], (field) => ({ kind: "member", memberId: id, field }), conflicts);
  const sex = readString(map, "sex");
  return {
    id,
    nik: readString(map, "nik"),
    nama: readString(map, "nama"),
    sex: sex === "M" || sex === "F" ? sex : "",
    birthDate: date(map.get("birthDate")) ?? "",
    relation: readEnum(map, "relation", RELATIONS),
    education: readEnum(map, "education", EDUCATIONS),
    maritalStatus: readEnum(map, "maritalStatus", MARITAL_STATUSES),
    pregnant: typeof risk.pregnant === "boolean" ? risk.pregnant : null,
    contraception: pick(risk.contraception, CONTRACEPTIONS),
    childrenCount: num(risk.childrenCount),
    lastBirthDate: date(risk.lastBirthDate),
  };
}

function readMeasurement(id: string, map: Y.Map<unknown>, conflicts: FieldConflict[]): Measurement {
  const values = readRegisters(map, MEASUREMENT_VALUE_KEYS, (field) => ({ kind: "measurement", measurementId: id, field }), conflicts);
  return {
    id,
    memberId: readString(map, "memberId"),
    date: date(map.get("date")) ?? "",
    position: pick(map.get("position"), POSITIONS) ?? "lying",
    measuredBy: readString(map, "measuredBy"),
    lengthCm: num(values.lengthCm),
    weightKg: num(values.weightKg),
  };
}

function readRecords<T>(parent: Y.Map<unknown> | undefined, read: (id: string, map: Y.Map<unknown>) => T): T[] {
  const out: T[] = [];
  parent?.forEach((value, id) => {
    if (value instanceof Y.Map && isSafeId(id)) out.push(read(id, value as Y.Map<unknown>));
  });
  return out;
}

function readConsent(map: Y.Map<unknown>): Consent | null {
  const how = pick(map.get("consentHow"), CONSENT_METHODS);
  const at = date(map.get("consentAt"));
  const by = readString(map, "consentBy");
  return how && at && by ? { by, at, how } : null;
}

export function readHousehold(id: string, map: unknown): Household | null {
  if (!(map instanceof Y.Map) || !isSafeId(id)) return null;
  const conflicts: FieldConflict[] = [];
  const risk = readRegisters(map, HOUSEHOLD_RISK_KEYS, (field) => ({ kind: "household", field }), conflicts);
  // records are sorted by id so every device lists them in the same order
  const members = readRecords(childMap(map, MEMBERS), (mid, m) => readMember(mid, m, conflicts)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const measurements = readRecords(childMap(map, MEASUREMENTS), (mid, m) => readMeasurement(mid, m, conflicts)).sort((a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : 1));
  const aid = AID_PROGRAMMES.filter((p) => map.get(AID_PREFIX + p) === true);
  return {
    id,
    noKk: readString(map, "noKk"),
    kepala: readString(map, "kepala"),
    dusun: readString(map, "dusun"),
    rw: readNumberOrNull(map, "rw"),
    rt: readNumberOrNull(map, "rt"),
    alamat: readString(map, "alamat"),
    sumberAir: pick(risk.sumberAir, WATER_SOURCES) ?? "",
    jamban: pick(risk.jamban, TOILETS) ?? "",
    lat: readNumberOrNull(map, "lat"),
    lon: readNumberOrNull(map, "lon"),
    desil: readNumberOrNull(map, "desil"),
    aid,
    notes: readString(map, "notes"),
    consent: readConsent(map),
    members,
    measurements,
    conflicts,
    createdAt: readString(map, "createdAt"),
    updatedAt: readString(map, "updatedAt"),
  };
}
