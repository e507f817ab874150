/**
 * One child measurement (penimbangan/pengukuran). Length/height and weight are
 * critical values: two phones that recorded different numbers offline are
 * shown a conflict, never a silent winner.
 */
export const POSITIONS = ["lying", "standing"] as const;
export type MeasurePosition = (typeof POSITIONS)[number];

export interface MeasurementFields {
  memberId: string;
  /** YYYY-MM-DD */
  date: string;
  position: MeasurePosition;
  /** who measured (name as typed or from the token) */
  measuredBy: string;
}

export interface MeasurementValues {
  lengthCm: number | null;
  weightKg: number | null;
}

export interface Measurement extends MeasurementFields, MeasurementValues {
  id: string;
}

export type MeasurementError = "tanggal_wajib" | "tanggal_masa_depan" | "panjang_tidak_wajar" | "berat_tidak_wajar" | "isi_panjang_atau_berat";

/** Plausibility bounds for typing errors (WHO's z flags catch the rest). */
export function validateMeasurement(m: Pick<MeasurementFields, "date"> & MeasurementValues, today: string): Partial<Record<"date" | "lengthCm" | "weightKg", MeasurementError>> {
  const errors: Partial<Record<"date" | "lengthCm" | "weightKg", MeasurementError>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(m.date)) errors.date = "tanggal_wajib";
  else if (m.date > today) errors.date = "tanggal_masa_depan";
  if (m.lengthCm === null && m.weightKg === null) errors.lengthCm = "isi_panjang_atau_berat";
  if (m.lengthCm !== null && !(m.lengthCm >= 35 && m.lengthCm <= 130)) errors.lengthCm = "panjang_tidak_wajar";
  if (m.weightKg !== null && !(m.weightKg >= 0.5 && m.weightKg <= 40)) errors.weightKg = "berat_tidak_wajar";
  return errors;
}
