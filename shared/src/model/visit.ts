/**
 * A home visit (kunjungan pendampingan) by the TPK: who visited which family, when, what was done, and when to
 * come back. "KRS yang memperoleh pendampingan" (visited KRS families) is a national indicator (Perpres 72/2021).
 * Personal data: it lives in the roster document (lurah and pokja only).
 */
export const VISIT_ACTIVITIES = [
  "konseling", // counselling (gizi, pola asuh, PHBS)
  "rujukan_posyandu",
  "rujukan_puskesmas",
  "bantuan", // aid delivered
  "pengukuran", // measurement taken (the measurement itself is a child measurement record)
  "konseling_kb",
  "lainnya",
] as const;
export type VisitActivity = (typeof VISIT_ACTIVITIES)[number];

export interface Visit {
  id: string;
  householdId: string;
  /** YYYY-MM-DD, the day of the visit */
  date: string;
  /** who visited (a member of the directory, or as typed) */
  visitor: string;
  activities: VisitActivity[];
  notes: string;
  /** YYYY-MM-DD or "" */
  nextVisit: string;
  /** who recorded it and when (ISO, the recording device's clock: informative only) */
  by: string;
  createdAt: string;
}

/** What the visit form edits (id, household and who recorded it, when, are the roster's to set). */
export type VisitFields = Pick<Visit, "date" | "visitor" | "activities" | "notes" | "nextVisit">;

/** Error keys are i18n message keys (`visit.error.<key>`); the form says what to fix. */
export type VisitError = "tanggal_wajib" | "tanggal_masa_depan" | "pengunjung_wajib" | "isi_kegiatan_atau_catatan" | "berikut_setelah_tanggal";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A visit a person may save: a day not after today, who visited, what was done (an activity or a note),
 * and a next visit, when given, after the visit. `today` is the device's local YYYY-MM-DD.
 */
export function validateVisit(v: VisitFields, today: string): Partial<Record<"date" | "visitor" | "activities" | "nextVisit", VisitError>> {
  const errors: Partial<Record<"date" | "visitor" | "activities" | "nextVisit", VisitError>> = {};
  if (!ISO_DAY.test(v.date)) errors.date = "tanggal_wajib";
  else if (v.date > today) errors.date = "tanggal_masa_depan";
  if (v.visitor.trim() === "") errors.visitor = "pengunjung_wajib";
  if (v.activities.length === 0 && v.notes.trim() === "") errors.activities = "isi_kegiatan_atau_catatan";
  if (v.nextVisit !== "" && (!ISO_DAY.test(v.nextVisit) || (ISO_DAY.test(v.date) && v.nextVisit <= v.date))) errors.nextVisit = "berikut_setelah_tanggal";
  return errors;
}
