/**
 * A hand-built village for the report's tests (not used at runtime). Eight families in RW 1 (RT 1, 2),
 * RW 2 (RT 1, 2) and one with no RT/RW; their KRS factors, children, measurements, board, meetings and
 * visits are chosen so every column of every section has a count to check (report.test.ts says which
 * family makes which number). Today is 22 Nov 2026, the report month November 2026.
 */
import { emptyHousehold, emptyMember, type Household, type ImportBatch, type Measurement, type Member, type Visit } from "../../model/index.ts";
import { assessHousehold } from "../householdAssessment.ts";
import { screenFamily } from "../screening/screenFamily.ts";
import { DEFAULT_SCREENING_SETTINGS } from "../screening/settings.ts";
import { toScreeningFamily } from "../householdAssessment.ts";
import type { ReportBoard, ReportContext, ReportHousehold, ReportMeeting } from "./types.ts";

export const TODAY = "2026-11-22";
export const MONTH = "2026-11";
/** WITA */
export const OFFSET = 480;
export const NIK_M = "5371011304900001";
export const NIK_F = "5371015608950007";

let seq = 0;
function member(relation: Member["relation"], sex: "M" | "F", birthDate: string, patch: Partial<Member> = {}): Member {
  return { ...emptyMember(), id: patch.id ?? `m${seq++}`, nama: `${relation} ${seq}`, nik: sex === "F" ? NIK_F : NIK_M, relation, sex, birthDate, ...patch };
}
const wife = (birthDate: string, patch: Partial<Member> = {}) =>
  member("istri", "F", birthDate, { contraception: "modern", childrenCount: 1, pregnant: false, ...patch });
const kepala = (patch: Partial<Member> = {}) => member("kepala", "M", "1985-02-02", patch);
const measure = (memberId: string, date: string, lengthCm: number | null, weightKg: number | null, position: Measurement["position"] = "lying"): Measurement => ({
  id: `x${seq++}`,
  memberId,
  date,
  lengthCm,
  weightKg,
  position,
  measuredBy: "Bidan Ani",
});

function household(id: string, rw: number | null, rt: number | null, members: Member[], patch: Partial<Household> = {}): Household {
  return {
    ...emptyHousehold(),
    id,
    kepala: `Keluarga ${id.toUpperCase()}`,
    rw,
    rt,
    sumberAir: "ledeng",
    jamban: "jamban_septik",
    aid: [],
    consent: null,
    members,
    measurements: [],
    conflicts: [],
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    ...patch,
  };
}

/**
 * a RW1/RT1: KRS (jamban), desil 2, no aid (the gap); baby a1 sangat pendek, gizi kurang, BB sangat kurang.
 * b RW1/RT1: KRS (air, terlalu muda), pregnant, desil 7; the wife has no NIK.
 * c RW1/RT2: KRS (terlalu tua, banyak), no desil; c1 pendek, gizi buruk, BB sangat kurang; the kepala's NIK is invalid.
 * d RW1/RT2: tidak berisiko, desil 3; d1 measured in October only, d0 is 7.
 * e RW2/RT1: an elderly couple, not sasaran (their river water does not count).
 * f RW2/RT1: KRS (terlalu dekat, tidak KB modern), desil 1 with PKH; f1 pendek then normal in November,
 *   f2 weighed only (BB kurang); an unsettled conflict.
 * g no RT/RW: KRS (jamban tanpa septik), desil 4, no aid (the gap); g1's length is implausible, g0 turned 60
 *   months in October (a balita of the trend until then, not of November).
 * h RW2/RT2: tidak berisiko, desil 5; h1 tinggi.
 */
