import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { BoardPage } from "./pages/BoardPage.ts";
import { MinutesPage } from "./pages/MinutesPage.ts";

const inTwoWeeks = () => {
  const d = new Date();
  d.setDate(d.getDate() + 14);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

test("an action item becomes a board card on the liaison's board, and the item follows the card's status", async ({ browser, relay, workspace }) => {
  const kaderCtx = await browser.newContext();
  const dinsosCtx = await browser.newContext();
  const kader = new AppPage(await kaderCtx.newPage(), relay.url);
  const dinsos = new AppPage(await dinsosCtx.newPage(), relay.url);
  const kaderMinutes = new MinutesPage(kader.page);
  const dinsosMinutes = new MinutesPage(dinsos.page);
  const dinsosBoard = new BoardPage(dinsos.page);
  const due = inTwoWeeks();

  await kader.join(relay.token(workspace, "kader", { name: "Kader Yuli" }));
  await kader.openTab("Notulen");
  await kaderMinutes.addMeeting("Rembuk stunting Desember", "Balai desa");
  await kaderMinutes.addActionItem({ what: "Jamban sehat RT 03", who: "Bu Rina", agency: "DINSOS", due });
  await kaderMinutes.makeCard("Jamban sehat RT 03", "pantas_tempat_tinggal");
  await expect(kaderMinutes.cardStatus("Jamban sehat RT 03")).toHaveText("Kartu papan: Terbuka");
  // one card per item: the button is gone once the item is linked
  await expect(kaderMinutes.actionItem("Jamban sehat RT 03").getByTestId("make-card")).toHaveCount(0);
  await kader.expectSynced();

  // the DINSOS liaison sees the card on its board, for its agency, with the item's due date
  await dinsos.join(relay.token(workspace, "opd", { opd: "DINSOS", name: "Bu Rina" }));
  await dinsosBoard.open();
  const card = dinsosBoard.column("open").getByTestId("intervention-card").filter({ hasText: "Jamban sehat RT 03" });
  await expect(card).toBeVisible();
  await expect(card).toContainText("DINSOS");
  await expect(card).toContainText("Pantas tempat tinggal");
  await expect(card.getByTestId("card-due")).toBeVisible();

  // the liaison reads the minutes but cannot edit them or make cards from them
  await dinsos.openTab("Notulen");
  await dinsosMinutes.openMeeting("Rembuk stunting Desember");
  await expect(dinsos.page.getByTestId("add-meeting")).toHaveCount(0);
  await expect(dinsos.page.getByTestId("action-form")).toHaveCount(0);
  await expect(dinsos.page.getByTestId("minutes-read-only")).toBeVisible();
  await expect(dinsosMinutes.notes()).toHaveAttribute("readonly", "");
  await expect(dinsosMinutes.cardStatus("Jamban sehat RT 03")).toHaveText("Kartu papan: Terbuka");

  // the liaison claims the card; the item shows it on both devices
  await dinsosBoard.open();
  await dinsosBoard.move("Jamban sehat RT 03", "Diklaim");
  await expect(dinsosBoard.column("claimed")).toContainText("Jamban sehat RT 03");
  await expect(kaderMinutes.cardStatus("Jamban sehat RT 03")).toHaveText("Kartu papan: Diklaim");
  await dinsos.openTab("Notulen");
  await dinsosMinutes.openMeeting("Rembuk stunting Desember");
  await expect(dinsosMinutes.cardStatus("Jamban sehat RT 03")).toHaveText("Kartu papan: Diklaim");

  await kaderCtx.close();
  await dinsosCtx.close();
});
