/** The report's seven sections as tables and charts (tableModel.ts), in the app's language. */
import { STATUSES } from "@shared/model/index.ts";
import type { GrowthRow, MonthlyReport, ReportSource, VisitRow } from "@shared/rules/report/index.ts";
import { formatDate, formatDateTime, formatNumber, t, type MessageKey } from "../../i18n/index.ts";
import { areaRows, col, formatMonth, rtBars, type Cell, type Column, type Row, type Section, type Table } from "./tableModel.ts";

const item = (key: string, label: string, value: Cell): Row => ({ key, label, level: "item", cells: [value] });
const facts = (id: string, title: string, rows: Row[], kind: Column["kind"] = "count"): Table => ({ id, title, head: t("report.col.item"), columns: [col("value", t("report.col.value"), kind)], rows });
const areaTable = (id: string, title: string, columns: Column[], rows: Row[]): Table => ({ id, title, head: t("report.col.area"), columns, rows });
const section = (id: Section["id"], parts: Partial<Pick<Section, "notes" | "tables" | "charts">>): Section => ({
  id,
  title: t(`report.${id}` as MessageKey),
  sheet: t(`report.sheet.${id}` as MessageKey),
  notes: parts.notes ?? [],
  tables: parts.tables ?? [],
  charts: parts.charts ?? [],
});

function sourceLine(s: ReportSource): string {
  const file = [s.listName, s.fileName].filter(Boolean).join(", ");
  return t(s.kind === "keluarga" ? "report.source.keluarga" : "report.source.sosial", { file, date: formatDate(s.at), by: s.by || "-", rows: formatNumber(s.rows) });
}

function syncLine(r: MonthlyReport): string {
  const s = r.identity.sync;
  if (s.pending > 0) return t("report.sync.pending", { count: formatNumber(s.pending), since: s.pendingSince ? formatDateTime(Date.parse(s.pendingSince)) : "-" });
  return s.online ? t("report.sync.ok") : t("report.sync.offline");
}

function identity(r: MonthlyReport, fallbackName: string): Section {
  const i = r.identity;
  const rows: Row[] = [
    item("name", t("report.id.name"), i.name || fallbackName),
    item("kode", t("report.id.kode"), i.kodeWilayah || null),
    item("month", t("report.id.month"), formatMonth(i.month)),
    item("asOf", t("report.id.asOf"), formatDate(i.referenceDate)),
    item("households", t("report.id.households"), i.households),
    ...(i.sources.length > 0 ? i.sources.map((s, n) => item(`source${n}`, t("report.id.source"), sourceLine(s))) : [item("source", t("report.id.source"), t("report.source.none"))]),
    item("sync", t("report.id.sync"), syncLine(r)),
  ];
  return section("s1", { tables: [facts("identity", t("report.t.identity"), rows, "text")] });
}

function krs(r: MonthlyReport): Section {
  if (!r.krs) return section("s2", { notes: [t("report.note.noRoster")] });
  const k = r.krs;
  return section("s2", {
    notes: [t("report.note.sasaranFamilies"), t("report.note.factors")],
    tables: [
      areaTable(
        "krs-sasaran",
        t("report.t.sasaran"),
        ["jumlahKeluarga", "keluargaSasaran", "pus", "pusHamil", "baduta", "balita", "krs", "tidakBerisiko"].map((key) => col(key, t(`report.col.${key}` as MessageKey))),
        areaRows(k, (x) => [x.jumlahKeluarga, x.keluargaSasaran, x.sasaran.pus, x.sasaran.pusHamil, x.sasaran.baduta, x.sasaran.balita, x.krs, x.tidakBerisiko]),
      ),
      areaTable(
        "krs-desil",
        t("report.t.welfareRank"),
        [col("krs", t("report.col.krs")), ...[1, 2, 3, 4].map((n) => col(`desil${n}`, t("report.col.desil", { n }))), col("desilAbove4", t("report.col.desilAbove4")), col("desilUnknown", t("report.col.desilUnknown"))],
        areaRows(k, (x) => [x.krs, x.krsByWelfareRank["1"], x.krsByWelfareRank["2"], x.krsByWelfareRank["3"], x.krsByWelfareRank["4"], x.krsByWelfareRank.lebihDari4, x.krsByWelfareRank.tidakDiketahui]),
      ),
      areaTable(
        "krs-faktor",
        t("report.t.factors"),
        [col("krs", t("report.col.krs")), ...["air", "jamban", "muda", "tua", "dekat", "banyak", "tidakKb"].map((key) => col(key, t(`report.col.${key}` as MessageKey)))],
        areaRows(k, (x) => [x.krs, x.faktor.air_tidak_layak, x.faktor.jamban_tidak_layak, x.faktor.terlalu_muda, x.faktor.terlalu_tua, x.faktor.terlalu_dekat, x.faktor.terlalu_banyak, x.faktor.tidak_kb_modern]),
      ),
    ],
    charts: [{ kind: "bars", id: "chart-krs-rt", title: t("report.chart.krsByRt"), unit: "count", bars: rtBars(k, (x) => x.krs) }],
  });
}

function welfare(r: MonthlyReport): Section {
  if (!r.welfare) return section("s3", { notes: [t("report.note.noSocialList")] });
  return section("s3", {
    tables: [
      areaTable(
        "welfare",
        t("report.t.welfare"),
        ["krs", "desil1_4", "desil5_10", "tanpaDesil", "gap"].map((key) => col(key, t(`report.col.${key}` as MessageKey))),
        areaRows(r.welfare, (x) => [x.krs, x.desil1_4, x.desil5_10, x.tanpaDesil, x.gap]),
      ),
    ],
  });
}

