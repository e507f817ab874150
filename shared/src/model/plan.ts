import { isBoardId } from "./claim.ts";
import { stableHash } from "./ids.ts";

/**
 * The village plan (issue 19): the pokja's yearly Rencana Kerja Masyarakat (RKM) of the Kampung KB, which feeds
 * the Rembuk Stunting Desa and the village budget. Its own document kind ("plan"), read by every village role
 * (OPD and pemantau too), so it speaks of target groups and counts, never of named families.
 *
 * These are the plain shapes the screens, the print, the export and the monthly report read
 * (shared/src/crdt/plan.ts maps them to Yjs).
 */

/** The 8 seksi of a Pokja Kampung KB, after the 8 family functions (DOMAIN.md). */
export const SEKSI = [
  "keagamaan",
  "sosial_budaya",
  "cinta_kasih",
  "perlindungan",
  "reproduksi",
  "sosialisasi_pendidikan",
  "ekonomi",
  "pembinaan_lingkungan",
] as const;
export type Seksi = (typeof SEKSI)[number];

/** Where an activity's money comes from. */
export const FUNDING_SOURCES = ["dana_desa", "apbd_kabupaten", "csr", "baznas", "swadaya"] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** What an activity's target counts. */
export const TARGET_UNITS = ["keluarga", "anak", "orang"] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

/** Who answers for an activity: an OPD by its code, or a person (a pokja member) by name. */
export type Responsible = { kind: "opd"; code: string } | { kind: "orang"; name: string } | null;

export interface BudgetLine {
  id: string;
  /** what the money buys, e.g. "Semen, pipa dan kloset" */
  label: string;
  source: FundingSource | "";
  /** whole rupiah; null while not set or while two devices set different amounts (see conflicts) */
  amount: number | null;
  createdAt: string;
}

/** Money spent against a budget line (realisasi), written once; a wrong one is removed and entered again. */
export interface Spending {
  id: string;
  lineId: string;
  amount: number;
  /** YYYY-MM-DD */
  date: string;
  note: string;
  by: string;
  at: string;
}

/** A decision of the minutes this activity carries out. */
export interface DecisionRef {
  meetingId: string;
  decisionId: string;
}

/** A number two devices set differently while apart: every value, for a person to choose (as measurements are). */
export interface PlanConflict {
  field: "target" | "indicatorTarget" | "amount";
  /** the budget line, for an amount */
  lineId: string;
  entries: Array<{ id: string; value: number | null; by: string; at: string }>;
}

export interface PlanActivity {
  id: string;
  year: number;
  seksi: Seksi | "";
  /** Ragapantas tag (model/intervention.ts DEFAULT_DOMAINS), "" when not chosen */
  domain: string;
  /** what is done */
  title: string;
  /** for whom, as a group: "Keluarga KRS dengan jamban tidak layak" (never a family's name) */
  targetGroup: string;
  /** how many of them; null while not set or in conflict */
  target: number | null;
  unit: TargetUnit;
  /** 0 = the whole village */
  rw: number;
  /** 0 = every RT of the RW */
  rt: number;
  /** where, in words ("Posyandu Mawar"), beside RT/RW */
  location: string;
  /** months of the plan year the activity runs in, 1-12, ascending */
  months: number[];
  responsible: Responsible;
  indicator: string;
  /** the indicator's target; null while not set or in conflict */
  indicatorTarget: number | null;
  notes: string;
  budget: BudgetLine[];
  spending: Spending[];
  decisions: DecisionRef[];
  conflicts: PlanConflict[];
  /** the "draft from the roster" proposal it was made from (rules/plan/draft.ts key), "" otherwise */
  draftKey: string;
  createdAt: string;
  createdBy: string;
}

/** One line of an activity's history: who changed what, when (the device's clock, informative). */
export interface PlanChange {
  at: string;
  by: string;
  /** a field name ("title", "target", "amount", "line", "spending", "card", ...) */
  field: string;
  /** the new value in words or numbers, "" when the field is text typed together (the text itself is the record) */
  value: string;
}

