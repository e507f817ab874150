import { DISTRICT_COLUMNS, REPORT_INDICATORS_FOR_EXPORT, type DistrictRow } from "./exportColumns.ts";
import { t } from "../../i18n/index.ts";
import { formatMonth } from "../../ui/formatMonth.ts";

/**
 * The district table as XLSX (write-excel-file, loaded on first export): one sheet of every registered village
 * for the month (derived columns, then every indicator as sent; empty = tidak ada data, said in words in the
 * status column), one sheet of those that have not reported. Village names and numbers only: nothing personal.
 */
export async function exportDistrictXlsx(rows: DistrictRow[], wilayah: string, month: string): Promise<void> {
  const { default: writeXlsxFile } = await import("write-excel-file/browser");
  const head = (text: string) => ({ value: text, fontWeight: "bold" as const });
  const header = [
    head(t("district.col.kodeWilayah")),
    head(t("district.col.name")),
    head(t("district.month")),
    head("Status"),
    ...DISTRICT_COLUMNS.map((c) => head(t(`district.col.${c}`))),
    ...REPORT_INDICATORS_FOR_EXPORT.map((k) => head(t(`ind.${k}`))),
  ];
  const status = (row: DistrictRow) => (row.report ? `${t("district.version", { n: row.report.version })}, ${row.report.receivedAt.slice(0, 10)}` : t("district.notReported"));
  const num = (v: number | null | undefined) => (typeof v === "number" ? { value: Math.round(v * 10) / 10, type: Number } : null);
  const data = [
    header,
    ...rows.map((row) => [
      row.kodeWilayah,
      row.name,
      formatMonth(month),
      status(row),
      ...DISTRICT_COLUMNS.map((c) => num(row.values[c])),
      ...REPORT_INDICATORS_FOR_EXPORT.map((k) => num(row.report?.indicators[k])),
    ]),
  ];
  const missing = [[head(t("district.col.kodeWilayah")), head(t("district.col.name"))], ...rows.filter((r) => !r.report).map((r) => [r.kodeWilayah, r.name])];
  await writeXlsxFile(
    [
      { sheet: "Desa", data },
      { sheet: "Belum melapor", data: missing },
    ],
  ).toFile(`laporan-desa-${wilayah}-${month}.xlsx`);
}
