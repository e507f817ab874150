import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { PlanPage } from "./pages/PlanPage.ts";

test("a budget amount set differently on two offline phones is shown as a conflict with both values, and one choice settles it everywhere", async ({ browser, relay, workspace }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = new AppPage(await contextA.newPage(), relay.url);
  const b = new AppPage(await contextB.newPage(), relay.url);
  const planA = new PlanPage(a.page);
  const planB = new PlanPage(b.page);

  await a.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await b.join(relay.token(workspace, "kader", { name: "Kader Yuli" }));
  await planA.open(a);
  await planA.addActivity("Jamban sehat RW 3");
  await planA.addBudgetLine({ label: "Semen, pipa dan kloset", source: "dana_desa", amount: "Rp 1.000.000" });
  await expect(planA.lineAmount()).toHaveValue("Rp 1.000.000");
  await planB.open(b);
  await planB.openActivity("Jamban sehat RW 3");
  await expect(planB.lineAmount()).toHaveValue("Rp 1.000.000");
  await a.expectSynced();
  await b.expectSynced();

  await contextA.setOffline(true);
  await contextB.setOffline(true);
  await planA.setNumber("amount", "Rp 1.500.000", planA.lines().first());
  await planB.setNumber("amount", "2 juta", planB.lines().first());
  await expect(planA.lineAmount()).toHaveValue("Rp 1.500.000");
  await expect(planB.lineAmount()).toHaveValue("Rp 2.000.000");
  await a.expectOfflineWithPending();
  await b.expectOfflineWithPending();

  await contextA.setOffline(false);
  await contextB.setOffline(false);
  for (const plan of [planA, planB]) {
    const conflict = plan.conflicts().getByTestId("plan-conflict");
    await expect(conflict).toHaveCount(1);
    await expect(conflict.getByRole("heading")).toHaveText("Anggaran: Semen, pipa dan kloset");
    const values = conflict.getByTestId("plan-conflict-value");
    await expect(values).toHaveCount(2);
    await expect(values.filter({ hasText: "Rp 1.500.000" })).toContainText("Bidan Sari");
    await expect(values.filter({ hasText: "Rp 2.000.000" })).toContainText("Kader Yuli");
    // while the amount is in dispute the plan does not pretend to know it: no amount, no total
    await expect(plan.lineAmount()).toHaveValue("");
    await expect(plan.lines().first().getByTestId("plan-line-unsettled")).toBeVisible();
    await expect(plan.summary().getByTestId("plan-total-budget")).toHaveText("Anggaran: Rp 0");
    await expect(plan.summary()).toContainText("1 baris anggaran belum berjumlah pasti.");
    await expect(plan.activity("Jamban sehat RW 3").getByTestId("plan-row-conflict")).toBeVisible();
  }

  await planB.chooseConflictValue("Rp 1.500.000");
  for (const plan of [planA, planB]) {
    await expect(plan.conflicts()).toHaveCount(0);
    await expect(plan.lineAmount()).toHaveValue("Rp 1.500.000");
    await expect(plan.summary().getByTestId("plan-total-budget")).toHaveText("Anggaran: Rp 1.500.000");
  }
  await a.expectSynced();
  await b.expectSynced();

  await contextA.close();
  await contextB.close();
});
