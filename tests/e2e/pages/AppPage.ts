import { expect, type Page } from "@playwright/test";

/** The app shell: joining, tabs, the header's menu and the sync status every screen shows. */
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

  tabs() {
    return this.page.getByRole("navigation");
  }

  /** "Lainnya": on a phone the tabs beyond the bar's five places are behind it. */
  moreButton() {
    return this.tabs().getByRole("button", { name: "Lainnya" });
  }

  /** Opens a tab by its name; on a phone opens "Lainnya" first when the tab is behind it. */
  async openTab(name: RegExp | string): Promise<void> {
    const link = this.tabs().getByRole("link", { name });
    if (!(await link.isVisible()) && (await this.moreButton().isVisible())) await this.moreButton().click();
    await link.click();
  }

  menuButton() {
    return this.page.getByRole("button", { name: "Menu" });
  }

  menu() {
    return this.page.getByRole("menu");
  }

  async openMenu(): Promise<void> {
    if (!(await this.menu().isVisible())) await this.menuButton().click();
    await expect(this.menu()).toBeVisible();
  }

  /** The language switch in the header's menu: its item names the other language ("English", "Bahasa Indonesia"). */
  async switchLanguage(to: "English" | "Bahasa Indonesia"): Promise<void> {
    await this.openMenu();
    await this.menu().getByRole("menuitem", { name: to }).click();
  }

  /** "Keluar & hapus data perangkat" from the menu, accepting the browser's confirmation. */
  async signOut(): Promise<void> {
    await this.openMenu();
    this.page.once("dialog", (dialog) => void dialog.accept());
    await this.menu().getByRole("menuitem", { name: "Keluar & hapus data perangkat" }).click();
    await expect(this.page.getByRole("heading", { name: "Ruang kerja di perangkat ini" })).toBeVisible();
  }

  /** The screen shown instead of the workspace when the relay no longer accepts this device. */
  accessScreen() {
    return this.page.getByTestId("access-screen");
  }

  /** Resolves once the service worker has installed and precached the app. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }

  /** "Siap dipakai tanpa sinyal": the app is installed and the workspace's documents are on the device. */
  offlineReadyNotice() {
    return this.page.getByTestId("offline-ready");
  }

  /** Resolves once the app has cached the chunks the install leaves for later (the map), as it does when idle. */
  async waitForDeferredChunksCached(): Promise<void> {
    await expect
      .poll(() =>
        this.page.evaluate(async () => {
          const content = document.querySelector('meta[name="rembuk-deferred-chunks"]')?.getAttribute("content") ?? "";
          const urls = content.split(/\s+/).filter(Boolean);
          const cache = await caches.open("rembuk-deferred-chunks");
          const cached = await Promise.all(urls.map((url) => cache.match(url)));
          return urls.length > 0 && cached.every((r) => r !== undefined);
        }),
      )
      .toBe(true);
  }
}
