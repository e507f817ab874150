import type { Codec } from "./codecs.ts";
import { boolOrNull, code, codeSet, consent, day, digits16, numberOrNull, seconds, text } from "./codecs.ts";
import {
  AID_CODES, CONTRACEPTION_CODES, EDUCATION_CODES, MARITAL_CODES, POSITION_CODES, RELATION_CODES, SEX_CODES, TOILET_CODES, VISIT_ACTIVITY_CODES, WATER_CODES,
} from "./codes.ts";

/**
 * The fields of each record kind, in the order of its stored base tuple. The
 * order is part of the stored format: APPEND new fields at the end, never
 * reorder or remove (old documents would be misread). Trailing empty values are
 * not stored, so rarely-filled fields belong at the end.
 */
export interface FieldSpec<K extends string = string, T = unknown> {
  name: K;
  codec: Codec<T>;
  /** concurrent different values are shown to a person instead of settled */
  critical: boolean;
}

const field = <K extends string, T>(name: K, codec: Codec<T>, critical = false): FieldSpec<K, T> => ({ name, codec, critical });

export type Schema = readonly FieldSpec[];
export type ValuesOf<S extends Schema> = { [F in S[number] as F["name"]]: F["codec"] extends Codec<infer T> ? T : never };

export const HOUSEHOLD_FIELDS = [
  field("noKk", digits16),
  field("kepala", text),
  field("dusun", text),
  field("rw", numberOrNull),
  field("rt", numberOrNull),
  field("alamat", text),
  field("sumberAir", code(WATER_CODES, ""), true),
  field("jamban", code(TOILET_CODES, ""), true),
  field("lat", numberOrNull),
  field("lon", numberOrNull),
  field("desil", numberOrNull),
  field("createdAt", seconds),
  field("consent", consent),
  field("notes", text),
  // one field per programme: two devices changing different programmes both count
  ...AID_CODES.map((p) => field(`aid.${p}` as `aid.${typeof p}`, boolOrNull)),
] as const;

export const MEMBER_FIELDS = [
  field("nik", digits16),
  field("nama", text),
  field("sex", code(SEX_CODES, "")),
  field("birthDate", day("")),
  field("relation", code(RELATION_CODES, "")),
  field("education", code(EDUCATION_CODES, "")),
  field("maritalStatus", code(MARITAL_CODES, "")),
  field("pregnant", boolOrNull, true),
  field("contraception", code(CONTRACEPTION_CODES, null), true),
  field("childrenCount", numberOrNull, true),
  field("lastBirthDate", day(null), true),
] as const;

/** What a measurement shows; its stored tuple continues with createdAt (MEASUREMENT_FIELDS). */
const MEASUREMENT_SHOWN = [
  field("memberId", text),
  field("date", day("")),
  field("position", code(POSITION_CODES, "lying")),
  field("lengthCm", numberOrNull, true),
  field("weightKg", numberOrNull, true),
  field("measuredBy", text),
] as const;
export const MEASUREMENT_FIELDS = [...MEASUREMENT_SHOWN, field("createdAt", seconds)] as const;
/** Read without createdAt, which only feeds the household's update time (read raw: no date object per measurement). */
export const MEASUREMENT_READ_FIELDS = MEASUREMENT_SHOWN;

/**
 * A TPK visit (model/visit.ts). None of its fields is critical: two phones editing one visit settle like the
 * household's ordinary fields. createdAt and `by` are written once (the base) and never edited; `by` is left
 * out when it is the visitor (most visits: the kader records her own), so it is last.
 */
export const VISIT_FIELDS = [
  field("date", day("")),
  field("visitor", text),
  field("activities", codeSet(VISIT_ACTIVITY_CODES)),
  field("nextVisit", day("")),
  field("createdAt", seconds),
  field("notes", text),
  field("by", text),
] as const;
/** The fields a person edits (updateVisit); the others belong to the recording. */
export const VISIT_EDITABLE = ["date", "visitor", "activities", "nextVisit", "notes"] as const;

export type HouseholdValues = ValuesOf<typeof HOUSEHOLD_FIELDS>;
export type MemberValues = ValuesOf<typeof MEMBER_FIELDS>;
export type MeasurementValuesStored = ValuesOf<typeof MEASUREMENT_FIELDS>;
