import { readFileSync } from "node:fs";
import { signJwt, testKey, tokenClaims } from "../support/testTokens.ts";
import type { Browser } from "@playwright/test";
import { test, expect } from "./support/fixtures.ts";
import { relayWithVillage } from "./support/relayWithVillage.ts";
import type { RelayProcess } from "./support/relayProcess.ts";
import { AppPage } from "./pages/AppPage.ts";
import { InvitesPage } from "./pages/InvitesPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { reviewScreenshot } from "./support/reviewScreenshot.ts";

const PHONE = { width: 412, height: 915 };

test("a phone revoked while offline says so, hides the village, stops dialling and hands its unsynced change to the lurah", async ({ browser, workspace }) => {
  const relay = await relayWithVillage(workspace, "Kelurahan Oesapa Selatan");
  try {
    await revokedWhileOffline(browser, relay, workspace);
  } finally {
    await relay.dispose();
  }
});

async function revokedWhileOffline(browser: Browser, relay: RelayProcess, workspace: string): Promise<void> {
  const lurahContext = await browser.newContext();
  const lurah = new AppPage(await lurahContext.newPage(), relay.url);
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
  await new RosterPage(lurah.page).addHousehold({ kepala: "Fransiskus Lake", rt: "1", rw: "1" });
  await lurah.openTab("Undangan");
  const invites = new InvitesPage(lurah.page);
  const link = await invites.createInvite("kader", "Ibu Bidan Ani");

  const kaderContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, acceptDownloads: true });
  const kader = new AppPage(await kaderContext.newPage(), relay.url);
  // counts every socket the app opens, to see that it stops dialling once it knows why it is refused
  await kader.page.addInitScript(() => {
    const Native = window.WebSocket;
    (window as unknown as { socketsOpened: number }).socketsOpened = 0;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        (window as unknown as { socketsOpened: number }).socketsOpened++;
      }
    };
  });
  await kader.page.goto(link);
  const kaderRoster = new RosterPage(kader.page);
  await kaderRoster.expectNames(["Fransiskus Lake"]);
  await kader.expectSynced();
  await kader.waitForOfflineReady();

  // in the field: one family added with no signal, then the lurah revokes the link
  await kaderContext.setOffline(true);
  await kaderRoster.addHousehold({ kepala: "Yohana Bria", rt: "2", rw: "1" });
  await kader.expectOfflineWithPending();
  await invites.revoke("Ibu Bidan Ani");

  // back in signal: the relay refuses the upgrade; the phone learns why and says it
  await kaderContext.setOffline(false);
  const screen = kader.accessScreen();
  await expect(screen).toBeVisible();
  await expect(screen.getByRole("heading")).toHaveText("Akses Anda dicabut");
  await expect(screen).toContainText("Lurah telah mencabut akses HP ini ke Kelurahan Oesapa Selatan.");
  await expect(kader.syncStatus()).toHaveText("Akses dicabut", { useInnerText: true });
  // the village's families are hidden and nothing can be edited
  await expect(kader.page.getByText("Fransiskus Lake")).toHaveCount(0);
  await expect(kader.page.getByTestId("add-household")).toHaveCount(0);
  await expect(kader.tabs()).toHaveCount(0);
  await expect(screen.getByTestId("access-pending")).toHaveText("1 perubahan dari HP ini belum sampai ke server.");
  await expect(screen).toContainText("Menu › Terapkan berkas perubahan");
  await reviewScreenshot(kader.page, "access-revoked-phone");

  // and it stops dialling: a minute of the provider's backoff opens no new socket
  const opened = () => kader.page.evaluate(() => (window as unknown as { socketsOpened: number }).socketsOpened);
  const before = await opened();
  await kader.page.clock.install();
  await kader.page.clock.runFor(60_000);
  expect(await opened()).toBe(before);

  // the unsynced change leaves as a file for the lurah
  const [download] = await Promise.all([kader.page.waitForEvent("download"), screen.getByTestId("download-unsynced").click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^rembuk-${workspace}-perubahan-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.json$`));
  const file = await download.path();
  expect(readFileSync(file, "utf8")).not.toContain("Yohana Bria"); // Yjs bytes, base64: nothing readable in passing

  // reopened, the phone shows the screen at once, without asking the relay again
  await kader.page.reload();
  await expect(kader.accessScreen()).toBeVisible();
  expect(await opened()).toBe(0);

  // the lurah applies the file from her menu: the family reaches the relay from her device
  await lurah.openMenu();
  await lurah.menu().getByRole("menuitem", { name: "Terapkan berkas perubahan" }).click();
  await lurah.page.getByTestId("apply-changes-file").setInputFiles(file);
  await expect(lurah.page.getByTestId("apply-changes-result")).toContainText("Perubahan dari Ibu Bidan Ani, Pokja / TPK");
  await expect(lurah.page.getByTestId("apply-changes-result")).toContainText("daftar keluarga");
  await lurah.page.getByRole("dialog").getByRole("button", { name: "Tutup" }).click();
  await lurah.openTab("Keluarga");
  await new RosterPage(lurah.page).expectNames(["Fransiskus Lake", "Yohana Bria"]);
  await lurah.expectSynced();

  // a second device of the lurah's workspace gets it from the relay
  const otherContext = await browser.newContext();
  const other = new AppPage(await otherContext.newPage(), relay.url);
  await other.join(relay.token(workspace, "kader"));
  await new RosterPage(other.page).expectNames(["Fransiskus Lake", "Yohana Bria"]);

  // the phone can still be signed out and wiped
  kader.page.once("dialog", (d) => void d.accept());
  await kader.accessScreen().getByRole("button", { name: "Keluar & hapus data perangkat" }).click();
  await expect(kader.page.getByText("Belum ada ruang kerja")).toBeVisible();
  await Promise.all([lurahContext.close(), kaderContext.close(), otherContext.close()]);
}

test("a link signed by another relay says it is not valid here and the app stops dialling", async ({ browser, relay, workspace }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const Native = window.WebSocket;
    (window as unknown as { socketsOpened: number }).socketsOpened = 0;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        (window as unknown as { socketsOpened: number }).socketsOpened++;
      }
    };
  });
  const app = new AppPage(page, relay.url);
  // signed by another relay, under the key id this relay uses
  const foreign = signJwt({ kid: relay.key.kid, secret: testKey("the-secret-of-another-relay").secret }, tokenClaims(workspace, "kader"));
  await page.goto(`${relay.url}/#/gabung?token=${encodeURIComponent(foreign)}`);
  await expect(app.accessScreen()).toBeVisible();
  await expect(app.accessScreen().getByRole("heading")).toHaveText("Tautan tidak berlaku");
  await expect(app.accessScreen()).toContainText("Minta tautan baru ke lurah");
  // never a "Belum ada keluarga" invitation beside an endless "Menyinkronkan"
  await expect(page.getByText("Belum ada keluarga")).toHaveCount(0);
  const opened = () => page.evaluate(() => (window as unknown as { socketsOpened: number }).socketsOpened);
  const before = await opened();
  await page.clock.install();
  await page.clock.runFor(120_000);
  expect(await opened()).toBe(before);
  await context.close();
});
