import { expect, type Page } from "@playwright/test";

/** The review of doubtful pairs (#/w/<ws>/impor/tinjau): one pair at a time on a phone. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  counts() {
    return this.page.getByTestId("review-counts");
  }

  async waiting(): Promise<{ open: number; later: number }> {
    const c = this.counts();
    return { open: Number(await c.getAttribute("data-open")), later: Number(await c.getAttribute("data-later")) };
  }

  /** The pair shown (on a phone the first waiting one). */
  pair() {
    return this.page.getByTestId("review-pair").first();
  }

  async shownRow(): Promise<string> {
    return (await this.pair().getAttribute("data-row")) ?? "";
  }

  listSide() {
    return this.pair().getByTestId("review-list-side");
  }

  rosterSide() {
    return this.pair().getByTestId("review-roster-side");
  }

  evidence() {
    return this.pair().getByTestId("review-evidence").locator("li");
  }

  async decide(outcome: "accept" | "reject" | "later"): Promise<void> {
    const row = await this.shownRow();
    await this.pair().getByTestId(`review-${outcome}`).click();
    await expect(this.page.getByTestId("review-message")).toBeVisible();
    // the next pair (or, for later, the same row moved behind the waiting ones)
    if (outcome !== "later") await expect(this.page.locator(`[data-testid=review-pair][data-row="${row}"]`)).toHaveCount(0);
  }

  /** Opens "Terima sekaligus", moves the score down to the lowest, accepts; returns how many pairs the button said. */
  async bulkAccept(): Promise<number> {
    const bulk = this.page.getByTestId("review-bulk");
    await bulk.locator("summary").click();
    const slider = bulk.getByTestId("review-bulk-score");
    const min = await slider.getAttribute("min");
    await slider.fill(min ?? "0");
    const button = bulk.getByTestId("review-bulk-accept");
    const count = Number(((await button.textContent()) ?? "").match(/Terima (\d+)/)?.[1] ?? "0");
    await button.click();
    await expect(this.page.getByTestId("review-message")).toContainText(`${count} pasangan diterima`);
    return count;
  }

  log() {
    return this.page.getByTestId("review-log").locator("li");
  }

  async undo(row: string): Promise<void> {
    await this.page.getByTestId("review-log").locator(`li[data-row="${row}"]`).first().getByTestId("review-undo").click();
  }
}
