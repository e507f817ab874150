import { expect, type Locator, type Page } from "@playwright/test";

/** The Pengaturan screen (meta document). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async chooseTerlaluTua(value: "gt35" | "35to40"): Promise<void> {
    const form = this.page.getByTestId("screening-form");
    await form.locator('select[name="tua"]').selectOption(value);
    await form.getByRole("button", { name: "Simpan aturan" }).click();
    await expect(form.getByText("Tersimpan.")).toBeVisible();
  }

  async addAgency(code: string, name: string): Promise<void> {
    const form = this.page.getByTestId("agency-form");
    await form.locator('input[name="code"]').fill(code);
    await form.locator('input[name="name"]').fill(name);
    await form.getByRole("button", { name: "Tambah / ubah" }).click();
    await expect(this.page.getByTestId("agency-list")).toContainText(code);
  }

  profileForm(): Locator {
    return this.page.getByTestId("profile-form");
  }

  screeningForm(): Locator {
    return this.page.getByTestId("screening-form");
  }

  /** Types only the given fields of the village profile and saves. */
  async saveProfile(patch: { name?: string; kodeWilayah?: string }): Promise<void> {
    const form = this.profileForm();
    if (patch.name !== undefined) await form.locator('input[name="name"]').fill(patch.name);
    if (patch.kodeWilayah !== undefined) await form.locator('input[name="kodeWilayah"]').fill(patch.kodeWilayah);
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(form.getByText("Tersimpan.")).toBeVisible();
  }

  /** Changes only the given screening choices and saves. */
  async saveScreening(patch: { banyak?: "gt3" | "gte3"; tua?: "gt35" | "35to40"; muda?: string }): Promise<void> {
    const form = this.screeningForm();
    if (patch.banyak !== undefined) await form.locator('select[name="banyak"]').selectOption(patch.banyak);
    if (patch.tua !== undefined) await form.locator('select[name="tua"]').selectOption(patch.tua);
    if (patch.muda !== undefined) await form.locator('input[name="muda"]').fill(patch.muda);
    await form.getByRole("button", { name: "Simpan aturan" }).click();
    await expect(form.getByText("Tersimpan.")).toBeVisible();
  }

  /** What the forms show: the profile and the three thresholds item 2 of issue 14 saw reset. */
  async expectShown(v: { name: string; kodeWilayah: string; banyak: string; tua: string; muda: string }): Promise<void> {
    await expect(this.profileForm().locator('input[name="name"]')).toHaveValue(v.name);
    await expect(this.profileForm().locator('input[name="kodeWilayah"]')).toHaveValue(v.kodeWilayah);
    await expect(this.screeningForm().locator('select[name="banyak"]')).toHaveValue(v.banyak);
    await expect(this.screeningForm().locator('select[name="tua"]')).toHaveValue(v.tua);
    await expect(this.screeningForm().locator('input[name="muda"]')).toHaveValue(v.muda);
  }

  /** An active agency's row on the OPD list. */
  agency(code: string): Locator {
    return this.page.locator(`[data-testid=agency][data-code="${code}"]`);
  }

  /** Presses Hapus on an active agency: the confirmation that says what will happen opens. */
  async removeAgency(code: string): Promise<void> {
    await this.agency(code).getByRole("button", { name: `Hapus ${code}` }).click();
    await expect(this.page.getByTestId("agency-remove-confirm")).toBeVisible();
  }

  /** "Jejak perubahan" (the lurah only): opens a document's trail as the relay recorded it. */
  async openAuditTrail(doc?: "roster" | "board" | "minutes" | "internal" | "meta"): Promise<Locator> {
    await this.page.getByTestId("audit-open").click();
    const trail = this.page.getByTestId("audit-trail");
    if (doc) await trail.getByTestId("audit-doc").selectOption(doc);
    return trail;
  }

  auditEntries(): Locator {
    return this.page.getByTestId("audit-trail").getByTestId("audit-entry");
  }
}
