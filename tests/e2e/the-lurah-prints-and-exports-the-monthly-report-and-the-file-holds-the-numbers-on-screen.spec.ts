import { readFileSync } from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";
import readXlsxFile from "read-excel-file/node";
import { AppPage } from "./pages/AppPage.ts";
import { ReportPage, type ScreenTable } from "./pages/ReportPage.ts";
import { makassarMonth, monthLabel, relayWithReportVillage } from "./support/reportVillage.ts";
import { reviewScreenshot } from "./support/reviewScreenshot.ts";
import type { RelayProcess } from "./support/relayProcess.ts";

const WORKSPACE = "laporan-uji";
const test = base.extend<{ relay: RelayProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  relay: async ({}, use) => {
    const relay = await relayWithReportVillage(WORKSPACE);
    await use(relay);
    await relay.dispose();
  },
});

test.use({ viewport: { width: 1366, height: 768 } });

/** A4 portrait, 210 mm less the print margins (25 mm + 18 mm), at 96 px an inch. */
const A4_PRINT_WIDTH_PX = Math.floor(((210 - 25 - 18) / 25.4) * 96);

/** Everything in the sheet that ends right of the sheet, and every cell or wrapper whose content is wider than itself. */
async function cutParts(page: Page): Promise<string[]> {
  return page.getByTestId("report-sheet").evaluate((sheet) => {
    const right = sheet.getBoundingClientRect().right;
    const cut: string[] = [];
    for (const el of sheet.querySelectorAll<HTMLElement>("th, td, svg, h1, h2, h3, p, .table-wrap")) {
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
      if (el.getBoundingClientRect().right > right + 0.5) cut.push(`${name} ends past the page`);
      if (!(el instanceof SVGElement) && el.scrollWidth > el.clientWidth + 1) cut.push(`${name} is wider than its box`);
    }
    return cut;
  });
}

/** The blocks of one XLSX sheet: a table's title row, its heading row, then its rows up to an empty row. */
function xlsxTable(rows: unknown[][], title: string): Array<{ label: unknown; cells: unknown[] }> | null {
  const at = rows.findIndex((r) => r[0] === title && r.slice(1).every((c) => c === null || c === undefined));
  if (at < 0) return null;
  const out: Array<{ label: unknown; cells: unknown[] }> = [];
  for (const row of rows.slice(at + 2)) {
    if (row.every((c) => c === null || c === undefined)) break;
    out.push({ label: row[0], cells: row.slice(1) });
  }
  return out;
}

