import { expect, type Locator, type Page } from "@playwright/test";
import { AppPage } from "./AppPage.ts";

/** The irisan view (#/w/<ws>/irisan): counts by welfare band and the targeting gap, by RW/RT, and the families behind them. */
export class IrisanPage {
  constructor(readonly page: Page) {}

  /** From the tab bar (on a phone under "Lainnya": AppPage.openTab knows). */
  async open(): Promise<void> {
    await new AppPage(this.page, "").openTab("Irisan");
    await expect(this.page.getByTestId("irisan-page")).toBeVisible();
  }

  total(): Locator {
    return this.page.getByTestId("irisan-total");
  }

  /** "gap", "desil1_4", "desil5_10", "tanpaDesil" or "krs" */
  count(key: string): Locator {
    return this.page.getByTestId(`irisan-count-${key}`);
  }

  async expectCounts(counts: Record<string, number>): Promise<void> {
    for (const [key, n] of Object.entries(counts)) await expect(this.count(key).locator(".irisan-number")).toHaveText(String(n));
  }

  families(): Locator {
    return this.page.getByTestId("irisan-family");
  }

  async expectFamilies(names: string[]): Promise<void> {
    await expect(this.families().locator(".irisan-name")).toHaveText(names);
  }

  listTitle(): Locator {
    return this.page.getByTestId("irisan-list-title");
  }

  async chooseRw(label: string): Promise<void> {
    await this.page.getByTestId("irisan-rw").selectOption({ label });
  }

  area(place: string): Locator {
    return this.page.locator(`[data-testid=irisan-area][data-place="${place}"]`);
  }

  async openFamily(name: string): Promise<void> {
    await this.families().getByRole("link", { name }).click();
    await expect(this.page.getByTestId("household-kepala")).toHaveText(name);
  }
}
