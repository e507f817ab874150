import { expect, type Page } from "@playwright/test";

/** The lurah's Undangan screen. */
export class InvitesPage {
  constructor(readonly page: Page) {}

  async createInvite(role: "lurah" | "kader" | "opd" | "viewer", name: string, opd?: string): Promise<string> {
    const form = this.page.getByTestId("invite-form");
    await form.locator('select[name="role"]').selectOption(role);
    await form.locator('input[name="name"]').fill(name);
    if (opd) await form.locator('select[name="opd"]').selectOption(opd);
    await form.getByRole("button", { name: "Buat tautan undangan" }).click();
    const link = this.page.getByTestId("invite-link");
    await expect(link).toHaveValue(/#\/gabung\?token=/);
    return link.inputValue();
  }

  async revoke(name: string): Promise<void> {
    await this.page.getByTestId("invite-item").filter({ hasText: name }).getByRole("button", { name: "Cabut" }).click();
    await expect(this.page.getByTestId("invite-item").filter({ hasText: name })).toContainText("dicabut");
  }
}
