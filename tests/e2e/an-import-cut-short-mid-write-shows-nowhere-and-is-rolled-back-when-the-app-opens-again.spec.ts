import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { ImportPage } from "./pages/ImportPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { relayWithRoster } from "./support/relayWithRoster.ts";
import { listCsv } from "./support/listFixtures.ts";

test.use({ viewport: { width: 412, height: 915 } });

const FAMILIES = 40;

test("an import cut short while it writes shows on no device, is rolled back when the lurah's phone opens the app again, and imports whole the next time", async ({ browser, workspace }) => {
  test.setTimeout(420_000);
  const relay = await relayWithRoster(workspace, FAMILIES);
  try {
    const lurahContext = await browser.newContext();
    const kaderContext = await browser.newContext();
    const lurahPage = await lurahContext.newPage();
    const lurah = new AppPage(lurahPage, relay.url);
    const wizard = new ImportPage(lurahPage);
    const kader = new AppPage(await kaderContext.newPage(), relay.url);
    const kaderRoster = new RosterPage(kader.page);
    const kaderImports = new ImportPage(kader.page);
    const before = `${FAMILIES} dari ${FAMILIES} keluarga`;
    await lurah.join(relay.token(workspace, "lurah", { name: "Lurah Namosain" }));
    await kader.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
    await expect(new RosterPage(lurahPage).count()).toHaveText(before);
    await expect(kaderRoster.count()).toHaveText(before);

    // the BKKBN list (3,120 families) read and matched on the lurah's phone
    await wizard.open();
    await wizard.chooseFile(listCsv("kelurahan-lists", "bkkbn_pk.csv"));
    await wizard.read();
    await wizard.match();
    const added = Number(await wizard.changeCounts().getAttribute("data-new"));
    expect(added).toBeGreaterThan(3000);

    // a slow phone: Simpan writes in slices with a bar, and the phone is closed partway
    const cdp = await lurahContext.newCDPSession(lurahPage);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 20 });
    await wizard.startSave();
    await expect(wizard.savePhase()).toHaveAttribute("data-phase", "writing", { timeout: 60_000 });
    await expect.poll(async () => Number(await wizard.saveProgress().getAttribute("aria-valuenow")), { timeout: 60_000 }).toBeGreaterThanOrEqual(10);
    expect(Number(await wizard.saveProgress().getAttribute("aria-valuenow"))).toBeLessThan(100);
    await lurahPage.close();

    // the kader's phone has the slices the relay took (their journal) and shows none of them
    await kader.page.goto(`${relay.url}/#/w/${workspace}/impor`);
    await expect(kaderImports.pendingNotices()).toHaveCount(1);
    await expect(kaderImports.pendingNotices()).toHaveAttribute("data-state", "elsewhere");
    await expect(kaderImports.pendingNotices()).toContainText("bkkbn_pk.csv");
    await expect(kaderImports.pendingNotices()).toContainText("Lurah Namosain");
    await kader.openTab("Keluarga");
    await expect(kaderRoster.count()).toHaveText(before);

    // the lurah opens the app again: the batch cut short is rolled back on her phone, and she is told
    const reopened = await lurahContext.newPage();
    const again = new ImportPage(reopened);
    await reopened.goto(`${relay.url}/#/w/${workspace}/impor`);
    await expect(again.rolledBackNotices()).toHaveCount(1, { timeout: 60_000 });
    await expect(again.rolledBackNotices()).toContainText("bkkbn_pk.csv");
    await expect(again.pendingNotices()).toHaveCount(0);
    await new AppPage(reopened, relay.url).expectSynced();
    await new AppPage(reopened, relay.url).openTab("Keluarga");
    await expect(new RosterPage(reopened).count()).toHaveText(before);

    // the kader's notice goes with the rollback; her roster never changed
    await kader.page.goto(`${relay.url}/#/w/${workspace}/impor`);
    await expect(kaderImports.pendingNotices()).toHaveCount(0);
    await kader.openTab("Keluarga");
    await expect(kaderRoster.count()).toHaveText(before);

    // imported again, whole: every family shows on both phones
    const wizardAgain = new ImportPage(reopened);
    await wizardAgain.open();
    await wizardAgain.chooseFile(listCsv("kelurahan-lists", "bkkbn_pk.csv"));
    await wizardAgain.read();
    await wizardAgain.match();
    await expect(wizardAgain.changeCounts()).toHaveAttribute("data-new", String(added));
    await wizardAgain.save();
    const total = new Intl.NumberFormat("id-ID").format(FAMILIES + added);
    await wizardAgain.backToRoster();
    await expect(new RosterPage(reopened).count()).toHaveText(`${total} dari ${total} keluarga`);
    await expect(kaderRoster.count()).toHaveText(`${total} dari ${total} keluarga`, { timeout: 60_000 });
    await lurahContext.close();
    await kaderContext.close();
  } finally {
    await relay.dispose();
  }
});
