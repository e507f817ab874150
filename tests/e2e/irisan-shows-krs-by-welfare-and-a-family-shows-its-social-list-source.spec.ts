import { test as base, expect } from "@playwright/test";
import { AppPage } from "./pages/AppPage.ts";
import { IrisanPage } from "./pages/IrisanPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { relayWithImportedRoster } from "./support/importedRoster.ts";
import type { RelayProcess } from "./support/relayProcess.ts";

const WORKSPACE = "irisan-uji";
const test = base.extend<{ relay: RelayProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  relay: async ({}, use) => {
    const relay = await relayWithImportedRoster(WORKSPACE);
    await use(relay);
    await relay.dispose();
  },
});

test.use({ viewport: { width: 412, height: 915 } });

/**
 * The roster was seeded through the import API (tests/e2e/support/importedRoster.ts): a family
 * list, a social list with four sure links, and a doubtful pair Bidan Ani linked. On a phone a
 * kader sees the irisan, narrows it to a place, opens the families behind a count, sees where a
 * family's data came from, and undoes a wrong link.
 */
test("on a phone the irisan counts KRS by welfare and the gap, lists the families, and a family's page shows its social-list data and source", async ({ page, relay }) => {
  const app = new AppPage(page, relay.url);
  const irisan = new IrisanPage(page);
  const roster = new RosterPage(page);
  await app.join(relay.token(WORKSPACE, "kader", { name: "Kader Yuli" }));
  await irisan.open();

  await expect(irisan.total()).toHaveText("5 KRS dari 6 keluarga");
  await irisan.expectCounts({ gap: 2, desil1_4: 3, desil5_10: 1, tanpaDesil: 1, krs: 5 });
  // the gap is chosen first: KRS in desil 1-4 with none of PKH, BPNT, PBI, with why each is KRS
  await expect(irisan.listTitle()).toHaveText("KRS desil 1-4 tanpa bantuan: 2 keluarga");
  await irisan.expectFamilies(["Agus Salim", "Yohanes Bria"]);
  await expect(irisan.families().first()).toContainText("RT 1/RW 1");
  await expect(irisan.families().first()).toContainText("Desil 2 · Tanpa bantuan");
  await expect(irisan.families().first()).toContainText("jamban tidak layak");

  await irisan.count("desil5_10").click();
  await irisan.expectFamilies(["Citra Lestari"]);
  await irisan.count("tanpaDesil").click();
  await irisan.expectFamilies(["Dedi Kurniawan"]);

  // one RW: its counts and its families; the table by RW/RT says the same
  await irisan.chooseRw("RW 2");
  await expect(irisan.total()).toHaveText("1 KRS dari 2 keluarga");
  await irisan.expectCounts({ gap: 0, desil1_4: 0, desil5_10: 0, tanpaDesil: 1 });
  await expect(irisan.area("1/").locator("td")).toHaveText(["4", "3", "1", "0", "2"]);
  await expect(irisan.area("2/2").locator("td")).toHaveText(["1", "0", "0", "1", "0"]);
  await irisan.area("1/1").getByRole("button").click();
  await irisan.count("gap").click();
  await expect(irisan.listTitle()).toHaveText("KRS desil 1-4 tanpa bantuan, RT 1: 1 keluarga");
  await irisan.expectFamilies(["Agus Salim"]);

  // the family's page: its list code and import, its social-list row, linked automatically
  await irisan.openFamily("Agus Salim");
  const sources = page.getByTestId("household-sources");
  await expect(sources.getByTestId("source-family")).toHaveText(/Kode keluarga PK-1\s*dari bkkbn_pk\.csv, 20 Nov 2026, diimpor oleh Pak Lurah/);
  const link = sources.getByTestId("source-social");
  await expect(link.getByTestId("source-social-data")).toHaveText("NIK 5371********0007 · Desil 2 · Tanpa PKH/BPNT/PBI");
  await expect(link.getByTestId("source-social-how")).toHaveText("Ditautkan otomatis (skor 21,3)");
  await expect(link).toContainText("dari dinsos_dtsen.xlsx (lembar Data), 20 Nov 2026, diimpor oleh Pak Lurah");

  // the family typed by hand, linked by a person
  await page.goBack();
  await irisan.chooseRw("Semua RW");
  await irisan.openFamily("Yohanes Bria");
  await expect(page.getByTestId("source-social-how")).toHaveText("Ditautkan oleh Bidan Ani, 21 Nov 2026");
  await expect(page.getByTestId("source-family")).toHaveCount(0);

  // a wrong link: recorded and undone on the spot; made again, the irisan follows
  page.on("dialog", (dialog) => void dialog.accept());
  const unlink = () => page.getByTestId("source-social").getByRole("button", { name: "Bukan keluarga ini" }).click();
  await unlink();
  await expect(page.getByTestId("source-social-none")).toHaveText("Tidak ada di daftar sosial yang diimpor.");
  await page.getByTestId("source-unlinked").getByRole("button", { name: "Urungkan" }).click();
  await expect(page.getByTestId("source-social-how")).toHaveText("Ditautkan oleh Bidan Ani, 21 Nov 2026");
  await unlink();
  await irisan.open();
  await irisan.expectCounts({ gap: 1, desil1_4: 2, tanpaDesil: 2, krs: 5 });

  // the same families through the roster's filters
  await page.getByTestId("irisan-open-roster").click();
  await roster.expectNames(["Agus Salim"]);
  await expect(page.getByTestId("filter-gap")).toBeChecked();
  await page.getByTestId("filter-gap").uncheck();
  await page.getByTestId("filter-desil").selectOption("tanpaDesil");
  await roster.expectNames(["Dedi Kurniawan", "Yohanes Bria"]);

  // an OPD liaison's device never gets the roster (the relay refuses it): no irisan either
  const opd = await page.context().browser()!.newContext({ viewport: { width: 412, height: 915 } });
  try {
    const opdPage = await opd.newPage();
    await new AppPage(opdPage, relay.url).join(relay.token(WORKSPACE, "opd", { opd: "DINSOS", name: "Pak Dinsos" }));
    await expect(opdPage.getByRole("navigation").getByRole("link", { name: /^Papan/ })).toBeVisible();
    await expect(opdPage.getByRole("navigation").getByRole("link", { name: "Irisan" })).toHaveCount(0);
    await opdPage.goto(`${relay.url}/#/w/${WORKSPACE}/irisan`);
    await expect(opdPage.getByTestId("irisan-page")).toHaveCount(0);
    await expect(opdPage.getByText("Agus Salim")).toHaveCount(0);
  } finally {
    await opd.close();
  }
});
