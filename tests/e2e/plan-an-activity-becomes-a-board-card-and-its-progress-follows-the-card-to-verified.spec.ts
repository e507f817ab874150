import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { BoardPage } from "./pages/BoardPage.ts";
import { PlanPage } from "./pages/PlanPage.ts";
import { ReportPage } from "./pages/ReportPage.ts";

test("an activity of the plan becomes a board card carrying its target and domain, and the plan's progress follows the card to verified", async ({ browser, relay, workspace }) => {
  const kaderCtx = await browser.newContext();
  const dlhkCtx = await browser.newContext();
  const kader = new AppPage(await kaderCtx.newPage(), relay.url);
  const dlhk = new AppPage(await dlhkCtx.newPage(), relay.url);
  const plan = new PlanPage(kader.page);
  const kaderBoard = new BoardPage(kader.page);
  const dlhkBoard = new BoardPage(dlhk.page);
  const dlhkPlan = new PlanPage(dlhk.page);
  const title = "Jamban sehat RW 3";

  await kader.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await plan.open(kader);
  await plan.addActivity(title);
  await plan.typeInto("targetGroup", "Keluarga KRS dengan jamban tidak layak");
  await plan.setNumber("target", "35");
  await plan.setNumber("rw", "3");
  await plan.choose("domain", "pantas_tempat_tinggal");
  await expect(plan.editor().getByTestId("plan-board")).toContainText("Belum ada kartu di papan");
  await plan.makeCard("DLHK", "pantas_tempat_tinggal");
  await expect(plan.editor().getByTestId("plan-card")).toHaveCount(1);
  await expect(plan.editor().getByTestId("plan-card")).toContainText("DLHK · Pantas tempat tinggal · Terbuka");
  await expect(plan.progress()).toContainText("0 dari 35 keluarga terjangkau, 0 diterima dan dimanfaatkan");
  await kader.expectSynced();

  // the liaison of the implementing OPD finds the card on its board with the activity's target, area and domain
  await dlhk.join(relay.token(workspace, "opd", { opd: "DLHK", name: "Pak Yos" }));
  await dlhkBoard.open();
  const card = dlhkBoard.card(title);
  await expect(card).toBeVisible();
  await expect(card).toContainText("DLHK · Pantas tempat tinggal");
  await expect(card.getByTestId("card-target")).toHaveText("Keluarga KRS dengan jamban tidak layak: 35 keluarga, RW 3");
  await expect(card.getByTestId("card-plan")).toContainText("Rencana kerja: sasaran 35 · jumlah terjangkau belum dicatat");
  await dlhkBoard.move(title, "Diklaim");
  await dlhkBoard.move(title, "Berjalan");
  await dlhkBoard.move(title, "Tersalurkan");
  await expect(dlhkBoard.column("delivered")).toContainText(title);

  // delivered, but how many it reached is not recorded yet: the plan asks for it rather than guess
  await expect(plan.progress()).toHaveAttribute("data-delivered", "1");
  await expect(plan.progress()).toContainText("0 dari 35 keluarga terjangkau");
  await expect(plan.editor().getByTestId("plan-missing-reached")).toBeVisible();

  await card.locator('input[name="reached"]').fill("35");
  await card.locator('input[name="reached"]').press("Tab");
  await expect(card.getByTestId("card-plan")).toContainText("terjangkau 35");
  await expect(plan.progress()).toContainText("35 dari 35 keluarga terjangkau, 0 diterima dan dimanfaatkan");
  await expect(plan.editor().getByTestId("plan-missing-reached")).toHaveCount(0);
  await expect(plan.summary()).toContainText("0 mencapai sasaran");

  // the pokja verifies the delivery on the board: the plan counts it as received and used
  await kaderBoard.open();
  await kaderBoard.verify(title, "Jamban dipakai 35 keluarga, dicek kader RW 3");
  await expect(kaderBoard.column("verified")).toContainText(title);
  await plan.open(kader);
  await plan.openActivity(title);
  await expect(plan.progress()).toContainText("35 dari 35 keluarga terjangkau, 35 diterima dan dimanfaatkan");
  await expect(plan.progress()).toContainText("1 kartu: 1 tersalurkan, 1 diterima dan dimanfaatkan");
  await expect(plan.editor().getByTestId("plan-card")).toContainText("Diterima dan dimanfaatkan");
  await expect(plan.summary()).toContainText("1 mencapai sasaran");
  await expect(plan.activity(title).getByTestId("plan-row-progress")).toContainText("35 dari 35 keluarga terjangkau");

  // the monthly report shows the plan's progress (section 8), as the plan does
  const report = new ReportPage(kader.page);
  await report.open();
  await expect(report.section("s8")).toContainText("8. Rencana kerja desa");
  // sasaran, satuan, terjangkau, diterima dan dimanfaatkan, capaian %, anggaran, realisasi
  await expect(report.rowCellsByLabel("plan-activities", title)).toHaveText(["35", "keluarga", "35", "35", "100,0", "0", "0"]);
  await expect(report.rowCells("plan-summary", "mencapaiSasaran")).toHaveText(["1"]);
  await expect(report.rowCells("plan-summary", "diterima")).toHaveText(["1"]);

  // the liaison reads the plan (the same progress) but cannot change it
  await dlhkPlan.open(dlhk);
  await dlhkPlan.openActivity(title);
  await expect(dlhkPlan.progress()).toContainText("35 dari 35 keluarga terjangkau, 35 diterima dan dimanfaatkan");
  await expect(dlhk.page.getByTestId("add-activity")).toHaveCount(0);
  await expect(dlhk.page.getByTestId("plan-read-only")).toBeVisible();
  await expect(dlhkPlan.field("title")).toHaveAttribute("readonly", "");
  await expect(dlhkPlan.editor().getByTestId("plan-make-card")).toHaveCount(0);

  await kaderCtx.close();
  await dlhkCtx.close();
});
