import type { SentReport } from "@shared/model/index.ts";
import type { Irisan, IrisanCounts } from "@shared/rules/index.ts";

/**
 * Until the monthly report (issue 16, the `report` part) computes every section, the lurah's draft holds what
 * the device already computes: the KRS and irisan counts of the roster, per RW. Every other indicator is left
 * out, which the relay and the district read as "tidak ada data", never zero. The report part replaces this with
 * its own `SentReport` and hands it to SendReportPanel.
 */
function numbers(counts: IrisanCounts): SentReport["indicators"] {
  return {
    jumlahKeluarga: counts.keluarga,
    krs: counts.krs,
    krsDesil1sd4: counts.byBand.desil1_4,
    krsDesil5sd10: counts.byBand.desil5_10,
    krsTanpaDesil: counts.byBand.tanpaDesil,
    krsDesil1sd4TanpaBantuan: counts.gap,
  };
}

export function interimDraft(irisan: Irisan, month: string): SentReport {
  return {
    schema: 1,
    month,
    indicators: numbers(irisan.counts),
    // families with no RW recorded count in the village's numbers only; RW numbers are 1..999 at the relay
    byRw: irisan.byRw.flatMap((area) => (area.rw !== null && area.rw >= 1 && area.rw <= 999 ? [{ rw: area.rw, indicators: numbers(area.counts) }] : [])),
  };
}

/** The last `count` months up to `now`'s, newest first, as YYYY-MM (the device's local calendar). */
export function recentMonths(now: Date, count = 12): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    out.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`);
  }
  return out;
}
