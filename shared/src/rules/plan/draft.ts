import type { FundingSource, Seksi, TargetUnit } from "../../model/plan.ts";
import type { FactorKey } from "../screening/factors.ts";

/**
 * "Draf dari data keluarga": activities proposed from the village's roster, for the pokja to edit (issue 19). The
 * starting point is the data: jamban tidak layak in 35 KRS families of RW 3 proposes building latrines there, for
 * those 35. Counts only: a proposal names a group, an area and how many, never a family (the plan is read by OPD
 * and pemantau). The templates are one table; the words (what, for whom, the indicator) are the screen's, by
 * template key, in both languages.
 *
 * Works on one plain row per family that the device derives from its roster (screening, growth, the irisan's
 * targeting gap): nothing here reads the roster itself.
 */
export interface DraftFamily {
  /** the family's RW, null when not recorded */
  rw: number | null;
  isKrs: boolean;
  /** its KRS factors (empty when not KRS) */
  factors: readonly FactorKey[];
  /** it has a child under two (sasaran baduta) */
  baduta: boolean;
  /** a PUS wife is pregnant (sasaran PUS hamil) */
  pusHamil: boolean;
  /** its children whose latest length/height-for-age is pendek or sangat pendek */
  stuntedChildren: number;
  /** KRS in desil 1-4 receiving none of PKH, BPNT, PBI (rules/irisan.ts isTargetingGap) */
  targetingGap: boolean;
}

export const DRAFT_TEMPLATES = ["jamban", "air", "kb_modern", "empat_terlalu", "ibu_hamil", "baduta", "stunting", "bansos"] as const;
export type DraftTemplate = (typeof DRAFT_TEMPLATES)[number];

export interface DraftRule {
  template: DraftTemplate;
  /** how many of the template's unit this family adds (0 = none) */
  count: (f: DraftFamily) => number;
  /** "rw": one activity per RW (work done where the families live); "desa": one for the village, with the RWs' counts */
  scope: "rw" | "desa";
  seksi: Seksi;
  /** Ragapantas tag, as the board's needs use them (features/household/boardNeeds.ts) */
  domain: string;
  unit: TargetUnit;
  /** the usual first source of money for such work */
  source: FundingSource;
}

const FOUR_T: readonly FactorKey[] = ["terlalu_muda", "terlalu_tua", "terlalu_dekat", "terlalu_banyak"];
const krsWith = (factor: FactorKey) => (f: DraftFamily) => (f.isKrs && f.factors.includes(factor) ? 1 : 0);

/**
 * One row per template. Housing works per RW (Dana Desa builds latrines and water connections); counselling and
 * services for the village, with the RWs' counts; the 4T factors overlap, so a family with several counts once.
 */
export const DRAFT_RULES: readonly DraftRule[] = [
  { template: "jamban", count: krsWith("jamban_tidak_layak"), scope: "rw", seksi: "pembinaan_lingkungan", domain: "pantas_tempat_tinggal", unit: "keluarga", source: "dana_desa" },
  { template: "air", count: krsWith("air_tidak_layak"), scope: "rw", seksi: "pembinaan_lingkungan", domain: "pantas_tempat_tinggal", unit: "keluarga", source: "dana_desa" },
  { template: "kb_modern", count: krsWith("tidak_kb_modern"), scope: "desa", seksi: "reproduksi", domain: "pantas_sehat", unit: "keluarga", source: "apbd_kabupaten" },
  {
    template: "empat_terlalu",
    count: (f) => (f.isKrs && f.factors.some((x) => FOUR_T.includes(x)) ? 1 : 0),
    scope: "desa", seksi: "reproduksi", domain: "pantas_sehat", unit: "keluarga", source: "apbd_kabupaten",
  },
  { template: "ibu_hamil", count: (f) => (f.isKrs && f.pusHamil ? 1 : 0), scope: "desa", seksi: "reproduksi", domain: "pantas_sehat", unit: "keluarga", source: "dana_desa" },
  { template: "baduta", count: (f) => (f.isKrs && f.baduta ? 1 : 0), scope: "desa", seksi: "sosialisasi_pendidikan", domain: "pantas_pendidikan", unit: "keluarga", source: "dana_desa" },
  { template: "stunting", count: (f) => Math.max(0, Math.floor(f.stuntedChildren)), scope: "desa", seksi: "cinta_kasih", domain: "pantas_pangan", unit: "anak", source: "dana_desa" },
  { template: "bansos", count: (f) => (f.targetingGap ? 1 : 0), scope: "desa", seksi: "ekonomi", domain: "pantas_sejahtera", unit: "keluarga", source: "apbd_kabupaten" },
];

export interface RwCount {
  /** null: families whose RW is not recorded */
  rw: number | null;
  count: number;
}

export interface DraftProposal {
  /** "<template>@rw<n>", "<template>@rw?" (RW not recorded) or "<template>@desa": an activity made from it keeps it */
  key: string;
  template: DraftTemplate;
  /** the RW for a per-RW proposal; null for the village, or for families whose RW is not recorded (see scope) */
  rw: number | null;
  scope: "rw" | "desa";
  seksi: Seksi;
  domain: string;
  unit: TargetUnit;
  source: FundingSource;
  count: number;
  /** where the count lives, by RW ascending (unrecorded last); one row for a per-RW proposal */
  byRw: RwCount[];
  /** the year's plan already has an activity made from this proposal */
  exists: boolean;
}

const rwKey = (rw: number | null) => (rw === null ? "rw?" : `rw${rw}`);
const byRwOrder = (a: RwCount, b: RwCount) => (a.rw === null ? 1 : b.rw === null ? -1 : a.rw - b.rw);

/**
 * The proposals for a village: per template (in DRAFT_RULES order) and, for per-RW templates, per RW (ascending,
 * unrecorded last); a template or RW with no family gives none. `existingKeys` are the draft keys the year's
 * activities were made from.
 */
export function draftFromRoster(families: readonly DraftFamily[], existingKeys: ReadonlySet<string> = new Set()): DraftProposal[] {
  const out: DraftProposal[] = [];
  for (const rule of DRAFT_RULES) {
    const counts = new Map<number | null, number>();
    for (const family of families) {
      const n = rule.count(family);
      const rw = family.rw !== null && Number.isInteger(family.rw) && family.rw > 0 ? family.rw : null;
      if (n > 0) counts.set(rw, (counts.get(rw) ?? 0) + n);
    }
    const byRw = [...counts].map(([rw, count]) => ({ rw, count })).sort(byRwOrder);
    if (byRw.length === 0) continue;
    const base = { template: rule.template, scope: rule.scope, seksi: rule.seksi, domain: rule.domain, unit: rule.unit, source: rule.source };
    if (rule.scope === "desa") {
      const key = `${rule.template}@desa`;
      out.push({ ...base, key, rw: null, count: byRw.reduce((n, r) => n + r.count, 0), byRw, exists: existingKeys.has(key) });
      continue;
    }
    for (const row of byRw) {
      const key = `${rule.template}@${rwKey(row.rw)}`;
      out.push({ ...base, key, rw: row.rw, count: row.count, byRw: [row], exists: existingKeys.has(key) });
    }
  }
  return out;
}
