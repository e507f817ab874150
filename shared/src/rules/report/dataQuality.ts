/**
 * Section 7: what the roster is missing or unsure of, so the pokja knows what to fix before the
 * numbers above can be trusted. Counts of the roster as it is (not of the month).
 */
import type { Household } from "../../model/household.ts";
import { parseNik } from "../nik.ts";
import type { DataQualitySection } from "./types.ts";

export interface QualityTally {
  tanpaNik: boolean;
  tanpaRtRw: boolean;
  nikTidakSah: number;
  konflik: boolean;
}

/** `today` decides the century of a NIK's two-digit year (rules/nik.ts). */
export function tallyQuality(h: Household, today: string): QualityTally {
  let invalid = 0;
  let missing = h.members.length === 0;
  for (const m of h.members) {
    if (m.nik.trim() === "") missing = true;
    else if (!parseNik(m.nik, { today }).valid) invalid += 1;
  }
  return { tanpaNik: missing, tanpaRtRw: h.rt === null || h.rw === null, nikTidakSah: invalid, konflik: h.conflicts.length > 0 };
}

export function qualitySection(tallies: readonly QualityTally[], reviewWaiting: number): DataQualitySection {
  let tanpaNik = 0;
  let tanpaRtRw = 0;
  let nikTidakSah = 0;
  let konflik = 0;
  for (const t of tallies) {
    if (t.tanpaNik) tanpaNik += 1;
    if (t.tanpaRtRw) tanpaRtRw += 1;
    nikTidakSah += t.nikTidakSah;
    if (t.konflik) konflik += 1;
  }
  return { keluarga: tallies.length, keluargaTanpaNik: tanpaNik, keluargaTanpaRtRw: tanpaRtRw, nikTidakSah, konflik, pasanganMeragukan: reviewWaiting };
}
