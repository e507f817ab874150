import { describe, expect, it } from "vitest";
import readXlsxFile from "read-excel-file/node";
import { csvText, xlsxBlob, xlsxSheets } from "./exportFiles.ts";
import type { Section } from "./tableModel.ts";

const SECTIONS: Section[] = [
  {
    id: "s4",
    title: "4. Pertumbuhan anak (aksi 7)",
    sheet: "4 Pertumbuhan anak dan gizi balita per RT",
    notes: ["Tidak ada data pengukuran pada September 2026."],
    tables: [
      {
        id: "growth-tbu",
        title: "Balita diukur, \"TB/U\", per RT",
        head: "Wilayah",
        columns: [
          { key: "balita", label: "Balita", kind: "count" },
          { key: "diukur", label: "Diukur", kind: "count" },
          { key: "cakupan", label: "Cakupan (%)", kind: "percent" },
        ],
        rows: [
          { key: "1/", label: "RW 1", level: "rw", cells: [1234, 2, 66.7] },
          { key: "total", label: "Jumlah", level: "total", cells: [1234, null, null] },
        ],
      },
    ],
    charts: [],
  },
];

describe("the report's CSV", () => {
  it("has one number per line, quoted where it must be, and tidak ada data as an empty value", () => {
    expect(csvText(SECTIONS).split("\r\n")).toEqual([
      "bagian,tabel,wilayah,indikator,nilai",
      '4. Pertumbuhan anak (aksi 7),"Balita diukur, ""TB/U"", per RT",RW 1,Balita,1234',
      '4. Pertumbuhan anak (aksi 7),"Balita diukur, ""TB/U"", per RT",RW 1,Diukur,2',
      '4. Pertumbuhan anak (aksi 7),"Balita diukur, ""TB/U"", per RT",RW 1,Cakupan (%),66.7',
      '4. Pertumbuhan anak (aksi 7),"Balita diukur, ""TB/U"", per RT",Jumlah,Balita,1234',
      '4. Pertumbuhan anak (aksi 7),"Balita diukur, ""TB/U"", per RT",Jumlah,Diukur,',
      '4. Pertumbuhan anak (aksi 7),"Balita diukur, ""TB/U"", per RT",Jumlah,Cakupan (%),',
      "",
    ]);
  });
});

describe("the report's XLSX", () => {
  it("writes a sheet a section with a name Excel accepts, numbers as numbers and tidak ada data as the words", async () => {
    const [sheet] = xlsxSheets(SECTIONS, "LAPORAN BULANAN KAMPUNG KB Kelurahan Namosain, September 2026");
    expect(sheet!.sheet).toBe("4 Pertumbuhan anak dan gizi bal");
    const sheets = await readXlsxFile(Buffer.from(await (await xlsxBlob(SECTIONS, "LAPORAN")).arrayBuffer()));
    expect(sheets.map((s) => s.sheet)).toEqual(["4 Pertumbuhan anak dan gizi bal"]);
    const rows = sheets[0]!.data.filter((r) => r.some((c) => c !== null));
    expect(rows.slice(-3)).toEqual([
      ["Wilayah", "Balita", "Diukur", "Cakupan (%)"],
      ["RW 1", 1234, 2, 66.7],
      ["Jumlah", 1234, "tidak ada data", "tidak ada data"],
    ]);
  });
});