const TBU: Array<keyof GrowthRow> = ["balita", "diukur", "cakupan", "sangatPendek", "pendek", "normal", "tinggi", "stunting"];
const WEIGHT: Array<keyof GrowthRow> = ["bbtbDiukur", "giziBuruk", "giziKurang", "wasting", "bbuDiukur", "bbSangatKurang", "bbKurang", "underweight", "ukurUlang"];
const PERCENTS = new Set<keyof GrowthRow>(["cakupan", "stunting", "wasting", "underweight"]);
const growthColumns = (keys: Array<keyof GrowthRow>) => keys.map((key) => col(key, t(`report.col.${key}` as MessageKey), PERCENTS.has(key) ? "percent" : "count"));

function growth(r: MonthlyReport): Section {
  const g = r.growth;
  return section("s4", {
    notes: [...(g.measured ? [] : [t("report.note.noMeasurement", { month: formatMonth(r.identity.month) })]), t("report.note.growth")],
    tables: [
      areaTable("growth-tbu", t("report.t.growthTbu"), growthColumns(TBU), areaRows(g, (x) => TBU.map((key) => x[key]))),
      areaTable("growth-weight", t("report.t.growthWeight"), growthColumns(WEIGHT), areaRows(g, (x) => WEIGHT.map((key) => x[key]))),
      {
        id: "growth-trend",
        title: t("report.t.trend"),
        head: t("report.col.month"),
        columns: [col("balita", t("report.col.balita")), col("diukur", t("report.col.diukur")), col("cakupan", t("report.col.cakupan"), "percent"), col("stunting", t("report.col.stunting"), "percent")],
        rows: g.trend.map((p) => ({ key: p.month, label: formatMonth(p.month), level: "item", cells: [p.balita, p.diukur, p.cakupan, p.stunting] })),
      },
    ],
    charts: [
      { kind: "bars", id: "chart-stunting-rt", title: t("report.chart.stuntingByRt"), unit: "percent", bars: rtBars(g, (x) => x.stunting) },
      { kind: "trend", id: "chart-trend", title: t("report.chart.trend"), points: g.trend },
    ],
  });
}

const VISITS: Array<keyof VisitRow> = ["kunjungan", "keluarga", "krs", "krsDidampingi", "persen"];
const VISIT_LABEL: Record<keyof VisitRow, MessageKey> = {
  kunjungan: "report.col.kunjungan",
  keluarga: "report.col.keluargaDikunjungi",
  krs: "report.col.krs",
  krsDidampingi: "report.col.krsDidampingi",
  persen: "report.col.krsDidampingiPersen",
};

function interventions(r: MonthlyReport, agencyName: (code: string) => string): Section {
  const i = r.interventions;
  const notes = [...(i ? [] : [t("report.note.noBoard")]), ...(r.visits.total.kunjungan === null ? [t("report.note.noVisits")] : [])];
  const tables: Table[] = [];
  if (i) {
    const statusCols = STATUSES.map((s) => col(s, t(`status.${s}`)));
    tables.push({
      id: "board-agency",
      title: t("report.t.byAgency"),
      head: t("report.col.agency"),
      columns: [...statusCols, col("total", t("report.col.total"))],
      rows: [
        ...i.byAgency.map((a): Row => ({ key: a.agency, label: agencyName(a.agency), level: "item", cells: [...STATUSES.map((s) => a.counts[s]), a.total] })),
        { key: "total", label: t("report.area.total"), level: "total", cells: [...STATUSES.map((s) => i.total[s]), i.total.total] },
      ],
    });
    tables.push(
      facts("board-handling", t("report.t.handling"), (["keluargaDenganKebutuhan", "keluargaDiklaim", "diterimaBulanIni", "klaimGandaDitolak"] as const).map((key) => item(key, t(`report.item.${key}`), i[key]))),
    );
  }
  tables.push(areaTable("visits", t("report.t.visits"), VISITS.map((key) => col(key, t(VISIT_LABEL[key]), key === "persen" ? "percent" : "count")), areaRows(r.visits, (x) => VISITS.map((key) => x[key]))));
  return section("s5", { notes, tables });
}

function meetings(r: MonthlyReport): Section | null {
  const m = r.meetings;
  if (!m) return null;
  const tables: Table[] = [facts("meetings", t("report.t.meetings"), (["rapat", "keputusan", "tindakLanjutTerbuka", "tindakLanjutSelesai"] as const).map((key) => item(key, t(`report.item.${key}`), m[key])))];
  if (m.list.length > 0) {
    tables.push({
      id: "meeting-list",
      title: t("report.t.meetingList"),
      head: t("report.col.date"),
      columns: [col("meeting", t("report.col.meeting"), "text"), col("decisions", t("report.col.decisions")), col("actions", t("report.col.actions"))],
      rows: m.list.map((x, n) => ({ key: `m${n}`, label: formatDate(x.date), level: "item", cells: [x.title, x.decisions, x.actions] })),
    });
  }
  return section("s6", { notes: [...(m.rapat === null ? [t("report.note.noMeeting")] : []), t("report.note.meetings")], tables });
}

function quality(r: MonthlyReport): Section {
  const q = r.dataQuality;
  const keys = ["keluarga", "keluargaTanpaNik", "keluargaTanpaRtRw", "nikTidakSah", "konflik", "pasanganMeragukan"] as const;
  return section("s7", { tables: [facts("quality", t("report.t.quality"), keys.map((key) => item(key, t(`report.item.${key}`), q[key])))] });
}

/** Sections 1-7 (6 only where the minutes are read). */
export function reportSections(r: MonthlyReport, opts: { fallbackName: string; agencyName: (code: string) => string }): Section[] {
  return [identity(r, opts.fallbackName), krs(r), welfare(r), growth(r), interventions(r, opts.agencyName), meetings(r), quality(r)].filter((s): s is Section => s !== null);
}
