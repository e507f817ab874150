import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { BoardPage } from "./pages/BoardPage.ts";
import { iso } from "./support/dates.ts";

// Issue 14, item 14: the family's history was out of time order (the board's ledger keeps the order
// events arrive in, not when they were made) and "mempublikasikan kebutuhan" did not say which need.
test("a family's history lists what happened newest first and names each need", async ({ browser, relay, workspace }) => {
  const kaderCtx = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const lurahCtx = await browser.newContext();
  const kaderPage = await kaderCtx.newPage();
  // a phone whose clock runs two hours ahead: what it records arrives in the ledger between the lurah's
  // events but is dated after them
  await kaderPage.clock.setFixedTime(Date.now() + 2 * 3600_000);
  const kader = new AppPage(kaderPage, relay.url);
  const lurah = new AppPage(await lurahCtx.newPage(), relay.url);
  await kader.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));

  const kaderFamily = new HouseholdPage(kader.page);
  await new RosterPage(kader.page).addHousehold({ kepala: "Dominggus Bria", rt: "2", rw: "1" });
  await kaderFamily.openFromRoster("Dominggus Bria");
  await kaderFamily.editHousehold({ jamban: "tidak_ada", sumberAir: "sungai" });
  const wifeBorn = new Date();
  wifeBorn.setFullYear(wifeBorn.getFullYear() - 28);
  await kaderFamily.addMember({ nama: "Ana Bria", relation: "istri", sex: "F", birthDate: iso(wifeBorn) });

  const lurahFamily = new HouseholdPage(lurah.page);
  await lurahFamily.openFromRoster("Dominggus Bria");
  await new BoardPage(lurah.page).publishFromHousehold("jamban tidak layak");
  await expect(kader.page.getByTestId("published-need").filter({ hasText: "jamban tidak layak" })).toBeVisible();
  await new BoardPage(kader.page).publishFromHousehold("air minum tidak layak");
  await expect(lurah.page.getByTestId("published-need").filter({ hasText: "air minum tidak layak" })).toBeVisible();
  const form = lurah.page.getByTestId("family-claim-form");
  await form.locator('select[name="agency"]').selectOption("DINSOS");
  await form.locator('select[name="domain"]').selectOption("pantas_sejahtera");
  await form.getByRole("button", { name: "Catat penanganan langsung" }).click();
  await expect(lurah.page.getByTestId("family-handling").getByTestId("family-handled-by")).toContainText("DINSOS");

  for (const family of [lurahFamily, kaderFamily]) {
    const board = family.history().getByTestId("history-event");
    await expect(board.filter({ hasText: "Server mengonfirmasi klaim" })).toHaveCount(1);
    await expect(board.filter({ hasText: "Pak Lurah mempublikasikan kebutuhan: jamban tidak layak (" })).toHaveCount(1);
    await expect(board.filter({ hasText: "Bidan Sari mempublikasikan kebutuhan: air minum tidak layak (" })).toHaveCount(1);
    await expect(family.history().getByTestId("change-event").filter({ hasText: "Bidan Sari mengubah Jamban: Tidak ada jamban" })).toHaveCount(1);
    const times = await family.historyTimes();
    expect(times.length).toBeGreaterThanOrEqual(7);
    expect(times.every((t) => t !== "")).toBe(true);
    expect(times).toEqual([...times].sort().reverse());
    // the kader's need, dated later by its clock, is above the lurah's claim that reached the ledger after it
    const texts = await family.historyLines().allTextContents();
    const air = texts.findIndex((t) => t.includes("air minum tidak layak"));
    const claim = texts.findIndex((t) => t.includes("Pak Lurah mengklaim"));
    expect(air).toBeGreaterThanOrEqual(0);
    expect(claim).toBeGreaterThan(air);
  }
  await kaderCtx.close();
  await lurahCtx.close();
});