export function village(): Household[] {
  seq = 0;
  const a1 = member("anak", "F", "2026-03-01", { id: "a1" });
  const c1 = member("anak", "M", "2023-06-01", { id: "c1" });
  const d1 = member("anak", "F", "2024-12-01", { id: "d1" });
  const f1 = member("anak", "M", "2025-12-15", { id: "f1" });
  const f2 = member("anak", "F", "2024-06-01", { id: "f2" });
  const g1 = member("anak", "M", "2022-01-01", { id: "g1" });
  const g0 = member("lainnya", "M", "2021-10-15", { id: "g0" }); // a nephew: not a birth of the wife
  const h1 = member("anak", "F", "2025-05-01", { id: "h1" });
  return [
    household("a", 1, 1, [kepala(), wife("1996-01-10"), a1], { jamban: "tidak_ada", desil: 2, measurements: [measure("a1", "2026-11-10", 62, 5.2)] }),
    household("b", 1, 1, [kepala(), wife("2008-05-01", { pregnant: true, contraception: "tidak", childrenCount: 0, nik: "" })], { sumberAir: "sungai", desil: 7 }),
    household("c", 1, 2, [kepala({ nik: "1234" }), wife("1988-03-03", { childrenCount: 4 }), c1], {
      measurements: [measure("c1", "2026-10-12", 89.5, 12.3, "standing"), measure("c1", "2026-11-12", 90, 10, "standing")],
    }),
    household("d", 1, 2, [kepala(), wife("1994-04-04", { childrenCount: 2 }), member("anak", "M", "2019-01-01", { id: "d0" }), d1], {
      desil: 3,
      measurements: [measure("d1", "2026-10-20", 85, 11.5)],
    }),
    household("e", 2, 1, [kepala({ birthDate: "1955-01-01" }), wife("1960-01-01")], { sumberAir: "sungai" }),
    household("f", 2, 1, [kepala(), wife("1997-07-07", { contraception: "tidak", childrenCount: 2 }), f1, f2], {
      desil: 1,
      aid: ["PKH"],
      measurements: [measure("f2", "2025-12-10", 80, 10), measure("f1", "2026-11-03", 68, 8), measure("f1", "2026-11-18", 74, 9.3), measure("f2", "2026-11-18", null, 9)],
      conflicts: [{ target: { kind: "household", field: "jamban" }, entries: [] }],
    }),
    household("g", null, null, [kepala(), wife("2000-02-02"), g0, g1], {
      jamban: "jamban_tanpa_septik",
      desil: 4,
      measurements: [measure("g1", "2026-11-05", 60, 16, "standing"), measure("g0", "2026-11-05", 110, 18, "standing")],
    }),
    household("h", 2, 2, [kepala(), wife("1995-05-05"), h1], { desil: 5, measurements: [measure("h1", "2026-11-20", 92, 13)] }),
  ];
}

/** Each household with its screening on `reference` and its growth, as the app hands them to the report. */
export function assessed(households: readonly Household[], reference: string = TODAY): ReportHousehold[] {
  return households.map((household) => {
    const a = assessHousehold(household, DEFAULT_SCREENING_SETTINGS, TODAY);
    const screening = reference === TODAY ? a.screening : screenFamily(toScreeningFamily(household), DEFAULT_SCREENING_SETTINGS, reference);
    return { household, screening, children: a.children };
  });
}

export const BATCHES: ImportBatch[] = [
  {
    id: "s0001", kind: "sosial", source: { fileName: "dtsen_okt.xlsx", sheet: "Data", listName: "DTSEN Oktober 2026" }, at: "2026-11-21T02:00:00Z", by: "Pak Lurah",
    ruleVersion: "fs-1", counts: { rows: 7, new: 0, changed: 0, unchanged: 0, gone: 0, keptHand: 0, linked: 5, review: 1, unmatched: 1, keptPerson: 0, skippedRejected: 0 }, evidenceCodes: [],
  },
  {
    id: "k0001", kind: "keluarga", source: { fileName: "pk_2026.csv", sheet: "", listName: "" }, at: "2026-11-20T03:00:00Z", by: "Bidan Ani",
    ruleVersion: "", counts: { rows: 8, new: 8, changed: 0, unchanged: 0, gone: 0, keptHand: 0, linked: 0, review: 0, unmatched: 0, keptPerson: 0, skippedRejected: 0 }, evidenceCodes: [],
  },
];

const status = (interventionId: string, at: string, detail: string) => ({ kind: "status", interventionId, at, detail });

/**
 * k1 DINSOS: open 5 Oct, claimed, in progress 20 Oct, delivered 10 Nov, verified 15 Nov.
 * k2 DINKES: made 2 Nov, claimed 3 Nov. k3 DINSOS: open since September. k4 DLHK: in progress, no history
 * (made before the history was kept). k5 DINKES: made 31 Oct 17.30 UTC = 1 Nov in WITA, delivered 5 Nov.
 * Claims: a by DINSOS (won 6 Oct), a by DINKES (lost 4 Nov), c by DINKES (won 3 Nov), c by DP3A (lost 31 Oct
 * 18.00 UTC = 1 Nov WITA), g by BPBD (refused by the relay: not its agency), g by DINSOS (not confirmed yet).
 */
