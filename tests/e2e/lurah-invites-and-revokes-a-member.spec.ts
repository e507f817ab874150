import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { InvitesPage } from "./pages/InvitesPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

test("the lurah invites a kader from the app, and revoking the link cuts the kader off at the relay", async ({ browser, relay, workspace }) => {
  const lurahContext = await browser.newContext();
  const kaderContext = await browser.newContext();
  const lurah = new AppPage(await lurahContext.newPage(), relay.url);
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
  await new RosterPage(lurah.page).addHousehold({ kepala: "Fransiskus Lake", rt: "1", rw: "1" });
  await lurah.openTab("Undangan");
  const invites = new InvitesPage(lurah.page);
  const link = await invites.createInvite("kader", "Ibu Bidan Ani");

  const kader = new AppPage(await kaderContext.newPage(), relay.url);
  await kader.page.goto(link);
  await new RosterPage(kader.page).expectNames(["Fransiskus Lake"]);
  await kader.expectSynced();

  await invites.revoke("Ibu Bidan Ani");
  await expect(kader.syncStatus()).toHaveAttribute("data-mode", "refused");
  // revoked while open: the relay closes the socket (4401 "token dicabut"); the village is hidden at once
  await expect(kader.accessScreen().getByRole("heading")).toHaveText("Akses Anda dicabut");
  await expect(kader.syncStatus()).toContainText("Akses dicabut");
  await expect(kader.page.getByText("Fransiskus Lake")).toHaveCount(0);
  await lurahContext.close();
  await kaderContext.close();
});