test("the lurah opens the month's report, prints it on A4 without a cut column, and exports XLSX holding the numbers on screen; a month with no measurement says tidak ada data", async ({ page, relay, browser }) => {
  const app = new AppPage(page, relay.url);
  const report = new ReportPage(page);
  // a headless browser has no print dialog (a real window.print() can hold the page while its job lingers):
  // the button's call is counted, and the print view is checked below with print media
  await page.addInitScript(() => {
    (window as Window & { printCalls?: number }).printCalls = 0;
    window.print = () => void ((window as Window & { printCalls?: number }).printCalls! += 1);
  });
  await app.join(relay.token(WORKSPACE, "lurah", { name: "Pak Lurah" }));
  await report.open();
  const month = monthLabel(makassarMonth(0));

  // the kop and each section, computed from the documents on this device
  await expect(page.getByTestId("report-kop")).toContainText("KELURAHAN NAMOSAIN");
  await expect(page.getByTestId("report-kop")).toContainText("53.71.01.1001");
  await expect(report.heading()).toContainText(`Bulan ${month}`);
  await expect(report.rowCells("krs-sasaran", "total")).toHaveText(["6", "6", "6", "0", "2", "1", "5", "1"]);
  await expect(report.table("welfare")).toBeVisible();
  // three under-fives, two measured this month: coverage 66,7 %; one of the two short
  await expect(report.rowCells("growth-tbu", "total")).toHaveText(["3", "2", "66,7", "0", "1", "1", "0", "50,0"]);
  await expect(report.rowCells("board-agency", "DINSOS")).toHaveText(["0", "0", "0", "1", "0", "1"]);
  await expect(report.rowCells("meetings", "rapat")).toHaveText("1");
  await expect(report.rowCells("meetings", "tindakLanjutSelesai")).toHaveText("1");
  await expect(report.section("s5")).toContainText("Tidak ada kunjungan TPK yang tercatat pada bulan ini.");
  await expect(page.getByTestId("chart-trend").locator("circle")).not.toHaveCount(0);
  await expect(page.getByTestId("chart-stunting-rt").locator("[data-bar]")).not.toHaveCount(0);
  // the year's plan: its DINSOS card delivered, 5 of 8 families reached, none verified yet; spending by the month's end
  await expect(report.rowCellsByLabel("plan-activities", "Jamban sehat RT 1")).toHaveText(["8", "keluarga", "5", "0", "62,5", "12.500.000", "2.500.000"]);
  await expect(report.rowCells("plan-sources", "dana_desa")).toHaveText(["12.500.000", "2.500.000"]);
  await expect(page.getByTestId("report-signatures")).toContainText("Ketua Pokja Kampung KB");
  // the names under the signatures come from the member directory
  await expect(page.getByTestId("report-sign-lurah")).toHaveText("(Yohanis Bria)");
  await expect(page.getByTestId("report-sign-ketua")).toHaveText("(Siti Aminah)");
  const onScreen = await report.screenTables();

  // print: the app's frame and the controls disappear, the kop and the signatures stay, no column is cut on A4
  await report.printButton().click();
  expect(await page.evaluate(() => (window as Window & { printCalls?: number }).printCalls)).toBe(1);
  await expect(report.exportEntries().first()).toContainText("Pak Lurah (Lurah / Kepala Desa), Cetak laporan");
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: A4_PRINT_WIDTH_PX, height: 1100 });
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByTestId("report-month")).toBeHidden();
  await expect(report.printButton()).toBeHidden();
  await expect(page.getByTestId("report-export-log")).toBeHidden();
  await expect(page.getByTestId("report-signatures")).toBeVisible();
  expect(await cutParts(page)).toEqual([]);
  await reviewScreenshot(page, "report-print-a4", { fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 1366, height: 768 });

  // XLSX: one sheet a section, the tables' cells are the numbers on screen ("tidak ada data" where the screen says "—")
  const xlsx = await report.download("xlsx");
  expect(xlsx.fileName).toBe(`laporan-bulanan-${WORKSPACE}-${makassarMonth(0)}.xlsx`);
  const sheets = await readXlsxFile(readFileSync(xlsx.path));
  expect(sheets.map((s) => s.sheet)).toEqual(["1 Identitas", "2 KRS", "3 Kesejahteraan", "4 Pertumbuhan", "5 Intervensi", "6 Rapat", "7 Kualitas data", "8 Rencana kerja"]);
  const compared: string[] = [];
  for (const table of onScreen as ScreenTable[]) {
    const found = sheets.map((s) => xlsxTable(s.data as unknown[][], table.title)).find((t) => t !== null);
    expect(found, `XLSX table "${table.title}"`).toBeTruthy();
    expect(found!.map((r) => r.label)).toEqual(table.rows.map((r) => r.label));
    table.rows.forEach((row, i) => {
      const cells = found![i]!.cells.slice(0, row.cells.length);
      expect(cells, `${table.title} / ${row.label}`).toEqual(row.cells.map((c) => (c === null ? "tidak ada data" : c)));
    });
    compared.push(table.id);
  }
  expect(compared).toEqual(expect.arrayContaining(["identity", "krs-sasaran", "krs-desil", "krs-faktor", "welfare", "growth-tbu", "growth-weight", "growth-trend", "board-agency", "board-handling", "visits", "meetings", "meeting-list", "quality", "plan-summary", "plan-sources", "plan-activities"]));
  await expect(report.exportEntries().first()).toContainText(`Pak Lurah (Lurah / Kepala Desa), XLSX laporan ${month}`);

  // a kader of the pokja downloads the CSV on her phone: the lurah sees who did, in the same history
  const phone = await browser.newContext({ viewport: { width: 412, height: 915 } });
  try {
    const kaderPage = await phone.newPage();
    await new AppPage(kaderPage, relay.url).join(relay.token(WORKSPACE, "kader", { name: "Bidan Yuli" }));
    const kaderReport = new ReportPage(kaderPage);
    await kaderReport.open();
    // on a phone the page never scrolls sideways: wide tables scroll inside their frame
    expect(await kaderPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
    const csv = await kaderReport.download("csv");
    const lines = readFileSync(csv.path, "utf8").split("\r\n");
    expect(lines[0]).toBe("bagian,tabel,wilayah,indikator,nilai");
    expect(lines).toContain("4. Pertumbuhan anak (aksi 7),Balita diukur dan status TB/U (stunting),Jumlah,Cakupan (%),66.7");
    await expect(report.exportEntries().first()).toContainText(`Bidan Yuli (Pokja / TPK), CSV laporan ${month}`);
  } finally {
    await phone.close();
  }

  // two months ago nothing was measured: the growth section says so, and no cell shows a 0 as a fact
  const empty = monthLabel(makassarMonth(-2));
  await report.chooseMonth(empty);
  await expect(report.section("s4")).toContainText(`Tidak ada data pengukuran pada ${empty}.`);
  await expect(report.rowCells("growth-tbu", "total")).toHaveText([/\d/, "—", "—", "—", "—", "—", "—", "—"]);
  await expect(report.rowCells("growth-weight", "total")).toHaveText(["—", "—", "—", "—", "—", "—", "—", "—", "—"]);
});
