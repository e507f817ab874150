import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { BoardPage } from "./pages/BoardPage.ts";
import { iso } from "./support/dates.ts";

const daysFromNow = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return iso(d);
};

test("a card moves open → claimed → in progress → delivered by its agency, a kader verifies it, and every step is in its history", async ({ browser, relay, workspace }) => {
  const kaderCtx = await browser.newContext();
  const dinsosCtx = await browser.newContext();
  const kader = new AppPage(await kaderCtx.newPage(), relay.url);
  const dinsos = new AppPage(await dinsosCtx.newPage(), relay.url);
  const kaderBoard = new BoardPage(kader.page);
  const dinsosBoard = new BoardPage(dinsos.page);

  await kader.join(relay.token(workspace, "kader", { name: "Kader Yuli" }));
  await kaderBoard.open();
  await kaderBoard.addIntervention({ title: "Jamban sehat RT 03", agency: "DINSOS", domain: "pantas_tempat_tinggal", rt: "3", rw: "1", dueDate: daysFromNow(14), funding: "APBD" });
  // RT 3 again, of another RW: RT numbers repeat across a desa's RWs
  await kaderBoard.addIntervention({ title: "Kelas ibu hamil", agency: "DINKES", domain: "pantas_sehat", rt: "3", rw: "2", dueDate: daysFromNow(-2), funding: "Dana Desa" });
  await expect(kaderBoard.column("open").getByTestId("intervention-card")).toHaveCount(2);
  await expect(kaderBoard.card("Jamban sehat RT 03").getByTestId("card-target")).toHaveText("RT 03/RW 01");
  await expect(kaderBoard.card("Kelas ibu hamil").getByTestId("card-target")).toHaveText("RT 03/RW 02");
  await expect(kaderBoard.card("Kelas ibu hamil").getByTestId("card-due")).toContainText("Lewat tenggat");

  // filters: agency, RT and RW, due date
  await kaderBoard.filter({ agency: "DINSOS" });
  await expect.poll(() => kaderBoard.cardTitles()).toEqual(["Jamban sehat RT 03"]);
  await kaderBoard.filter({ agency: "", rt: "3" });
  await expect.poll(async () => (await kaderBoard.cardTitles()).sort()).toEqual(["Jamban sehat RT 03", "Kelas ibu hamil"]);
  await kaderBoard.filter({ rw: "2" });
  await expect.poll(() => kaderBoard.cardTitles()).toEqual(["Kelas ibu hamil"]);
  await kaderBoard.filter({ rt: "", rw: "", due: "overdue" });
  await expect.poll(() => kaderBoard.cardTitles()).toEqual(["Kelas ibu hamil"]);
  await kaderBoard.filter({ due: "", domain: "pantas_tempat_tinggal" });
  await expect.poll(() => kaderBoard.cardTitles()).toEqual(["Jamban sehat RT 03"]);
  await kaderBoard.filter({ domain: "" });
  // the pokja cannot claim for an agency: no move out of "open" for a kader
  await expect(kaderBoard.card("Jamban sehat RT 03").getByRole("button", { name: /^Pindah ke/ })).toHaveCount(0);
  await kader.expectSynced();

  // the DINSOS liaison moves its own card; the DINKES card offers it nothing
  await dinsos.join(relay.token(workspace, "opd", { opd: "DINSOS", name: "Bu Rina" }));
  await dinsosBoard.open();
  await expect(dinsosBoard.card("Kelas ibu hamil")).toBeVisible();
  await expect(dinsosBoard.card("Kelas ibu hamil").getByRole("button", { name: /^Pindah ke/ })).toHaveCount(0);
  // ...but may comment on it: agencies coordinate on each other's cards
  await dinsosBoard.comment("Kelas ibu hamil", "PKH bisa bantu transport ibu hamil ke kelas");
  await expect(kaderBoard.card("Kelas ibu hamil").getByTestId("card-comment")).toContainText("Bu Rina");
  await expect(kaderBoard.card("Kelas ibu hamil").getByTestId("card-comment")).toContainText("PKH bisa bantu transport ibu hamil ke kelas");
  await dinsosBoard.move("Jamban sehat RT 03", "Diklaim");
  await expect(dinsosBoard.column("claimed")).toContainText("Jamban sehat RT 03");
  await dinsosBoard.move("Jamban sehat RT 03", "Berjalan");
  await expect(dinsosBoard.column("in_progress")).toContainText("Jamban sehat RT 03");
  await dinsosBoard.move("Jamban sehat RT 03", "Tersalurkan");
  await expect(dinsosBoard.column("delivered")).toContainText("Jamban sehat RT 03");
  // only the village verifies
  await expect(dinsosBoard.card("Jamban sehat RT 03").getByRole("button", { name: "Verifikasi: diterima dan dimanfaatkan" })).toHaveCount(0);
  await dinsos.expectSynced();

  // "Agensi saya" lists nothing overdue for DINSOS (its card was delivered on time)
  await dinsosBoard.tab("Agensi saya");
  await expect(dinsos.page.getByTestId("mine-overdue").getByTestId("intervention-card")).toHaveCount(0);

  // the kader sees it delivered and verifies with a date and a note
  await expect(kaderBoard.column("delivered")).toContainText("Jamban sehat RT 03");
  await kaderBoard.verify("Jamban sehat RT 03", "Jamban dipakai keluarga, bersih");
  await expect(kaderBoard.column("verified")).toContainText("Jamban sehat RT 03");
  await expect(kaderBoard.card("Jamban sehat RT 03").getByTestId("card-verified")).toContainText("Diverifikasi oleh Kader Yuli");
  await expect(kaderBoard.card("Jamban sehat RT 03").getByTestId("card-verified")).toContainText("Jamban dipakai keluarga, bersih");

  const history = await kaderBoard.history("Jamban sehat RT 03");
  await expect(history).toHaveCount(5);
  await expect(history.nth(0)).toContainText("Kader Yuli: → Terbuka");
  await expect(history.nth(1)).toContainText("Bu Rina: Terbuka → Diklaim");
  await expect(history.nth(2)).toContainText("Bu Rina: Diklaim → Berjalan");
  await expect(history.nth(3)).toContainText("Bu Rina: Berjalan → Tersalurkan");
  await expect(history.nth(4)).toContainText("Kader Yuli: Tersalurkan → Diterima dan dimanfaatkan");

  // the liaison's device gets the verification too
  await dinsosBoard.tab("Papan");
  await expect(dinsosBoard.column("verified")).toContainText("Jamban sehat RT 03");
  await kader.expectSynced();

  await kaderCtx.close();
  await dinsosCtx.close();
});
