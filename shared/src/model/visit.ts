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
