import { expect, type Locator, type Page } from "@playwright/test";
import { AppPage } from "./AppPage.ts";

export type CellValue = number | string | null;
export interface ScreenTable {
  id: string;
  title: string;
  rows: Array<{ label: string; cells: CellValue[] }>;
}

/** The monthly report (#/w/<ws>/laporan): the month, the sheet and its tables, print and export. */
export class ReportPage {
  constructor(readonly page: Page) {}

  /** From the tab bar (on a phone under "Lainnya": AppPage.openTab knows). */
  async open(): Promise<void> {
    await new AppPage(this.page, "").openTab("Laporan");
    await expect(this.page.getByTestId("report-page")).toBeVisible();
    await this.expectReady();
  }

  /** Computed and every section painted (the sheet paints a section per idle turn). */
  async expectReady(): Promise<void> {
    await expect(this.sheet()).toHaveAttribute("data-complete", "true");
    await expect(this.page.getByTestId("report-progress")).toBeHidden();
  }

  async chooseMonth(label: string): Promise<void> {
    await this.page.getByTestId("report-month").selectOption({ label });
    await expect(this.heading()).toContainText(label);
    await this.expectReady();
  }

  sheet(): Locator {
    return this.page.getByTestId("report-sheet");
  }

  heading(): Locator {
    return this.page.getByTestId("report-heading");
  }

  section(id: "s1" | "s2" | "s3" | "s4" | "s5" | "s6" | "s7"): Locator {
    return this.page.getByTestId(`report-${id}`);
  }

  table(id: string): Locator {
    return this.page.getByTestId(`report-table-${id}`);
  }

  /** The cells of a table's row (its key: "total", "1/" for RW 1, "1/2" for RT 2 of RW 1), as shown. */
  rowCells(tableId: string, rowKey: string): Locator {
    return this.table(tableId).locator(`tr[data-row="${rowKey}"] td`);
  }

  /**
   * Every table of the sheet as the screen shows it, numbers read back from Indonesian formatting
   * ("1.234" -> 1234, "66,7" -> 66.7), "—" (tidak ada data) -> null; text cells as text.
   */
  async screenTables(): Promise<ScreenTable[]> {
    return this.sheet()
      .locator(".report-table")
      .evaluateAll((tables) =>
        tables.map((el) => ({
          id: (el.getAttribute("data-testid") ?? "").replace(/^report-table-/, ""),
          title: el.querySelector("h3")?.textContent ?? "",
          rows: [...el.querySelectorAll("tbody tr")].map((tr) => ({
            label: tr.querySelector("th")?.textContent ?? "",
            cells: [...tr.querySelectorAll("td")].map((td): number | string | null => {
              const text = (td.textContent ?? "").trim();
              if (text === "—") return null;
              if (td.classList.contains("report-text")) return text;
              return Number(text.replace(/\./g, "").replace(",", "."));
            }),
          })),
        })),
      );
  }

  printButton(): Locator {
    return this.page.getByTestId("report-print");
  }

  exportEntries(): Locator {
    return this.page.getByTestId("report-export-entry");
  }

  /** Clicks an export button and returns the downloaded file's path. */
  async download(format: "xlsx" | "csv"): Promise<{ path: string; fileName: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByTestId(`report-${format}`).click()]);
    const path = await download.path();
    return { path, fileName: download.suggestedFilename() };
  }
}
