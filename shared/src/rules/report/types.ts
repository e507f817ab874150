/**
 * The monthly report of the pokja (Laporan Bulanan Kampung KB, issue 16): what goes in (plain data the
 * device holds) and what comes out (numbers by section and area). null is "tidak ada data": nothing was
 * recorded for the month, never a zero presented as a fact (DOMAIN.md).
 */
import type { ActionItem, Household, ImportBatch, InterventionStatus, Meeting, Visit, WorkspaceProfile } from "../../model/index.ts";
import type { ResolvedClaim } from "../claims/resolve.ts";
import type { ChildGrowth } from "../householdAssessment.ts";
import type { KrsRecap } from "../screening/recap.ts";
import type { ScreeningResult } from "../screening/screenFamily.ts";

/** A household with its screening on the report's reference date and its children's growth (householdAssessment.ts). */
export interface ReportHousehold {
  household: Household;
  screening: ScreeningResult;
  /** the assessment's children (their growth points carry each measurement's z-scores) */
  children: readonly ChildGrowth[];
}

/** A board card as the report needs it. */
export interface ReportCard {
  id: string;
  agency: string;
  status: InterventionStatus;
  /** ISO, device clock */
  createdAt: string;
  /** YYYY-MM-DD the family confirmed "diterima dan dimanfaatkan", null when not verified */
  verifiedOn: string | null;
}

export interface ReportNeed {
  familyId: string;
  /** ISO, device clock */
  createdAt: string;
}

/** The board's history lines the report reads: status changes of cards ("-> open", "open -> claimed"). */
export interface ReportStatusEvent {
  kind: string;
  interventionId: string;
  at: string;
  detail: string;
}

export interface ReportBoard {
  cards: readonly ReportCard[];
  needs: readonly ReportNeed[];
  claims: readonly Pick<ResolvedClaim, "familyId" | "agency" | "status" | "confirmation">[];
  history: readonly ReportStatusEvent[];
}

export interface ReportMeeting {
  meeting: Pick<Meeting, "id" | "title" | "date">;
  decisions: number;
  actions: readonly Pick<ActionItem, "interventionId">[];
}

/** What the device knew of its sync when it computed the report. */
export interface ReportSync {
  online: boolean;
  /** changes of this device the relay has not confirmed */
  pending: number;
  /** ISO: the oldest of them, null when none */
  pendingSince: string | null;
}

export interface ReportContext {
  month: string;
  /** the device's civil date, YYYY-MM-DD */
  today: string;
  /** the device's offset east of UTC in minutes (WITA 480): places device and relay times in a month */
  utcOffsetMinutes: number;
  profile: WorkspaceProfile;
  /** import batches (the roster's), any order */
  batches: readonly ImportBatch[];
  /** pairs waiting for a person (open, put off, or decided two ways): rules/matchReview.ts reviewQueue */
  reviewWaiting: number;
  board: ReportBoard | null;
  meetings: readonly ReportMeeting[] | null;
  /** TPK visits (model/visit.ts); [] until visits are recorded */
  visits: readonly Visit[];
  sync: ReportSync;
}

export interface ReportInput extends ReportContext {
  households: readonly ReportHousehold[];
}

/** An area of the village: RW and RT as recorded, null when not recorded. */
export interface AreaRows<Row> {
  total: Row;
  byRw: Array<{ rw: number | null; row: Row; rts: Array<{ rt: number | null; row: Row }> }>;
}

// ---- 1. identity ----

export interface ReportSource {
  kind: ImportBatch["kind"];
  fileName: string;
  sheet: string;
  listName: string;
  /** ISO */
  at: string;
  by: string;
  rows: number;
}

export interface IdentitySection {
  name: string;
  kodeWilayah: string;
  month: string;
  /** ages and states are taken on this day (the month's last day, or today while it runs) */
  referenceDate: string;
  generatedOn: string;
  households: number;
  /** imports, oldest first */
  sources: ReportSource[];
  sync: ReportSync;
}

// ---- 3. welfare (irisan) ----

export interface WelfareRow {
  krs: number;
  desil1_4: number;
  desil5_10: number;
  tanpaDesil: number;
  /** KRS in desil 1-4 with none of PKH, BPNT, PBI */
  gap: number;
}

// ---- 4. growth ----

