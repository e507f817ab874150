import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { ImportPage } from "./pages/ImportPage.ts";
import { listXlsx } from "./support/listFixtures.ts";

test.use({ viewport: { width: 412, height: 915 } });

test("an XLSX's sheet is chosen, its title rows skipped, and a changed column is remembered for the next list with that header", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  const wizard = new ImportPage(page);
  await app.join(relay.token(workspace, "kader", { name: "Bidan Ani" }));
  const workbook = await listXlsx("kelurahan-lists", "dinsos_dtsen.csv", "DTSEN Namosain.xlsx", ["DATA TERPADU SOSIAL EKONOMI NASIONAL", "KELURAHAN NAMOSAIN"]);

  await wizard.open();
  await wizard.chooseFile(workbook);
  await expect(wizard.sheetOptions()).toHaveText(["Catatan", "Daftar"]);
  await wizard.useSheet("Daftar");
  // two title rows and an empty row above the header: row 4
  await expect(wizard.headerRow()).toHaveValue("3");
  await expect(wizard.kind()).toHaveValue("social");
  await expect(wizard.remembered()).toHaveCount(0);
  expect(await wizard.mappedHeader("alamat")).toBe("alamat");

  // this pokja's list keeps the street elsewhere: the person takes alamat off, and drops the required name to see the guard
  await wizard.unmap("alamat");
  await wizard.unmap("nama");
  await expect(page.getByTestId("import-missing")).toContainText("Nama");
  await expect(wizard.readButton()).toBeDisabled();
  await wizard.mapTo("nama", "nama");
  await wizard.read();
  await expect(wizard.summary()).toHaveAttribute("data-records", "2630");

  // the same list again (next month's): the columns as the person left them
  await wizard.back();
  await wizard.back();
  await wizard.back();
  await wizard.chooseFile(workbook);
  await wizard.useSheet("Daftar");
  await expect(wizard.remembered()).toBeVisible();
  expect(await wizard.mappedHeader("alamat")).toBe("");
  expect(await wizard.mappedHeader("nama")).toBe("nama");
});