/** The year's header: who signs the plan, where, and the lurah's approval. */
export interface PlanYear {
  year: number;
  lurahName: string;
  ketuaName: string;
  /** where the plan is signed ("Loa Ipuh") */
  place: string;
  approvedBy: string;
  /** YYYY-MM-DD, "" while not approved */
  approvedOn: string;
}

/** The fields of an activity that are ordinary values (last writer wins), not text nor numbers kept as registers. */
export type ActivityScalars = Pick<PlanActivity, "seksi" | "domain" | "unit" | "rw" | "rt" | "months" | "responsible">;
/** The activity's text, each merged by character. */
export const ACTIVITY_TEXTS = ["title", "targetGroup", "location", "indicator", "notes"] as const;
export type ActivityText = (typeof ACTIVITY_TEXTS)[number];
/** The activity's numbers kept as registers (two different values from two devices are a conflict). */
export type ActivityNumber = "target" | "indicatorTarget";

export const MIN_PLAN_YEAR = 2020;
export const MAX_PLAN_YEAR = 2100;
/** Ten trillion rupiah: more than any village plan, and a safe integer. */
export const MAX_RUPIAH = 10_000_000_000_000;
/** The most a target or an indicator's target may count. */
export const MAX_TARGET = 10_000_000;
export const MAX_PLAN_TEXT = 2000;
export const MAX_PLAN_LABEL = 200;

export function isSeksi(value: unknown): value is Seksi {
  return typeof value === "string" && (SEKSI as readonly string[]).includes(value);
}

export function isFundingSource(value: unknown): value is FundingSource {
  return typeof value === "string" && (FUNDING_SOURCES as readonly string[]).includes(value);
}

export function isTargetUnit(value: unknown): value is TargetUnit {
  return typeof value === "string" && (TARGET_UNITS as readonly string[]).includes(value);
}

export function isPlanYear(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= MIN_PLAN_YEAR && value <= MAX_PLAN_YEAR;
}

export function isRupiah(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && value <= MAX_RUPIAH;
}

export function isTargetCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && value <= MAX_TARGET;
}

/** RT and RW numbers of a village: 0 (all) to 999. */
export function isAreaNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 999;
}

/** Months 1-12 as a 12-bit mask (bit 0 = January): one scalar, so a change is one write. */
export function monthsToMask(months: readonly number[]): number {
  let mask = 0;
  for (const m of months) if (Number.isInteger(m) && m >= 1 && m <= 12) mask |= 1 << (m - 1);
  return mask;
}

export function maskToMonths(mask: unknown): number[] {
  if (typeof mask !== "number" || !Number.isInteger(mask) || mask < 0) return [];
  const out: number[] = [];
  for (let m = 1; m <= 12; m++) if (mask & (1 << (m - 1))) out.push(m);
  return out;
}

/** "opd:DINKES" or "orang:Bu Yuli" as stored; null for anything else. */
export function parseResponsible(value: unknown): Responsible {
  if (typeof value !== "string") return null;
  if (value.startsWith("opd:") && isBoardId(value.slice(4))) return { kind: "opd", code: value.slice(4) };
  if (value.startsWith("orang:") && value.length > 6) return { kind: "orang", name: value.slice(6, 6 + MAX_PLAN_LABEL) };
  return null;
}

export function encodeResponsible(r: Responsible): string {
  if (!r) return "";
  return r.kind === "opd" ? `opd:${r.code}` : `orang:${r.name.trim().slice(0, MAX_PLAN_LABEL)}`;
}

/**
 * The id of the board card made from an activity ("Jadikan kartu di papan"): derived from the activity's id, so
 * two devices that make it while apart write one card (as actionItemCardId does for the minutes).
 */
export function planCardId(activityId: string): string {
  const plain = `pl_${activityId}`;
  return plain.length <= 64 ? plain : `ph_${stableHash(activityId)}`;
}