export function board(): ReportBoard {
  const claim = (familyId: string, agency: string, st: "confirmed-winner" | "lost" | "rejected" | "pending", at: string | null, rejected: string | null = null) => ({
    familyId, agency, status: st, confirmation: at === null ? null : { seq: 1, at, rejected },
  });
  return {
    cards: [
      { id: "k1", agency: "DINSOS", status: "verified", createdAt: "2026-10-05T01:00:00Z", verifiedOn: "2026-11-15" },
      { id: "k2", agency: "DINKES", status: "claimed", createdAt: "2026-11-02T01:00:00Z", verifiedOn: null },
      { id: "k3", agency: "DINSOS", status: "open", createdAt: "2026-09-01T01:00:00Z", verifiedOn: null },
      { id: "k4", agency: "DLHK", status: "in_progress", createdAt: "2026-11-20T01:00:00Z", verifiedOn: null },
      { id: "k5", agency: "DINKES", status: "delivered", createdAt: "2026-10-31T17:30:00Z", verifiedOn: null },
    ],
    needs: [
      { familyId: "a", createdAt: "2026-10-05T00:00:00Z" },
      { familyId: "c", createdAt: "2026-11-02T00:00:00Z" },
      { familyId: "a", createdAt: "2026-11-03T00:00:00Z" },
    ],
    claims: [
      claim("a", "DINSOS", "confirmed-winner", "2026-10-06T01:00:00Z"),
      claim("a", "DINKES", "lost", "2026-11-04T01:00:00Z"),
      claim("c", "DINKES", "confirmed-winner", "2026-11-03T01:00:00Z"),
      claim("c", "DP3A", "lost", "2026-10-31T18:00:00Z"),
      claim("g", "BPBD", "rejected", "2026-11-06T01:00:00Z", "not its agency"),
      claim("g", "DINSOS", "pending", null),
    ],
    history: [
      status("k3", "2026-09-01T01:00:00Z", "-> open"),
      status("k1", "2026-10-05T01:00:00Z", "-> open"),
      status("k1", "2026-10-06T01:00:00Z", "open -> claimed"),
      status("k1", "2026-10-20T01:00:00Z", "claimed -> in_progress"),
      status("k5", "2026-10-31T17:30:00Z", "-> open"),
      status("k5", "2026-11-01T02:00:00Z", "open -> claimed"),
      status("k2", "2026-11-02T01:00:00Z", "-> open"),
      status("k2", "2026-11-03T01:00:00Z", "open -> claimed"),
      status("k5", "2026-11-05T01:00:00Z", "claimed -> delivered"),
      status("k1", "2026-11-10T01:00:00Z", "in_progress -> delivered"),
      status("k1", "2026-11-15T01:00:00Z", "delivered -> verified"),
      { kind: "claim", interventionId: "", at: "2026-11-15T01:00:00Z", detail: "DINSOS need:n1 pantas_sehat" },
    ],
  };
}

/** m1 5 Nov (2 decisions; items: k1's, one with no card), m2 10 Oct (1 decision; item: k2's), m3 20 Nov (item: k5's). */
export const MEETINGS: ReportMeeting[] = [
  { meeting: { id: "m1", title: "Rembuk stunting November", date: "2026-11-05" }, decisions: 2, actions: [{ interventionId: "k1" }, { interventionId: "" }] },
  { meeting: { id: "m2", title: "Rapat Oktober", date: "2026-10-10" }, decisions: 1, actions: [{ interventionId: "k2" }] },
  { meeting: { id: "m3", title: "Rapat jamban", date: "2026-11-20" }, decisions: 0, actions: [{ interventionId: "k5" }] },
];

const visit = (id: string, householdId: string, date: string): Visit => ({ id, householdId, date, visitor: "Kader Yuli", activities: ["konseling"], notes: "", nextVisit: "", by: "Kader Yuli", createdAt: `${date}T02:00:00Z` });
/** November: a twice, d, e; October: c. */
export const VISITS: Visit[] = [visit("v1", "a", "2026-11-03"), visit("v2", "a", "2026-11-20"), visit("v3", "d", "2026-11-10"), visit("v4", "c", "2026-10-01"), visit("v5", "e", "2026-11-11")];

export function context(patch: Partial<ReportContext> = {}): ReportContext {
  return {
    month: MONTH,
    today: TODAY,
    utcOffsetMinutes: OFFSET,
    profile: { name: "Kelurahan Namosain", kodeWilayah: "53.71.01.1001" },
    batches: BATCHES,
    reviewWaiting: 3,
    board: board(),
    meetings: MEETINGS,
    visits: VISITS,
    sync: { online: true, pending: 0, pendingSince: null },
    ...patch,
  };
}
