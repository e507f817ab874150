import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

test("two devices edit the roster, one goes offline, and both end with the same rows", async ({ browser, relay, workspace }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = new AppPage(await contextA.newPage(), relay.url);
  const b = new AppPage(await contextB.newPage(), relay.url);
  const rosterA = new RosterPage(a.page);
  const rosterB = new RosterPage(b.page);

  await a.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await b.join(relay.token(workspace, "kader", { name: "Kader Yuli" }));
  await rosterA.addHousehold({ kepala: "Budi Santoso", rt: "3", rw: "1" });
  await rosterB.expectNames(["Budi Santoso"]);
  await a.expectSynced();

  await contextA.setOffline(true);
  await rosterA.addHousehold({ kepala: "Siti Aminah", rt: "003", rw: "01" });
  await rosterA.editHousehold("Budi Santoso", { noKk: "5371010209110615" });
  await rosterB.addHousehold({ kepala: "Yohanes Bria", rt: "5", rw: "2" });
  await rosterB.editHousehold("Budi Santoso", { rt: "4" });
  await a.expectOfflineWithPending();
  await expect(a.page.getByTestId("sync-status")).not.toHaveAttribute("data-pending", "0");
  await rosterB.expectNames(["Budi Santoso", "Yohanes Bria"]);

  await contextA.setOffline(false);
  const all = ["Budi Santoso", "Siti Aminah", "Yohanes Bria"];
  await rosterA.expectNames(all);
  await rosterB.expectNames(all);
  await a.expectSynced();
  await b.expectSynced();
  // different fields of the same household edited on both sides both survive
  for (const roster of [rosterA, rosterB]) {
    const budi = roster.rows().filter({ hasText: "Budi Santoso" });
    await expect(budi).toContainText("5371010209110615");
    await expect(budi).toContainText("4/1");
  }
  await expect(rosterA.rows().filter({ hasText: "Siti Aminah" })).toContainText("3/1");

  await contextA.close();
  await contextB.close();
});
