/**
 * What a village sends up to its kecamatan and district for one month (issue 16): aggregate numbers only,
 * never a name, a NIK, a family id or free text. The relay checks a sent report against this shape and binds
 * it to the kode wilayah the relay operator registered for the workspace (not to a setting the lurah can
 * change). null is "tidak ada data" (nothing recorded), never zero.
 *
 * The indicator list is append-only: a key once sent keeps its meaning, so a district can compare months.
 */
export const REPORT_INDICATORS = [
  // Rekapitulasi KRS (DOMAIN.md): the factor counts overlap and are never summed
  "jumlahKeluarga",
  "keluargaSasaran",
  "krs",
  "tidakBerisiko",
  "sasaranPus",
  "sasaranPusHamil",
  "sasaranBaduta",
  "sasaranBalita",
  "airTidakLayak",
  "jambanTidakLayak",
  "terlaluMuda",
  "terlaluTua",
  "terlaluDekat",
  "terlaluBanyak",
  "tidakKbModern",
  // irisan with the social list
  "krsDesil1sd4",
  "krsDesil5sd10",
  "krsTanpaDesil",
  "krsDesil1sd4TanpaBantuan",
  // child growth (aksi 7), this month
  "balitaSasaran",
  "balitaDiukur",
  "tbuSangatPendek",
  "tbuPendek",
  "tbuNormal",
  "tbuTinggi",
  "bbtbGiziBuruk",
  "bbtbGiziKurang",
  "bbuSangatKurang",
  "bbuKurang",
  // interventions (board)
  "intervensiTerbuka",
  "intervensiDiklaim",
  "intervensiBerjalan",
  "intervensiTersalurkan",
  "intervensiDiterima",
  "klaimGandaDitolak",
  "keluargaDenganKebutuhanDiklaim",
  // visits (pendampingan)
  "kunjungan",
  "krsDidampingi",
  // meetings (minutes)
  "rapat",
  "keputusan",
  "tindakLanjutTerbuka",
  "tindakLanjutSelesai",
] as const;
export type ReportIndicator = (typeof REPORT_INDICATORS)[number];

/** YYYY-MM */
export type ReportMonth = string;

export interface SentReport {
  schema: 1;
  month: ReportMonth;
  /** the village's indicators; null = tidak ada data */
  indicators: Partial<Record<ReportIndicator, number | null>>;
  /** the same indicators per RW (counts only; an area with no families is left out) */
  byRw: Array<{ rw: number; indicators: Partial<Record<ReportIndicator, number | null>> }>;
}

/** As the relay keeps and serves it: the sent numbers with what the relay knows of the sending. */
export interface ReceivedReport extends SentReport {
  workspace: string;
  /** bound at the relay (registered by its operator), e.g. "53.71.01.1001" */
  kodeWilayah: string;
  villageName: string;
  /** ISO time the relay received it */
  receivedAt: string;
  /** the sender's role and token id prefix, never a name */
  sentByRole: string;
  /** 1 for the first send of a month, then 2, 3, ...: the highest is current, every version is kept */
  version: number;
}
