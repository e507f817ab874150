import { expect, type Page } from "@playwright/test";

/** The Notulen screen. */
export class MinutesPage {
  constructor(readonly page: Page) {}

  notes() {
    return this.page.getByTestId("meeting-notes");
  }

  async addMeeting(title: string, place: string): Promise<void> {
    await this.page.getByTestId("add-meeting").click();
    const form = this.page.getByTestId("meeting-form");
    await form.locator('input[name="title"]').fill(title);
    await form.locator('input[name="place"]').fill(place);
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(this.notes()).toBeVisible();
  }

  async openMeeting(title: string): Promise<void> {
    await this.page.getByTestId("meeting-link").filter({ hasText: title }).click();
    await expect(this.notes()).toBeVisible();
  }

  /** Types at the end of the notes, key by key, as a person would. */
  async typeAtEnd(text: string): Promise<void> {
    await this.notes().click();
    await this.page.keyboard.press("Control+End");
    await this.page.keyboard.type(text, { delay: 15 });
  }
}
