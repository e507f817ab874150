/**
 * A household (keluarga) of the roster. Its id is its own: No. KK changes when a
 * family splits or moves (DOMAIN.md), so it is a field, never the key.
 * Members, measurements and screening answers arrive with issue 3.
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
  sumberAir: WaterSource | "";
  jamban: Toilet | "";
  /** ISO timestamps from the editing device's clock: informative only */
  createdAt: string;
  updatedAt: string;
}

export type HouseholdFields = Omit<Household, "id" | "createdAt" | "updatedAt">;

export function emptyHousehold(): HouseholdFields {
  return { noKk: "", kepala: "", dusun: "", rw: null, rt: null, alamat: "", sumberAir: "", jamban: "" };
}

/** "003", "3" and " 03 " are the same RT (DOMAIN.md). Returns null for blank or non-numbers. */
export function normaliseRtRw(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n === 0 ? null : n;
}

/** Error keys are i18n message keys; the UI says what to fix. */
export type HouseholdError =
  | "kepala_wajib"
  | "rt_wajib"
  | "rw_wajib"
  | "no_kk_16_digit";

export function validateHousehold(h: HouseholdFields): Partial<Record<keyof HouseholdFields, HouseholdError>> {
  const errors: Partial<Record<keyof HouseholdFields, HouseholdError>> = {};
  if (h.kepala.trim().length === 0) errors.kepala = "kepala_wajib";
  if (h.rt === null) errors.rt = "rt_wajib";
  if (h.rw === null) errors.rw = "rw_wajib";
  if (h.noKk !== "" && !/^\d{16}$/.test(h.noKk)) errors.noKk = "no_kk_16_digit";
  return errors;
}
