import type { Page } from "@playwright/test";

/** Laporan: the lurah's "kirim laporan" (web/src/features/sendReport). */
export class SendReportPage {
  constructor(readonly page: Page) {}

  panel() {
    return this.page.getByTestId("send-report");
  }

  /** The reviewed number of one indicator, by its row label ("KRS", "Jumlah keluarga"). */
  number(label: string) {
    return this.page
      .getByTestId("send-numbers")
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: label, exact: true }) })
      .getByRole("cell");
  }

  async send(): Promise<void> {
    await this.page.getByTestId("send-report-button").click();
  }

  states() {
    return this.page.getByTestId("send-state");
  }
}
