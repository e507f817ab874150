import { expect, type Page } from "@playwright/test";

/** A district user's screen (web/src/features/district). */
export class DistrictPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async join(token: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/#/gabung?token=${encodeURIComponent(token)}`);
    await expect(this.page.getByTestId("district-page")).toBeVisible();
  }

  status() {
    return this.page.getByTestId("district-status");
  }

  summary() {
    return this.page.getByTestId("district-summary");
  }

  notReported() {
    return this.page.getByTestId("district-not-reported");
  }

  rows() {
    return this.page.getByTestId("district-row");
  }

  row(name: string) {
    return this.rows().filter({ has: this.page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });
  }

  cell(name: string, column: "krs" | "prevalensi" | "cakupan" | "intervensiSelesai" | "krsDidampingi") {
    return this.row(name).locator(`td[data-col="${column}"]`);
  }

  /** The villages' names in table order. */
  async names(): Promise<string[]> {
    return this.rows().locator("th button").allInnerTexts();
  }

  async sortBy(column: string): Promise<void> {
    await this.page.getByTestId(`sort-${column}`).click();
  }

  async openTrend(name: string): Promise<void> {
    await this.row(name).getByRole("button", { name }).click();
    await expect(this.page.getByTestId("district-trend")).toBeVisible();
  }

  trend() {
    return this.page.getByTestId("district-trend");
  }
}
