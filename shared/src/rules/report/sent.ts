/**
 * The report as a village sends it up (model/monthlyReport.ts SentReport): numbers only. Built field by
 * field from the report's counts, so no name, NIK, family id, file name, meeting title or other text can
 * reach it (sent.test.ts feeds it a report full of such text and looks for every piece). The village's
 * numbers, and per RW the same (counts only; RW not recorded is in the village's numbers and in no RW).
 * null stays null: "tidak ada data" is sent as such, never as 0.
 */
import type { ReportIndicator, SentReport } from "../../model/monthlyReport.ts";
import type { KrsRecap } from "../screening/recap.ts";
import type { GrowthRow, InterventionSection, MeetingSection, MonthlyReport, VisitRow, WelfareRow } from "./types.ts";

type Indicators = Partial<Record<ReportIndicator, number | null>>;

/** A number as sent: a finite count or share, anything else is no data. */
const num = (v: number | null | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

function krsIndicators(r: KrsRecap | null): Indicators {
  return {
    jumlahKeluarga: num(r?.jumlahKeluarga),
    keluargaSasaran: num(r?.keluargaSasaran),
    krs: num(r?.krs),
    tidakBerisiko: num(r?.tidakBerisiko),
    sasaranPus: num(r?.sasaran.pus),
    sasaranPusHamil: num(r?.sasaran.pusHamil),
    sasaranBaduta: num(r?.sasaran.baduta),
    sasaranBalita: num(r?.sasaran.balita),
    airTidakLayak: num(r?.faktor.air_tidak_layak),
    jambanTidakLayak: num(r?.faktor.jamban_tidak_layak),
    terlaluMuda: num(r?.faktor.terlalu_muda),
    terlaluTua: num(r?.faktor.terlalu_tua),
    terlaluDekat: num(r?.faktor.terlalu_dekat),
    terlaluBanyak: num(r?.faktor.terlalu_banyak),
    tidakKbModern: num(r?.faktor.tidak_kb_modern),
  };
}

function welfareIndicators(w: WelfareRow | null): Indicators {
  return { krsDesil1sd4: num(w?.desil1_4), krsDesil5sd10: num(w?.desil5_10), krsTanpaDesil: num(w?.tanpaDesil), krsDesil1sd4TanpaBantuan: num(w?.gap) };
}

function growthIndicators(g: Pick<GrowthRow, keyof typeof NO_GROWTH> | typeof NO_GROWTH): Indicators {
  return {
    balitaSasaran: num(g.balita),
    balitaDiukur: num(g.diukur),
    tbuSangatPendek: num(g.sangatPendek),
    tbuPendek: num(g.pendek),
    tbuNormal: num(g.normal),
    tbuTinggi: num(g.tinggi),
    bbtbGiziBuruk: num(g.giziBuruk),
    bbtbGiziKurang: num(g.giziKurang),
    bbuSangatKurang: num(g.bbSangatKurang),
    bbuKurang: num(g.bbKurang),
  };
}

function interventionIndicators(i: InterventionSection | null): Indicators {
  return {
    intervensiTerbuka: num(i?.total.open),
    intervensiDiklaim: num(i?.total.claimed),
    intervensiBerjalan: num(i?.total.in_progress),
    intervensiTersalurkan: num(i?.total.delivered),
    intervensiDiterima: num(i?.total.verified),
    klaimGandaDitolak: num(i?.klaimGandaDitolak),
    keluargaDenganKebutuhanDiklaim: num(i?.keluargaDiklaim),
  };
}

const NO_GROWTH = { balita: null, diukur: null, sangatPendek: null, pendek: null, normal: null, tinggi: null, giziBuruk: null, giziKurang: null, bbSangatKurang: null, bbKurang: null };

const visitIndicators = (v: VisitRow): Indicators => ({ kunjungan: num(v.kunjungan), krsDidampingi: num(v.krsDidampingi) });

function meetingIndicators(m: MeetingSection | null): Indicators {
  return { rapat: num(m?.rapat), keputusan: num(m?.keputusan), tindakLanjutTerbuka: num(m?.tindakLanjutTerbuka), tindakLanjutSelesai: num(m?.tindakLanjutSelesai) };
}

export function toSentReport(report: MonthlyReport): SentReport {
  const byRw: SentReport["byRw"] = [];
  for (const area of report.krs?.byRw ?? []) {
    if (area.rw === null || area.row.jumlahKeluarga === 0) continue;
    const rw = area.rw;
    const growth = report.growth.byRw.find((a) => a.rw === rw)?.row;
    const visits = report.visits.byRw.find((a) => a.rw === rw)?.row;
    const welfare = report.welfare?.byRw.find((a) => a.rw === rw)?.row ?? null;
    byRw.push({
      rw: Math.trunc(rw),
      indicators: {
        ...krsIndicators(area.row),
        ...(report.welfare ? welfareIndicators(welfare) : {}),
        ...(growth ? growthIndicators(growth) : {}),
        ...(visits ? visitIndicators(visits) : {}),
      },
    });
  }
  return {
    schema: 1,
    month: /^\d{4}-(0[1-9]|1[0-2])$/.test(report.identity.month) ? report.identity.month : "",
    indicators: {
      ...krsIndicators(report.krs?.total ?? null),
      ...welfareIndicators(report.welfare?.total ?? null),
      // no family on the roster: no under-five count either (0 would read as a fact)
      ...(report.krs ? growthIndicators(report.growth.total) : growthIndicators(NO_GROWTH)),
      ...interventionIndicators(report.interventions),
      ...visitIndicators(report.visits.total),
      ...meetingIndicators(report.meetings),
    },
    byRw,
  };
}
