import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { xlsxFile, type TestSheet } from "@shared/testing/listFiles.ts";
import type { ListFile } from "../pages/ImportPage.ts";

const LISTS = new URL("../../fixtures/lists/", import.meta.url);
export const NAMOSAIN_KODE = "53.71.01.1001";
const CSV = "text/csv";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A fixture list as the browser's file input gets it. */
export function listCsv(set: string, name: string): ListFile {
  return { name, mimeType: CSV, buffer: readFileSync(new URL(`${set}/${name}`, LISTS)) };
}

export function csvText(name: string, text: string): ListFile {
  return { name, mimeType: CSV, buffer: Buffer.from(text, "utf8") };
}

/** The rows of a fixture CSV (header first), parsed as Excel would open it. */
export function csvRows(set: string, name: string): string[][] {
  const parsed = Papa.parse<string[]>(readFileSync(new URL(`${set}/${name}`, LISTS), "utf8"), { skipEmptyLines: true });
  return parsed.data;
}

/**
 * An XLSX a pokja could be sent: made with write-excel-file from a fixture CSV, on a sheet after
 * a notes sheet, under title rows; every cell text (NIK and No. KK kept as text, as they should be).
 */
export async function listXlsx(set: string, csvName: string, fileName: string, titleRows: string[] = []): Promise<ListFile> {
  const rows = csvRows(set, csvName).map((row) => row.map((value) => ({ value })));
  const sheets: TestSheet[] = [
    { sheet: "Catatan", data: [[{ value: "Dikirim untuk pokja Kampung KB" }]] },
    { sheet: "Daftar", data: [...titleRows.map((t) => [{ value: t }]), [], ...rows] },
  ];
  return { name: fileName, mimeType: XLSX, buffer: Buffer.from(await xlsxFile(sheets)) };
}
