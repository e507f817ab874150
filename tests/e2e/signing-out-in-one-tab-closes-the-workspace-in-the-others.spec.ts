import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

/** Every key and database this device holds for the workspace (localStorage and IndexedDB). */
async function deviceCopy(page: Page, workspace: string): Promise<string[]> {
  return page.evaluate(async (ws) => {
    const keys = Object.keys(localStorage).filter((k) => k.includes(ws) || localStorage.getItem(k)!.includes(ws));
    const databases = (await indexedDB.databases()).map((d) => d.name ?? "").filter((n) => n.includes(ws));
    return [...keys, ...databases].sort();
  }, workspace);
}

test("signing out in one tab closes the workspace in the others, which write nothing back", async ({ browser, relay, workspace }) => {
  const context = await browser.newContext();
  const tabA = new AppPage(await context.newPage(), relay.url);
  await tabA.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await new RosterPage(tabA.page).addHousehold({ kepala: "Maria Goreti", rt: "2", rw: "1", noKk: "5371010101010001" });
  await tabA.expectSynced();

  // the same workspace open in a second tab, with its clock in the test's hands
  const pageB = await context.newPage();
  await pageB.clock.install();
  const tabB = new AppPage(pageB, relay.url);
  await pageB.goto(`${relay.url}/#/w/${workspace}/keluarga`);
  const rosterB = new RosterPage(pageB);
  await rosterB.expectNames(["Maria Goreti"]);
  await tabB.expectSynced();
  // tab B has just changed the roster: its preview of names and No. KK is due to be written in a moment
  await rosterB.addHousehold({ kepala: "Agus Salim", rt: "2", rw: "1", noKk: "5371010101010002" });
  await tabB.expectSynced();

  await tabA.signOut();
  // tab B learns of it: none of the workspace is shown any more
  await expect(pageB.getByTestId("signed-out-elsewhere")).toContainText("Anda sudah keluar dari");
  await expect(pageB.getByText("Maria Goreti")).toHaveCount(0);
  await expect(tabB.syncStatus()).toHaveCount(0);

  // the device copy is gone, and stays gone when tab B's pending timers have all run
  await expect.poll(() => deviceCopy(tabA.page, workspace)).toEqual([]);
  await pageB.clock.runFor(60_000);
  expect(await deviceCopy(pageB, workspace)).toEqual([]);
  expect(await pageB.evaluate(() => JSON.stringify(localStorage))).not.toContain("Agus Salim");
  await context.close();
});
