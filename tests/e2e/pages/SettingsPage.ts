import { expect, type Page } from "@playwright/test";

/** The Pengaturan screen (meta document). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async chooseTerlaluTua(value: "gt35" | "35to40"): Promise<void> {
    const form = this.page.getByTestId("screening-form");
    await form.locator('select[name="tua"]').selectOption(value);
    await form.getByRole("button", { name: "Simpan aturan" }).click();
    await expect(form.getByText("Tersimpan.")).toBeVisible();
  }

  /** The village's name and Kemendagri code (the import compares lists with it). */
  async saveProfile(name: string, kodeWilayah: string): Promise<void> {
    const form = this.page.getByTestId("profile-form");
    await form.locator('input[name="name"]').fill(name);
    await form.locator('input[name="kodeWilayah"]').fill(kodeWilayah);
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(form.getByText("Tersimpan")).toBeVisible();
  }

  async addAgency(code: string, name: string): Promise<void> {
    const form = this.page.getByTestId("agency-form");
    await form.locator('input[name="code"]').fill(code);
    await form.locator('input[name="name"]').fill(name);
    await form.getByRole("button", { name: "Tambah / ubah" }).click();
    await expect(this.page.getByTestId("agency-list")).toContainText(code);
  }
}
