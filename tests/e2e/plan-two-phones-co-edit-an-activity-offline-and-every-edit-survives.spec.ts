import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { PlanPage } from "./pages/PlanPage.ts";
import { reviewScreenshot } from "./support/reviewScreenshot.ts";

const PHONE = { width: 412, height: 915 };

test("two phones edit one activity of the plan while offline: the texts merge by character and the other fields both survive", async ({ browser, relay, workspace }) => {
  const contextA = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const contextB = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const a = new AppPage(await contextA.newPage(), relay.url);
  const b = new AppPage(await contextB.newPage(), relay.url);
  const planA = new PlanPage(a.page);
  const planB = new PlanPage(b.page);

  await a.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await b.join(relay.token(workspace, "lurah", { name: "Pak Hasan" }));
  await planA.open(a);
  await planA.addActivity("Jamban sehat");
  await planA.typeInto("targetGroup", "Keluarga KRS dengan jamban tidak layak");
  await planB.open(b);
  await planB.openActivity("Jamban sehat");
  await expect(planB.field("targetGroup")).toHaveValue("Keluarga KRS dengan jamban tidak layak");
  await a.expectSynced();
  await b.expectSynced();

  await contextA.setOffline(true);
  await contextB.setOffline(true);
  // the same texts typed on both phones, at different places; different fields on each
  await planA.typeInto("title", " RW 3");
  await planA.typeInto("targetGroup", " di RW 3");
  await planA.setNumber("target", "35");
  await planA.toggleMonth("Mar");
  await planB.typeInto("title", "Pembangunan ", "start");
  await planB.typeInto("notes", "Swadaya warga untuk tenaga.");
  await planB.choose("seksi", "pembinaan_lingkungan");
  await planB.setNumber("rw", "3");
  await a.expectOfflineWithPending();
  await b.expectOfflineWithPending();
  await expect(planA.field("title")).toHaveValue("Jamban sehat RW 3");
  await expect(planB.field("title")).toHaveValue("Pembangunan Jamban sehat");

  await contextA.setOffline(false);
  await contextB.setOffline(false);
  for (const plan of [planA, planB]) {
    await expect(plan.field("title")).toHaveValue("Pembangunan Jamban sehat RW 3");
    await expect(plan.field("targetGroup")).toHaveValue("Keluarga KRS dengan jamban tidak layak di RW 3");
    await expect(plan.field("notes")).toHaveValue("Swadaya warga untuk tenaga.");
    await expect(plan.field("target")).toHaveValue("35");
    await expect(plan.field("seksi")).toHaveValue("pembinaan_lingkungan");
    await expect(plan.field("rw")).toHaveValue("3");
    await expect(plan.editor().getByTestId("plan-months").getByRole("button", { name: "Mar", exact: true })).toHaveAttribute("aria-pressed", "true");
    // nothing was in dispute: no number differed
    await expect(plan.conflicts()).toHaveCount(0);
    // who changed what: both writers are named in the activity's history
    await plan.history().locator("summary").click();
    await expect(plan.history().getByTestId("plan-history-entry").filter({ hasText: "Bidan Sari" }).filter({ hasText: "mengubah jumlah sasaran: 35" })).toHaveCount(1);
    await expect(plan.history().getByTestId("plan-history-entry").filter({ hasText: "Pak Hasan" }).filter({ hasText: "mengubah kegiatan" })).not.toHaveCount(0);
  }
  await a.expectSynced();
  await b.expectSynced();
  await a.page.evaluate(() => window.scrollTo(0, 0));
  await reviewScreenshot(a.page, "plan-phone-activity");
  await a.page.getByRole("link", { name: "Kembali ke daftar" }).click();
  await expect(planA.activity("Pembangunan Jamban sehat RW 3")).toBeVisible();
  await expect(planA.editor()).toBeHidden();
  await reviewScreenshot(a.page, "plan-phone-list");

  await contextA.close();
  await contextB.close();
});
