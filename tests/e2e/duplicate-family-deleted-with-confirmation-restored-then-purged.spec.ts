import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { BoardPage } from "./pages/BoardPage.ts";
import { iso } from "./support/dates.ts";

const NEED = "Kel. Y. T., RT 03/RW 01: jamban tidak layak";
const DAY = 86_400_000;

// Issue 14, item 8: a household could not be deleted (duplicates made during a slow first sync stayed
// forever). Deleting asks first and is recorded; the family leaves the roster, search, the map and the
// board's open needs, a card for it says so; it can be restored for 30 days, then it is purged.
test("a duplicate family is deleted after a confirmation, leaves every list, is restored, and once deleted for 30 days is purged", async ({ browser, relay, workspace }) => {
  const kaderCtx = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const lurahCtx = await browser.newContext();
  const opdCtx = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const kader = new AppPage(await kaderCtx.newPage(), relay.url);
  const lurah = new AppPage(await lurahCtx.newPage(), relay.url);
  const opd = new AppPage(await opdCtx.newPage(), relay.url);
  await kader.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
  await opd.join(relay.token(workspace, "opd", { opd: "DLHK", name: "Pak Dedi" }));

  // the same family entered twice; the second copy gets a need and a card
  const roster = new RosterPage(kader.page);
  const family = new HouseholdPage(kader.page);
  await roster.addHousehold({ kepala: "Yohana Tefa", rt: "3", rw: "1" });
  await roster.submitNewHousehold({ kepala: "Yohana Tefa", rt: "3", rw: "1" });
  await expect(kader.page.getByTestId("household-saved")).toBeVisible();
  await family.editHousehold({ jamban: "tidak_ada" });
  const wifeBorn = new Date();
  wifeBorn.setFullYear(wifeBorn.getFullYear() - 30);
  await family.addMember({ nama: "Maria Tefa", relation: "istri", sex: "F", birthDate: iso(wifeBorn) });
  await new BoardPage(kader.page).publishFromHousehold("jamban tidak layak");
  const lurahBoard = new BoardPage(lurah.page);
  await lurahBoard.open();
  await lurahBoard.addIntervention({ title: "Jamban sehat Tefa", agency: "DLHK", domain: "pantas_tempat_tinggal", need: NEED });
  const opdBoard = new BoardPage(opd.page);
  await opdBoard.open();
  await opdBoard.tab("Kebutuhan belum tertangani");
  await expect(opdBoard.need(NEED)).toBeVisible();

  // deleting asks first, says for how long it can be undone, and lands on the roster saying so
  await family.deleteHousehold();
  await expect(kader.page.getByTestId("household-deleted-notice")).toContainText("Keluarga Yohana Tefa dihapus.");
  await roster.expectNames(["Yohana Tefa"]);
  await roster.search().fill("Tefa");
  await expect(roster.count()).toHaveText("1 dari 1 keluarga");
  await roster.search().fill("");
  await kader.openTab("Peta");
  await expect(kader.page.getByTestId("map-count")).toHaveText("0 keluarga di peta · 1 belum punya lokasi");
  await kader.openTab("Keluarga");

  // the board: its need is closed on the liaison's phone (which has no roster), and the card says so
  await expect(opdBoard.need(NEED)).toHaveCount(0);
  await expect(lurahBoard.card("Jamban sehat Tefa").getByTestId("card-family-deleted")).toHaveText("Keluarga dihapus");

  // "Terhapus": who deleted it and when; the lurah restores it
  const deletedList = lurah.page.getByTestId("deleted-households");
  await lurah.openTab("Keluarga");
  await deletedList.locator("summary").click();
  await expect(deletedList.getByTestId("deleted-household")).toHaveCount(1);
  await expect(deletedList.getByTestId("deleted-household")).toContainText("dihapus oleh Bidan Sari");
  await expect(deletedList.getByTestId("deleted-household")).toContainText("30 hari lagi");
  await deletedList.getByRole("link", { name: "Yohana Tefa" }).click();
  await expect(lurah.page.getByTestId("household-deleted")).toContainText("Keluarga ini dihapus oleh Bidan Sari");
  await expect(lurah.page.getByTestId("family-history").getByTestId("change-event").first()).toHaveText(/Bidan Sari menghapus keluarga ini/);
  await lurah.page.getByTestId("restore-household").click();
  await expect(lurah.page.getByTestId("household-page")).toBeVisible();
  const familyUrl = lurah.page.url();
  await roster.expectNames(["Yohana Tefa", "Yohana Tefa"]);
  await expect(lurahBoard.page.getByTestId("deleted-households")).toHaveCount(0);

  // deleted again and left: a device whose clock is 31 days on purges it when it opens the workspace
  await lurah.page.getByTestId("delete-household").getByRole("button", { name: "Hapus keluarga" }).click();
  await lurah.page.getByTestId("delete-household-yes").click();
  await expect(lurah.page.getByTestId("household-deleted-notice")).toBeVisible();
  await lurah.expectSynced();
  const laterCtx = await browser.newContext();
  const laterPage = await laterCtx.newPage();
  await laterPage.clock.setFixedTime(Date.now() + 31 * DAY);
  const later = new AppPage(laterPage, relay.url);
  await later.join(relay.token(workspace, "kader", { name: "Kader Yuli", days: 60 }));
  await new RosterPage(later.page).expectNames(["Yohana Tefa"]);
  await expect(later.page.getByTestId("deleted-households")).toHaveCount(0);
  await expect(kader.page.getByTestId("deleted-households")).toHaveCount(0);
  await lurahBoard.open();
  await expect(lurahBoard.card("Jamban sehat Tefa").getByTestId("card-family-deleted")).toHaveText("Keluarga dihapus");
  await lurah.page.goto(familyUrl);
  await expect(lurah.page.getByTestId("household-not-found")).toHaveText("Keluarga ini sudah dihapus untuk selamanya.");

  for (const c of [kaderCtx, lurahCtx, opdCtx, laterCtx]) await c.close();
});
