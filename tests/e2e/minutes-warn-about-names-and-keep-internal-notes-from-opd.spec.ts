import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { MinutesPage } from "./pages/MinutesPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

test("the note-taker is warned when the minutes OPD read name a family or hold a NIK, and the pokja's internal notes never reach an OPD's phone", async ({ browser, relay, workspace }) => {
  const kaderContext = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const lurahContext = await browser.newContext();
  const opdContext = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const kader = new AppPage(await kaderContext.newPage(), relay.url);
  await kader.join(relay.token(workspace, "kader", { name: "Bu Yuli" }));

  // the roster on the kader's phone: a head of family and his wife with her NIK
  await new RosterPage(kader.page).addHousehold({ kepala: "Fransiskus Lake", rt: "3", rw: "1" });
  await kader.openTab("Keluarga");
  const household = new HouseholdPage(kader.page);
  await household.openFromRoster("Fransiskus Lake");
  await household.addMember({ nama: "Maria Goreti Lake", nik: "5371014501900002", relation: "istri", sex: "F", birthDate: "1990-01-05" });
  await expect(household.member("Maria Goreti Lake")).toBeVisible();

  await kader.openTab("Notulen");
  const minutes = new MinutesPage(kader.page);
  await minutes.addMeeting("Rembuk stunting November", "Balai desa");
  await minutes.typeAtEnd("Kunjungan ke rumah Fransiskus Lake di RT 3.");
  await expect(minutes.personalDataWarning()).toBeVisible();
  await expect(minutes.personalDataWarning()).toContainText("dibaca juga oleh OPD dan pemantau");
  await expect(minutes.personalDataWarning().getByTestId("personal-mention")).toHaveText(["nama “Fransiskus Lake”"]);

  await minutes.typeAtEnd(" Istrinya NIK 5371014501900002 belum KB.");
  await expect(minutes.personalDataWarning().getByTestId("personal-mention")).toHaveText([
    "nama “Fransiskus Lake”",
    "NIK 5371********0002 (ada di daftar keluarga)",
  ]);

  // initials instead of the name: the warning goes
  await minutes.retypeNotes("Kunjungan ke Kel. F. L. di RT 3: jamban belum ada.");
  await expect(minutes.personalDataWarning()).toHaveCount(0);

  // what names the family goes to the internal part, which this warning does not watch
  await expect(kader.page.getByTestId("internal-notes")).toContainText("OPD dan pemantau tidak pernah menerimanya");
  await minutes.internalNotes().click();
  await kader.page.keyboard.type("Fransiskus Lake: anak TB/U -2,4, rujuk ke puskesmas.", { delay: 5 });
  await expect(minutes.personalDataWarning()).toHaveCount(0);
  await kader.expectSynced();

  // the print: the internal part only when the pokja asks for it
  await kader.page.getByTestId("print-preview").click();
  await expect(minutes.printSheet()).toBeVisible();
  await expect(minutes.printSheet().getByTestId("print-internal-notes")).toHaveCount(0);
  await kader.page.getByTestId("print-internal").check();
  await expect(minutes.printSheet().getByTestId("print-internal-notes")).toContainText("anak TB/U -2,4");

  // another pokja device receives the internal notes ...
  const lurah = new AppPage(await lurahContext.newPage(), relay.url);
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
  await lurah.openTab("Notulen");
  const lurahMinutes = new MinutesPage(lurah.page);
  await lurahMinutes.openMeeting("Rembuk stunting November");
  await expect(lurahMinutes.internalNotes()).toHaveValue("Fransiskus Lake: anak TB/U -2,4, rujuk ke puskesmas.");

  // ... an OPD liaison reads the minutes, but has no internal part, not even on its device
  const opd = new AppPage(await opdContext.newPage(), relay.url);
  await opd.join(relay.token(workspace, "opd", { name: "Dinkes", opd: "DINKES" }));
  await opd.openTab("Notulen");
  const opdMinutes = new MinutesPage(opd.page);
  await opdMinutes.openMeeting("Rembuk stunting November");
  await expect(opdMinutes.notes()).toHaveValue("Kunjungan ke Kel. F. L. di RT 3: jamban belum ada.");
  await expect(opd.page.getByTestId("internal-notes")).toHaveCount(0);
  await expect(opd.page.getByTestId("print-internal")).toHaveCount(0);
  await expect(opdMinutes.printSheet().getByTestId("print-internal-notes")).toHaveCount(0);
  await expect(opd.page.locator("body")).not.toContainText("TB/U -2,4");
  await opd.expectSynced();
  const databases = await opd.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ""));
  expect(databases).toContain(`rembuk/${workspace}/minutes`);
  expect(databases.filter((name) => name.endsWith("/internal"))).toEqual([]);

  await kaderContext.close();
  await lurahContext.close();
  await opdContext.close();
});
