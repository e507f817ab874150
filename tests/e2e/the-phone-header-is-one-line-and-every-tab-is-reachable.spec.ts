import type { Browser } from "@playwright/test";
import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { relayWithVillage } from "./support/relayWithVillage.ts";
import type { RelayProcess } from "./support/relayProcess.ts";
import { reviewScreenshot } from "./support/reviewScreenshot.ts";

const PHONE = { width: 412, height: 915 };

test("on a phone the header is one line, the storage notice says what to do and can be closed, and every tab is reachable", async ({ browser, workspace }) => {
  const relay = await relayWithVillage(workspace, "Kelurahan Oesapa Selatan");
  try {
    await phoneHeader(browser, relay, workspace);
  } finally {
    await relay.dispose();
  }
});

async function phoneHeader(browser: Browser, relay: RelayProcess, workspace: string): Promise<void> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const app = new AppPage(page, relay.url);
  await app.join(relay.token(workspace, "lurah", { name: "Pak Lurah Yohanes" }));
  await new RosterPage(page).addHousehold({ kepala: "Fransiskus Lake", rt: "1", rw: "2" });
  await app.expectSynced();

  // the storage notice says what to do, not only that something is wrong
  const notice = page.getByTestId("storage-warning");
  await expect(notice).toContainText("Pasang Rembuk di layar utama");
  await expect(notice.getByRole("button", { name: "Izinkan penyimpanan" })).toBeVisible();
  await reviewScreenshot(page, "header-phone-storage-notice");

  // one line: village, sync badge and menu, each on the header's one row
  const header = page.locator("header.topbar");
  const headerBox = (await header.boundingBox())!;
  expect(headerBox.height).toBeLessThanOrEqual(60);
  for (const part of [page.getByTestId("workspace-name"), app.syncStatus(), app.menuButton()]) {
    const box = (await part.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(headerBox.y);
    expect(box.y + box.height).toBeLessThanOrEqual(headerBox.y + headerBox.height);
  }
  await expect(app.syncStatus()).toHaveText("Tersinkron", { useInnerText: true });
  await expect(page.getByTestId("workspace-name")).toHaveText("Kelurahan Oesapa Selatan");
  // the status is never cut short: a long village name gives way (ellipsis) first
  expect(await app.syncStatus().locator(".sync-label").evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  // closed once, it stays closed on this device
  await notice.getByRole("button", { name: "Mengerti" }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(app.syncStatus()).toBeVisible();
  await expect(page.getByTestId("storage-warning")).toBeHidden();
  // the first family row starts within the top fifth of the screen (was below 270 px of header)
  await expect(page.getByTestId("add-household")).toBeInViewport();
  expect((await page.getByTestId("add-household").boundingBox())!.y).toBeLessThan(PHONE.height / 5);
  await reviewScreenshot(page, "header-phone");

  // sign-out and the language are in the menu
  await app.openMenu();
  await expect(app.menu().getByRole("menuitem", { name: "Keluar & hapus data perangkat" })).toBeVisible();
  await expect(app.menu().getByRole("menuitem", { name: "English" })).toBeVisible();
  await expect(app.menu()).toContainText("Pak Lurah Yohanes");
  await reviewScreenshot(page, "header-phone-menu");
  await page.keyboard.press("Escape");
  await expect(app.menu()).toBeHidden();

  // all nine of the lurah's tabs: the daily four and "Lainnya" on the bar, the rest behind it, each one tap away
  const bar = app.tabs();
  const barBox = (await bar.boundingBox())!;
  expect(barBox.y + barBox.height).toBeLessThanOrEqual(PHONE.height + 1);
  await expect(bar.getByRole("link")).toHaveText(["Keluarga", "Kunjungan", "Papan", "Notulen"], { useInnerText: true });
  const behindMore = ["Peta", "Irisan", "Laporan", "Undangan", "Pengaturan"];
  await app.moreButton().click();
  for (const name of behindMore) await expect(bar.getByRole("link", { name })).toBeInViewport();
  await reviewScreenshot(page, "header-phone-more");
  for (const [name, section] of [
    ["Pengaturan", "pengaturan"],
    ["Irisan", "irisan"],
    ["Laporan", "laporan"],
    ["Peta", "peta"],
    ["Undangan", "undangan"],
    ["Notulen", "notulen"],
    ["Papan", "papan"],
    ["Kunjungan", "kunjungan"],
    ["Keluarga", "keluarga"],
  ] as const) {
    await app.openTab(name);
    await expect(page).toHaveURL(new RegExp(`#/w/${workspace}/${section}$`));
    await expect(page.locator("main.page h1").first()).toBeVisible();
    // a tab behind "Lainnya" marks "Lainnya" as where the lurah is
    if (behindMore.includes(name)) await expect(app.moreButton()).toHaveClass(/active/);
    else await expect(bar.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
  }
  // the language can be switched from the menu, and back
  await app.openMenu();
  await app.menu().getByRole("menuitem", { name: "English" }).click();
  await expect(app.syncStatus()).toHaveText("Synced", { useInnerText: true });
  await app.openMenu();
  await app.menu().getByRole("menuitem", { name: "Bahasa Indonesia" }).click();
  await expect(app.syncStatus()).toHaveText("Tersinkron", { useInnerText: true });
  await context.close();
}

test("on a laptop the header keeps the app's name, the role and the full sync words", async ({ browser, workspace }) => {
  const relay = await relayWithVillage(workspace, "Kelurahan Oesapa Selatan");
  try {
    await laptopHeader(browser, relay, workspace);
  } finally {
    await relay.dispose();
  }
});

async function laptopHeader(browser: Browser, relay: RelayProcess, workspace: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const app = new AppPage(page, relay.url);
  await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await app.expectSynced();
  await expect(page.locator("header.topbar")).toContainText("Rembuk");
  await expect(page.locator("header.topbar")).toContainText("Pokja / TPK");
  await expect(app.syncStatus()).toHaveText("Tersinkron · Semua perubahan sudah terkirim");
  // every tab in the strip, no "Lainnya"
  await expect(app.tabs().getByRole("link")).toHaveText(["Keluarga", "Kunjungan", "Papan Intervensi", "Notulen", "Peta", "Irisan", "Laporan", "Pengaturan"], { useInnerText: true });
  await expect(app.moreButton()).toHaveCount(0);
  await page.getByTestId("storage-warning-dismiss").click();
  await reviewScreenshot(page, "header-laptop");
  await context.close();
}
