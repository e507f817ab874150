import type { Household } from "@shared/model/index.ts";
import type { FactorKey, HouseholdAssessment } from "@shared/rules/index.ts";

/**
 * The first screen of the roster, kept small beside the full document so a
 * phone can paint the families at once on a cold start while the roster
 * document (megabytes for a large kelurahan) is still being read from
 * IndexedDB. It holds only what the table's first rows show; it is rewritten
 * after the roster changes and wiped with the rest on "keluar".
 */
export interface PreviewRow {
  id: string;
  kepala: string;
  rt: number | null;
  rw: number | null;
  noKk: string;
  members: number;
  isKrs: boolean;
  isSasaran: boolean;
  factors: FactorKey[];
  stunting: HouseholdAssessment["stunting"];
  desil: number | null;
}

export const PREVIEW_ROWS = 60;

const key = (workspaceId: string) => `rembuk:preview:${workspaceId}`;

export function previewRows(households: Household[], assess: (h: Household) => HouseholdAssessment): PreviewRow[] {
  return households.slice(0, PREVIEW_ROWS).map((h) => {
    const a = assess(h);
    return {
      id: h.id,
      kepala: h.kepala,
      rt: h.rt,
      rw: h.rw,
      noKk: h.noKk,
      members: h.members.length,
      isKrs: a.screening.isKrs,
      isSasaran: a.screening.isSasaran,
      factors: a.screening.factors,
      stunting: a.stunting,
      desil: h.desil,
    };
  });
}

export function savePreview(workspaceId: string, rows: PreviewRow[], total: number): void {
  try {
    localStorage.setItem(key(workspaceId), JSON.stringify({ v: 1, total, rows }));
  } catch {
    // a full localStorage only costs the fast first paint
  }
}

export function loadPreview(workspaceId: string): { total: number; rows: PreviewRow[] } | null {
  try {
    const raw = JSON.parse(localStorage.getItem(key(workspaceId)) ?? "null") as { v?: number; total?: unknown; rows?: unknown } | null;
    if (!raw || raw.v !== 1 || !Array.isArray(raw.rows) || typeof raw.total !== "number") return null;
    return { total: raw.total, rows: raw.rows as PreviewRow[] };
  } catch {
    return null;
  }
}

export function wipePreview(workspaceId: string): void {
  localStorage.removeItem(key(workspaceId));
}
