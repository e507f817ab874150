import type { Member } from "./member.ts";
import type { Measurement } from "./measurement.ts";
import type { HouseholdSources } from "./socialList.ts";
import type { Visit } from "./visit.ts";

/**
 * A household (keluarga) of the roster. Its id is its own: No. KK changes when a
 * family splits or moves (DOMAIN.md), so it is a field, never the key.
 */
export const WATER_SOURCES = [
  "kemasan", // air kemasan / isi ulang
  "ledeng", // ledeng / PAM
  "sumur_bor",
  "sumur_terlindung",
  "sumur_tak_terlindung",
  "mata_air_terlindung",
  "mata_air_tak_terlindung",
  "air_hujan",
  "sungai", // sungai / danau / irigasi
  "lainnya",
] as const;
export type WaterSource = (typeof WATER_SOURCES)[number];

export const TOILETS = ["jamban_septik", "jamban_tanpa_septik", "tidak_ada"] as const;
export type Toilet = (typeof TOILETS)[number];

export const AID_PROGRAMMES = ["PKH", "BPNT", "PBI", "KUBE", "LAINNYA"] as const;
export type AidProgramme = (typeof AID_PROGRAMMES)[number];

export const CONSENT_METHODS = ["tertulis", "lisan", "wali"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Who agreed to the family's data being kept, when and how (UU 27/2022). */
export interface Consent {
  by: string;
  /** YYYY-MM-DD */
  at: string;
  how: ConsentMethod;
}

/** A critical value that two devices answered differently while apart. */
export interface FieldConflict {
  target: { kind: "household"; field: string } | { kind: "member"; memberId: string; field: string } | { kind: "measurement"; measurementId: string; field: string };
  entries: Array<{ id: string; value: string | number | boolean | null; by: string; at: string }>;
}

/**
 * An ordinary field two devices changed while apart: the same value is kept on
 * every device (the greatest entry id, never a clock), and the other values are
 * shown as replaced ("diubah juga oleh ...") until someone settles the field.
 */
export interface ReplacedValue {
  target: FieldConflict["target"];
  kept: ReplacedEntry;
  replaced: ReplacedEntry[];
}

/** One value of a field as a device wrote it: the model value (a consent is an object), who and when (ISO). */
export interface ReplacedEntry {
  id: string;
  value: unknown;
  by: string;
  at: string;
}

export interface Household {
  id: string;
  /** Nomor Kartu Keluarga, 16 digits, or "" when unknown */
  noKk: string;
  /** name of the head of the family (kepala keluarga) */
  kepala: string;
  dusun: string;
  rw: number | null;
  rt: number | null;
  alamat: string;
  /** risk answers (critical values): "" while unanswered or in conflict */
  sumberAir: WaterSource | "";
  jamban: Toilet | "";
  lat: number | null;
  lon: number | null;
  /** welfare desil of P3KE/DTSEN, 1 (poorest) to 10, null when unknown: a hand value, else the linked social-list rows' (socialList.ts) */
  desil: number | null;
  /** as desil: per programme a hand tick/untick, else the social list */
  aid: AidProgramme[];
  notes: string;
  consent: Consent | null;
  members: Member[];
  measurements: Measurement[];
  /** the TPK's home visits (kunjungan pendampingan), oldest first (by date, then when recorded); absent when there are none */
  visits?: Visit[];
  conflicts: FieldConflict[];
  /** imported provenance (family-list ids, social-list rows); absent for a household no import touched */
  sources?: HouseholdSources;
  /** ordinary fields whose concurrent values settled on one; absent when there are none */
  replaced?: ReplacedValue[];
  /** ISO timestamps from the editing device's clock: informative only */
  createdAt: string;
  updatedAt: string;
}

/** What the household form edits. Members, measurements and consent have their own actions. */
export type HouseholdFields = Pick<Household, "noKk" | "kepala" | "dusun" | "rw" | "rt" | "alamat" | "sumberAir" | "jamban" | "lat" | "lon" | "desil" | "notes">;

export function emptyHousehold(): HouseholdFields {
  return { noKk: "", kepala: "", dusun: "", rw: null, rt: null, alamat: "", sumberAir: "", jamban: "", lat: null, lon: null, desil: null, notes: "" };
}

/**
 * RT or RW as a number (DOMAIN.md): "003", " 03 ", "RT 03", "rt.3" and 3 are RT 3; blank, 0 and
 * anything unreadable are null. The one rule for the household form, the import and the matcher.
 */
export function normaliseRtRw(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isInteger(raw) && raw > 0 && raw < 1000 ? raw : null;
  const match = /^\s*(?:r\s*[tw]\s*\.?\s*)?0*(\d{1,3})\s*$/i.exec(raw);
  if (!match) return null;
  const value = Number(match[1]);
  return value > 0 ? value : null;
}

/** Error keys are i18n message keys; the UI says what to fix. */
export type HouseholdError =
  | "kepala_wajib"
  | "rt_wajib"
  | "rw_wajib"
  | "no_kk_16_digit"
  | "desil_1_10"
  | "lokasi_tidak_sah";

export function validateHousehold(h: HouseholdFields): Partial<Record<keyof HouseholdFields, HouseholdError>> {
  const errors: Partial<Record<keyof HouseholdFields, HouseholdError>> = {};
  if (h.kepala.trim().length === 0) errors.kepala = "kepala_wajib";
  if (h.rt === null) errors.rt = "rt_wajib";
  if (h.rw === null) errors.rw = "rw_wajib";
  if (h.noKk !== "" && !/^\d{16}$/.test(h.noKk)) errors.noKk = "no_kk_16_digit";
  if (h.desil !== null && !(Number.isInteger(h.desil) && h.desil >= 1 && h.desil <= 10)) errors.desil = "desil_1_10";
  const badLat = h.lat !== null && !(h.lat >= -90 && h.lat <= 90);
  const badLon = h.lon !== null && !(h.lon >= -180 && h.lon <= 180);
  if (badLat || badLon || (h.lat === null) !== (h.lon === null)) errors.lat = "lokasi_tidak_sah";
  return errors;
}
