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

  /** "Undang staf": a link for a staff member reading `wilayah` (the user's own prefix when not given). */
  async inviteStaff(name: string, wilayah?: string, options: { refused?: boolean } = {}): Promise<string> {
    const staff = this.page.getByTestId("district-staff");
    if (!(await staff.evaluate((el) => (el as HTMLDetailsElement).open))) await staff.locator("summary").click();
    const form = this.page.getByTestId("district-staff-form");
    await form.getByLabel("Nama").fill(name);
    if (wilayah !== undefined) await form.getByLabel("Kode wilayah yang dibaca").fill(wilayah);
    await form.getByRole("button").click();
    if (options.refused) {
      await expect(this.staffError()).toBeVisible();
      return "";
    }
    const link = staff.getByTestId("invite-link");
    await expect(link).toBeVisible();
    return link.inputValue();
  }

  staffItems() {
    return this.page.getByTestId("district-staff-item");
  }

  staffError() {
    return this.page.getByTestId("district-staff").getByRole("alert");
  }
}
