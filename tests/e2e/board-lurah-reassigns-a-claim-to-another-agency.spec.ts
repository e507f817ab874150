import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { BoardPage } from "./pages/BoardPage.ts";
import { iso, todayShort } from "./support/dates.ts";

const NEED = "Kel. R. H., RT 02/RW 01: jamban tidak layak";
const REASON = "Program jamban sehat dipegang DLHK";

test("the lurah moves a confirmed claim from DINSOS to DLHK with a reason: DLHK handles the family, DINSOS no longer does, the history says who and why, and only the lurah is offered the move", async ({ browser, relay, workspace }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [lurahCtx, dinsosCtx, dlhkCtx] = contexts;
  const lurah = new AppPage(await lurahCtx!.newPage(), relay.url);
  const dinsos = new AppPage(await dinsosCtx!.newPage(), relay.url);
  const dlhk = new AppPage(await dlhkCtx!.newPage(), relay.url);
  const today = todayShort();

  // the lurah publishes a need from a KRS family's page
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
  await lurah.openTab("Keluarga");
  await new RosterPage(lurah.page).addHousehold({ kepala: "Rahmat Hidayat", rt: "2", rw: "1" });
  const household = new HouseholdPage(lurah.page);
  await household.openFromRoster("Rahmat Hidayat");
  await household.editHousehold({ jamban: "tidak_ada" });
  const wifeBorn = new Date();
  wifeBorn.setFullYear(wifeBorn.getFullYear() - 31);
  await household.addMember({ nama: "Siti Hidayat", relation: "istri", sex: "F", birthDate: iso(wifeBorn) });
  await expect(household.krsReason()).toContainText("jamban tidak layak");
  const lurahFamily = new BoardPage(lurah.page);
  await lurahFamily.publishFromHousehold("jamban tidak layak");
  await lurah.expectSynced();

  // a DINSOS liaison claims it and sees the relay confirm it
  await dinsos.join(relay.token(workspace, "opd", { opd: "DINSOS", name: "Bu Rina" }));
  const dinsosBoard = new BoardPage(dinsos.page);
  await dinsosBoard.open();
  await dinsosBoard.tab("Kebutuhan belum tertangani");
  await expect(dinsosBoard.claimButton(NEED)).toHaveText("Klaim untuk DINSOS");
  await dinsosBoard.claim(NEED);
  await expect(dinsosBoard.claimOf(NEED, "DINSOS").getByTestId("claim-status")).toHaveText(`Dikonfirmasi: DINSOS menangani sejak ${today}`);
  await expect(dinsosBoard.handledBy(NEED)).toHaveText(`Sudah ditangani oleh DINSOS sejak ${today}`);
  await dinsos.expectSynced();
  // a liaison may give up its own claim, but is not offered to move it
  await expect(dinsosBoard.withdrawControl(NEED, "DINSOS")).toBeVisible();
  await expect(dinsosBoard.reassignControls()).toHaveCount(0);

  // a DLHK liaison sees the family handled: no claim, and no move or withdrawal of DINSOS's claim
  await dlhk.join(relay.token(workspace, "opd", { opd: "DLHK", name: "Pak Dedi" }));
  const dlhkBoard = new BoardPage(dlhk.page);
  await dlhkBoard.open();
  await dlhkBoard.tab("Kebutuhan belum tertangani");
  await expect(dlhkBoard.handledBy(NEED)).toHaveText(`Sudah ditangani oleh DINSOS sejak ${today}`);
  await expect(dlhkBoard.claimButton(NEED)).toHaveCount(0);
  await expect(dlhkBoard.claimOf(NEED, "DINSOS")).toHaveAttribute("data-status", "confirmed-winner");
  await expect(dlhkBoard.reassignControls()).toHaveCount(0);
  await expect(dlhkBoard.withdrawControl(NEED, "DINSOS")).toHaveCount(0);
  await dlhkBoard.tab("Agensi saya");
  await expect(dlhkBoard.myClaims("won")).toHaveCount(0);

  // the lurah moves the claim to DLHK; a move needs a reason
  const lurahBoard = new BoardPage(lurah.page);
  await lurahBoard.open();
  await lurahBoard.tab("Kebutuhan belum tertangani");
  await expect(lurahBoard.claimOf(NEED, "DINSOS").getByTestId("claim-status")).toHaveText(`Dikonfirmasi: DINSOS menangani sejak ${today}`);
  await expect(lurahBoard.reassignControl(NEED, "DINSOS")).toHaveText("Pindahkan ke OPD lain");
  await lurahBoard.reassignClaim(NEED, "DINSOS", "DLHK", "");
  await expect(lurahBoard.claimReasonError(NEED, "DINSOS")).toHaveText("Tulis alasannya.");
  await expect(lurahBoard.claimOf(NEED, "DLHK")).toHaveCount(0);
  await lurahBoard.reassignClaim(NEED, "DINSOS", "DLHK", REASON);
  await expect(lurahBoard.claimOf(NEED, "DLHK").getByTestId("claim-status")).toHaveText(`Dikonfirmasi: DLHK menangani sejak ${today}`);
  await expect(lurahBoard.claimOf(NEED, "DLHK")).toContainText("DLHK · Pak Lurah");
  await expect(lurahBoard.claimOf(NEED, "DINSOS")).toHaveAttribute("data-status", "withdrawn");
  await expect(lurahBoard.claimOf(NEED, "DINSOS").getByTestId("claim-status")).toHaveText(`Ditarik oleh Pak Lurah: ${REASON}`);
  await expect(lurahBoard.handledBy(NEED)).toHaveText(`Sudah ditangani oleh DLHK sejak ${today}`);
  await lurah.expectSynced();

  // DLHK's liaison now has the family as its own
  await expect(dlhkBoard.myClaims("won")).toHaveCount(1);
  await expect(dlhkBoard.myClaims("won")).toContainText(`${NEED}Dikonfirmasi: DLHK menangani sejak ${today}`);
  await dlhkBoard.tab("Kebutuhan belum tertangani");
  await expect(dlhkBoard.handledBy(NEED)).toHaveText(`Sudah ditangani oleh DLHK sejak ${today}`);
  await expect(dlhkBoard.claimButton(NEED)).toHaveCount(0);
  await expect(dlhkBoard.withdrawControl(NEED, "DLHK")).toBeVisible();
  await expect(dlhkBoard.reassignControls()).toHaveCount(0);
  await dlhk.expectSynced();

  // DINSOS's liaison no longer has it, sees who moved it and why, and cannot claim it back
  await expect(dinsosBoard.handledBy(NEED)).toHaveText(`Sudah ditangani oleh DLHK sejak ${today}`);
  await expect(dinsosBoard.claimOf(NEED, "DINSOS")).toHaveAttribute("data-status", "withdrawn");
  await expect(dinsosBoard.claimOf(NEED, "DINSOS").getByTestId("claim-status")).toHaveText(`Ditarik oleh Pak Lurah: ${REASON}`);
  await expect(dinsosBoard.claimButton(NEED)).toHaveCount(0);
  await expect(dinsosBoard.withdrawControl(NEED, "DINSOS")).toHaveCount(0);
  await expect(dinsosBoard.reassignControls()).toHaveCount(0);
  await dinsosBoard.tab("Agensi saya");
  await expect(dinsosBoard.myClaims("won")).toHaveCount(0);
  await expect(dinsosBoard.myClaims("waiting")).toHaveCount(0);
  await expect(dinsosBoard.myClaims("withdrawn")).toHaveCount(1);
  await expect(dinsosBoard.myClaims("withdrawn")).toContainText(`${NEED}Ditarik oleh Pak Lurah: ${REASON}`);

  // one handler on every device: one live claim (DLHK's), DINSOS's kept as withdrawn, nothing pending
  for (const board of [lurahBoard, dlhkBoard]) {
    await expect(board.claimsWithStatus(NEED, "confirmed-winner")).toHaveCount(1);
    await expect(board.claimsWithStatus(NEED, "withdrawn")).toHaveCount(1);
    await expect(board.need(NEED).getByTestId("claim")).toHaveCount(2);
  }
  await dinsosBoard.tab("Kebutuhan belum tertangani");
  await expect(dinsosBoard.claimsWithStatus(NEED, "confirmed-winner")).toHaveCount(1);
  await expect(dinsosBoard.need(NEED).getByTestId("claim")).toHaveCount(2);
  // the moved claim can be moved again, by the lurah only; the withdrawn one cannot
  await expect(lurahBoard.reassignControl(NEED, "DLHK")).toBeVisible();
  await expect(lurahBoard.reassignControl(NEED, "DINSOS")).toHaveCount(0);
  await expect(lurahBoard.claimButton(NEED)).toHaveCount(0);

  // the family's page: handled by DLHK, and the history names the move, who made it and why
  await lurah.openTab("Keluarga");
  await household.openFromRoster("Rahmat Hidayat");
  await expect(lurahFamily.householdBoard().getByTestId("need-handled")).toHaveText(`Sudah ditangani oleh DLHK sejak ${today}`);
  const moves = lurahFamily.householdHistory().filter({ hasText: "memindahkan penanganan" });
  await expect(moves).toHaveCount(1);
  await expect(moves).toContainText(`Pak Lurah memindahkan penanganan: DINSOS → DLHK: ${REASON}`);
  await expect(lurahFamily.householdHistory().filter({ hasText: "Bu Rina mengklaim" })).toHaveCount(1);
  await expect(lurahFamily.householdHistory().filter({ hasText: `Pak Lurah menarik klaim: ${REASON}` })).toHaveCount(1);
  await expect(lurahFamily.householdHistory().filter({ hasText: "Server mengonfirmasi klaim" })).toHaveCount(2);

  await Promise.all(contexts.map((c) => c.close()));
});
