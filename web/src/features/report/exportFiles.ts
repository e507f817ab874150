/**
 * The report as files: XLSX (one sheet a section, write-excel-file, loaded only when asked) and CSV (one
 * row per number). Both from the same tables the screen shows (tableModel.ts), so they hold the same
 * numbers. In the XLSX a number is a number cell (percent with one decimal) and tidak ada data is written
 * as the words; in the CSV it is an empty value.
 */
import { t } from "../../i18n/index.ts";
import type { Cell, Section } from "./tableModel.ts";

type XlsxCell = { value: string | number; type?: typeof String | typeof Number; format?: string; fontWeight?: "bold"; wrap?: boolean } | null;

function xlsxCell(value: Cell, kind: string): XlsxCell {
  if (value === null) return { value: t("report.noData"), type: String };
  if (typeof value === "string") return { value, type: String };
  return { value, type: Number, format: kind === "percent" ? "0.0" : "#,##0" };
}

/** One sheet per section: a title line, then each table with its title and heading rows. */
export function xlsxSheets(sections: readonly Section[], title: string): Array<{ sheet: string; data: XlsxCell[][]; columns: Array<{ width: number }> }> {
  return sections.map((s) => {
    const data: XlsxCell[][] = [[{ value: title, type: String, fontWeight: "bold" }], [{ value: s.title, type: String, fontWeight: "bold" }]];
    for (const note of s.notes) data.push([{ value: note, type: String }]);
    let widest = 2;
    for (const table of s.tables) {
      widest = Math.max(widest, table.columns.length + 1);
      data.push([]);
      data.push([{ value: table.title, type: String, fontWeight: "bold" }]);
      data.push([{ value: table.head, type: String, fontWeight: "bold" }, ...table.columns.map((c): XlsxCell => ({ value: c.label, type: String, fontWeight: "bold", wrap: true }))]);
      for (const row of table.rows) data.push([{ value: row.label, type: String, ...(row.level === "total" || row.level === "rw" ? { fontWeight: "bold" as const } : {}) }, ...row.cells.map((v, i) => xlsxCell(v, table.columns[i]?.kind ?? "count"))]);
    }
    return { sheet: s.sheet.slice(0, 31), data, columns: [{ width: 26 }, ...Array.from({ length: widest - 1 }, () => ({ width: s.id === "s1" || s.id === "s6" ? 60 : 13 }))] };
  });
}

export async function xlsxBlob(sections: readonly Section[], title: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  // write-excel-file's cell type is wider than what we give it; the shape is its documented one
  return writeXlsxFile(xlsxSheets(sections, title) as Parameters<typeof writeXlsxFile>[0]).toBlob();
}

const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * "bagian,tabel,wilayah,indikator,nilai": one number per line, machine-readable (comma-separated, "."
 * decimals, UTF-8); an empty value is tidak ada data.
 */
export function csvText(sections: readonly Section[]): string {
  const lines = [[t("report.csv.section"), t("report.csv.table"), t("report.csv.area"), t("report.csv.indicator"), t("report.csv.value")].join(",")];
  for (const s of sections) {
    for (const table of s.tables) {
      for (const row of table.rows) {
        row.cells.forEach((v, i) => {
          const value = v === null ? "" : String(v);
          lines.push([s.title, table.title, row.label, table.columns[i]?.label ?? "", value].map(quote).join(","));
        });
      }
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Hands a file to the browser's download (the person chose it: a deliberate act, logged by the caller). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
