import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { ImportPage } from "./pages/ImportPage.ts";
import { SettingsPage } from "./pages/SettingsPage.ts";
import { listCsv, NAMOSAIN_KODE } from "./support/listFixtures.ts";

test.use({ viewport: { width: 412, height: 915 } });

test("the import wizard guesses the kind and columns of both lists and checks every row, writing nothing", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  const wizard = new ImportPage(page);
  await app.join(relay.token(workspace, "lurah", { name: "Lurah Namosain" }));
  await app.openTab("Pengaturan");
  await new SettingsPage(page).saveProfile({ name: "Kelurahan Namosain", kodeWilayah: NAMOSAIN_KODE });
  await app.openTab("Keluarga");

  // the BKKBN family list: one row per family
  await wizard.open();
  await wizard.chooseFile(listCsv("kelurahan-lists", "bkkbn_pk.csv"));
  await expect(wizard.kind()).toHaveValue("family");
  await expect(wizard.headerRow()).toHaveValue("0");
  expect(await wizard.mappedHeader("namaKepala")).toBe("nama_kepala");
  expect(await wizard.mappedHeader("nikKepala")).toBe("nik_kepala");
  expect(await wizard.mappedHeader("rt")).toBe("rt");
  await wizard.read();
  await expect(wizard.summary()).toHaveAttribute("data-records", "3120");
  await expect(wizard.summary()).toHaveAttribute("data-blocking", "false");
  await expect(wizard.summary()).toContainText("3.120 keluarga terbaca");
  await expect(wizard.sampleRows()).toHaveCount(20);
  // NIK masked in the preview: the first family's head, 5371011412832968
  await expect(wizard.sampleRows().first()).toContainText("5371********2968");
  await expect(page.getByText("5371011412832968")).toHaveCount(0);

  // the Dinsos social list: kind guessed from its header, row problems named with row, column and what to fix
  await wizard.back();
  await wizard.back();
  await wizard.chooseFile(listCsv("kelurahan-lists", "dinsos_dtsen.csv"));
  await expect(wizard.kind()).toHaveValue("social");
  expect(await wizard.mappedHeader("desil")).toBe("desil");
  await wizard.read();
  await expect(wizard.summary()).toHaveAttribute("data-blocking", "false");
  const rows = Number(await wizard.summary().getAttribute("data-rows"));
  const ok = Number(await wizard.summary().getAttribute("data-ok"));
  expect(rows).toBe(2630);
  expect(ok).toBeLessThan(rows);
  await expect(wizard.problemGroups().first()).toContainText(/baris \d+/);
  const problemRows = await wizard.openProblemRows();
  await expect(problemRows.first()).toContainText(/^Baris \d+, kolom [A-Z]+ \([a-z_]+\): .+/);

  // in English the same problems, from the same keys
  await app.switchLanguage("English");
  await expect(problemRows.first()).toContainText(/^Row \d+, column [A-Z]+ \([a-z_]+\): .+/);
  await app.switchLanguage("Bahasa Indonesia");

  // nothing was written: the roster is still empty
  await wizard.backToRoster();
  await expect(page.getByText("Belum ada keluarga")).toBeVisible();
});