export interface GrowthRow {
  /** children 0-59 months in the month (sasaran) */
  balita: number;
  /** of them, measured (length or weight) in the month; null when the village recorded no measurement */
  diukur: number | null;
  /** diukur / balita, percent to one decimal; null without data or without balita */
  cakupan: number | null;
  /** TB/U (PB/U) of the month's last length: counts; null without data */
  sangatPendek: number | null;
  pendek: number | null;
  normal: number | null;
  tinggi: number | null;
  /** (sangat pendek + pendek) / children classified by TB/U, percent; null when none */
  stunting: number | null;
  /** BB/TB classified, and gizi buruk / gizi kurang among them; wasting = (buruk + kurang) / classified */
  bbtbDiukur: number | null;
  giziBuruk: number | null;
  giziKurang: number | null;
  wasting: number | null;
  /** BB/U classified, and sangat kurang / kurang; underweight = (sangat kurang + kurang) / classified */
  bbuDiukur: number | null;
  bbSangatKurang: number | null;
  bbKurang: number | null;
  underweight: number | null;
  /** children whose value this month is biologically implausible (WHO flags): measure again; left out of the classes */
  ukurUlang: number | null;
}

export interface TrendPoint {
  month: string;
  balita: number;
  diukur: number | null;
  cakupan: number | null;
  stunting: number | null;
}

export interface GrowthSection extends AreaRows<GrowthRow> {
  /** false when no child was measured in the month: the section says "tidak ada data" */
  measured: boolean;
  /** the 12 months ending with the report's, oldest first */
  trend: TrendPoint[];
}

// ---- 5. interventions and visits ----

export type StatusCounts = Record<InterventionStatus, number>;

export interface InterventionSection {
  /** cards made by the month's end, by agency (code), each card in its status at the month's end */
  byAgency: Array<{ agency: string; counts: StatusCounts; total: number }>;
  total: StatusCounts & { total: number };
  /** families with a need published by the month's end */
  keluargaDenganKebutuhan: number;
  /** families whose need (or the family itself) an agency handles: a confirmed winning claim */
  keluargaDiklaim: number;
  /** cards the family confirmed "diterima dan dimanfaatkan" in the month */
  diterimaBulanIni: number;
  /** claims refused in the month because another agency already handles the family for that domain */
  klaimGandaDitolak: number;
}

export interface VisitRow {
  /** visits in the month; null when none was recorded */
  kunjungan: number | null;
  /** families visited */
  keluarga: number | null;
  /** KRS families visited ("KRS yang memperoleh pendampingan") */
  krsDidampingi: number | null;
  krs: number;
  /** krsDidampingi / krs, percent */
  persen: number | null;
}

// ---- 6. meetings ----

export interface MeetingSection {
  /** meetings held in the month; null when none was recorded */
  rapat: number | null;
  keputusan: number | null;
  /** the month's meetings, by date */
  list: Array<{ date: string; title: string; decisions: number; actions: number }>;
  /** action items of every meeting up to the month's end: done = its board card delivered or verified by then */
  tindakLanjutTerbuka: number | null;
  tindakLanjutSelesai: number | null;
}

// ---- 7. data quality ----

export interface DataQualitySection {
  keluarga: number;
  /** families with a member without NIK (or with no member at all) */
  keluargaTanpaNik: number;
  keluargaTanpaRtRw: number;
  /** members whose NIK is written but not a valid NIK (rules/nik.ts) */
  nikTidakSah: number;
  /** families with a value two phones answered differently, not settled yet */
  konflik: number;
  /** list rows the matcher was unsure of, not decided by a person */
  pasanganMeragukan: number;
}

export interface MonthlyReport {
  identity: IdentitySection;
  /** 2. null when the roster holds no family */
  krs: AreaRows<KrsRecap> | null;
  /** 3. null before any social list was imported (the note says so) */
  welfare: AreaRows<WelfareRow> | null;
  /** 4. */
  growth: GrowthSection;
  /** 5. null when the board holds nothing by the month's end (or this device does not read it) */
  interventions: InterventionSection | null;
  visits: AreaRows<VisitRow>;
  /** 6. null when this device does not read the minutes */
  meetings: MeetingSection | null;
  /** 7. */
  dataQuality: DataQualitySection;
}
