import { expect, type Page } from "@playwright/test";

/** The app shell: joining, tabs and the sync status every screen shows. */
export class AppPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async join(token: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/#/gabung?token=${encodeURIComponent(token)}`);
    await expect(this.page.getByTestId("sync-status")).toBeVisible();
  }

  syncStatus() {
    return this.page.getByTestId("sync-status");
  }

  async expectSynced(): Promise<void> {
    await expect(this.syncStatus()).toHaveAttribute("data-mode", "online");
    await expect(this.syncStatus()).toHaveAttribute("data-pending", "0");
  }

  async expectOfflineWithPending(): Promise<void> {
    await expect(this.syncStatus()).toHaveAttribute("data-mode", "offline");
    await expect(this.page.getByTestId("sync-pending")).toBeVisible();
  }

  async openTab(name: RegExp | string): Promise<void> {
    await this.page.getByRole("navigation").getByRole("link", { name }).click();
  }

  /** Resolves once the service worker has installed and precached the app. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }
}
