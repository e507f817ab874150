import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { BoardPage } from "./pages/BoardPage.ts";
import { iso } from "./support/dates.ts";

/** "22 Nov 2026" in the app's locale and the browsers' time zone (playwright.config.ts). */
const today = () => new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", timeZone: "Asia/Makassar" }).format(new Date()).replace(/\./g, "");
const NEED = "Kel. B. S., RT 03/RW 01: jamban tidak layak";

test("two liaisons of different agencies, both offline, claim the same need; after reconnecting one sees the claim confirmed and the other sees who handles it", async ({ browser, relay, workspace }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [kaderCtx, dinsosCtx, baznasCtx] = contexts;
  const kader = new AppPage(await kaderCtx!.newPage(), relay.url);
  const dinsos = new AppPage(await dinsosCtx!.newPage(), relay.url);
  const baznas = new AppPage(await baznasCtx!.newPage(), relay.url);

  // a kader publishes a need from a KRS family's page
  await kader.join(relay.token(workspace, "kader", { name: "Kader Yuli" }));
  await new RosterPage(kader.page).addHousehold({ kepala: "Budi Santoso", rt: "3", rw: "1" });
  const household = new HouseholdPage(kader.page);
  await household.openFromRoster("Budi Santoso");
  await household.editHousehold({ jamban: "tidak_ada" });
  const wifeBorn = new Date();
  wifeBorn.setFullYear(wifeBorn.getFullYear() - 36, wifeBorn.getMonth() - 3);
  await household.addMember({ nama: "Sari Santoso", relation: "istri", sex: "F", birthDate: iso(wifeBorn) });
  await expect(household.krsReason()).toContainText("jamban tidak layak");
  const kaderBoard = new BoardPage(kader.page);
  await kaderBoard.publishFromHousehold("jamban tidak layak");
  // not twice for the same open need
  await expect(kaderBoard.householdBoard().getByRole("button", { name: "Publikasikan ke papan: jamban tidak layak" })).toHaveCount(0);
  await kader.expectSynced();

  // two OPD liaisons see it on the board (they have no roster tab)
  const boards: BoardPage[] = [];
  for (const [app, opd, name] of [[dinsos, "DINSOS", "Bu Rina"], [baznas, "BAZNAS", "Pak Umar"]] as const) {
    await app.join(relay.token(workspace, "opd", { opd, name }));
    await expect(app.page.getByRole("navigation").getByRole("link", { name: "Keluarga" })).toHaveCount(0);
    const board = new BoardPage(app.page);
    await board.open();
    await board.tab("Kebutuhan belum tertangani");
    await expect(board.need(NEED)).toBeVisible();
    await expect(board.need(NEED).getByTestId("claim-need")).toHaveText(`Klaim untuk ${opd}`);
    await app.expectSynced();
    boards.push(board);
  }
  const [dinsosBoard, baznasBoard] = boards as [BoardPage, BoardPage];

  // both offline, both claim: each sees its own claim waiting for the relay
  await dinsosCtx!.setOffline(true);
  await baznasCtx!.setOffline(true);
  await dinsosBoard.claim(NEED);
  await baznasBoard.claim(NEED);
  await expect(dinsosBoard.claimOf(NEED, "DINSOS").getByTestId("claim-status")).toHaveText("Menunggu konfirmasi");
  await expect(baznasBoard.claimOf(NEED, "BAZNAS").getByTestId("claim-status")).toHaveText("Menunggu konfirmasi");
  await expect(dinsosBoard.need(NEED).getByTestId("claim-need")).toHaveCount(0);
  await dinsos.expectOfflineWithPending();
  await baznas.expectOfflineWithPending();

  // DINSOS reconnects first: its claim is confirmed and it handles the family
  await dinsosCtx!.setOffline(false);
  await expect(dinsosBoard.claimOf(NEED, "DINSOS").getByTestId("claim-status")).toHaveText(`Dikonfirmasi: DINSOS menangani sejak ${today()}`);
  await expect(dinsosBoard.need(NEED).getByTestId("need-handled")).toHaveText(`Sudah ditangani oleh DINSOS sejak ${today()}`);
  await dinsos.expectSynced();

  // then BAZNAS: it sees who handles the family, and its own claim lost, still in the history
  await baznasCtx!.setOffline(false);
  await expect(baznasBoard.need(NEED).getByTestId("need-handled")).toHaveText(`Sudah ditangani oleh DINSOS sejak ${today()}`);
  await expect(baznasBoard.claimOf(NEED, "BAZNAS")).toHaveAttribute("data-status", "lost");
  await expect(baznasBoard.claimOf(NEED, "BAZNAS").getByTestId("claim-status")).toHaveText(`Sudah ditangani oleh DINSOS sejak ${today()}`);
  await expect(baznasBoard.need(NEED).getByTestId("claim-need")).toHaveCount(0);
  await baznasBoard.tab("Agensi saya");
  await expect(baznasBoard.myClaims("lostOrRejected")).toHaveCount(1);
  await expect(baznasBoard.myClaims("lostOrRejected")).toContainText(`${NEED}Sudah ditangani oleh DINSOS sejak ${today()}`);
  await expect(baznasBoard.myClaims("waiting")).toHaveCount(0);
  await baznas.expectSynced();

  // DINSOS sees the same answer, and so does the family's page (pokja)
  await expect(dinsosBoard.claimOf(NEED, "BAZNAS")).toHaveAttribute("data-status", "lost");
  await dinsosBoard.tab("Agensi saya");
  await expect(dinsosBoard.myClaims("won")).toHaveCount(1);
  await expect(kaderBoard.householdBoard().getByTestId("need-handled")).toHaveText(`Sudah ditangani oleh DINSOS sejak ${today()}`);
  const history = kaderBoard.householdHistory();
  await expect(history.filter({ hasText: "Pak Umar mengklaim" })).toHaveCount(1);
  await expect(history.filter({ hasText: "Bu Rina mengklaim" })).toHaveCount(1);
  await expect(history.filter({ hasText: "Server mengonfirmasi klaim" })).toHaveCount(2);
  // in words: which need was published, and no relay seq ("(seq 7)")
  await expect(history.filter({ hasText: "Kader Yuli mempublikasikan kebutuhan: jamban tidak layak" })).toHaveCount(1);
  await expect(history.filter({ hasText: /seq|Kalah/ })).toHaveCount(0);

  await Promise.all(contexts.map((c) => c.close()));
});
