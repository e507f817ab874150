import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { relayWithRoster } from "./support/relayWithRoster.ts";

const PHONE = { width: 412, height: 915 };

/** A slow link: the relay's answers on the matching sockets wait until the returned function is called. */
async function holdRelayAnswers(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.routeWebSocket(url, (socket) => {
    const server = socket.connectToServer();
    server.onMessage(async (message) => {
      await released;
      socket.send(message);
    });
  });
  return release;
}

test("during the first sync the roster says it is loading, and a phone that never reached the relay says that", async ({ browser, workspace }) => {
  const relay = await relayWithRoster(workspace, 300);
  try {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    // a slow link: the relay's answers on the roster's socket are held back until the test lets them through
    const release = await holdRelayAnswers(page, /\/sync\/[^/]+\/roster/);
    const app = new AppPage(page, relay.url);
    await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));

    const firstSync = page.getByTestId("first-sync");
    await expect(firstSync).toHaveAttribute("data-state", "loading");
    await expect(firstSync).toContainText("Memuat data desa dari server…");
    await expect(app.syncStatus()).toHaveText("Memuat data desa…", { useInnerText: true });
    await expect(app.syncStatus()).not.toContainText("terkirim");
    // no invitation to add "the first family" of a village that has 300, and no way to add a duplicate now
    await expect(page.getByTestId("roster-empty")).toHaveCount(0);
    await expect(page.getByText("Belum ada keluarga")).toHaveCount(0);
    await expect(page.getByTestId("add-household")).toHaveCount(0);

    release();
    const roster = new RosterPage(page);
    await expect(roster.count()).toHaveText("300 dari 300 keluarga");
    await expect(firstSync).toHaveCount(0);
    await expect(page.getByTestId("add-household")).toBeVisible();
    await app.expectSynced();
    await context.close();

    // a phone that opened its link with no signal has no copy at all: it says so, and loads when back online
    const offlineContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const offline = await offlineContext.newPage();
    await offline.goto(relay.url);
    await expect(offline.getByRole("heading", { name: "Ruang kerja di perangkat ini" })).toBeVisible();
    await offlineContext.setOffline(true);
    const token = relay.token(workspace, "kader");
    await offline.evaluate((t) => (location.hash = `#/gabung?token=${encodeURIComponent(t)}`), token);
    const notice = offline.getByTestId("first-sync");
    await expect(notice).toHaveAttribute("data-state", "offline");
    await expect(notice).toContainText("HP ini belum pernah tersambung ke server, jadi data desa belum ada di sini.");
    await expect(offline.getByText("Belum ada keluarga")).toHaveCount(0);
    await offlineContext.setOffline(false);
    await expect(new RosterPage(offline).count()).toHaveText("300 dari 300 keluarga");
    await offlineContext.close();
  } finally {
    await relay.dispose();
  }
});

test("during the first sync the board and the minutes say they are loading, with no way to add a duplicate, until the relay's copy arrives", async ({ browser, workspace }) => {
  const relay = await relayWithRoster(workspace, 3);
  try {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const release = await holdRelayAnswers(page, /\/sync\/[^/]+\/(board|minutes)/);
    const app = new AppPage(page, relay.url);
    await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));

    await app.openTab("Papan");
    const notice = page.getByTestId("first-sync");
    await expect(notice).toHaveAttribute("data-state", "loading");
    await expect(notice).toContainText("Papan intervensi muncul setelah data desa selesai dimuat.");
    await expect(page.getByText("Belum ada intervensi")).toHaveCount(0);
    await expect(page.getByTestId("add-intervention")).toHaveCount(0);

    await app.openTab("Notulen");
    await expect(notice).toContainText("Notulen rapat muncul setelah data desa selesai dimuat.");
    await expect(page.getByText("Belum ada rapat")).toHaveCount(0);
    await expect(page.getByTestId("add-meeting")).toHaveCount(0);

    release();
    await expect(notice).toHaveCount(0);
    await expect(page.getByText("Belum ada rapat")).toBeVisible();
    await expect(page.getByTestId("add-meeting")).toBeVisible();
    await app.openTab("Papan");
    await expect(page.getByText("Belum ada intervensi")).toBeVisible();
    await expect(page.getByTestId("add-intervention")).toBeVisible();
    await context.close();
  } finally {
    await relay.dispose();
  }
});
