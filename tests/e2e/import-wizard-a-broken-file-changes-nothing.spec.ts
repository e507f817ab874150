import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { ImportPage } from "./pages/ImportPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { SettingsPage } from "./pages/SettingsPage.ts";
import { relayWithRoster } from "./support/relayWithRoster.ts";
import { csvRows, csvText, NAMOSAIN_KODE } from "./support/listFixtures.ts";

test.use({ viewport: { width: 412, height: 915 } });

const FAMILIES = 40;

test("a broken or foreign list gets the reader's message and the roster stays as it was", async ({ page, workspace }) => {
  const relay = await relayWithRoster(workspace, FAMILIES);
  try {
    const app = new AppPage(page, relay.url);
    const roster = new RosterPage(page);
    const wizard = new ImportPage(page);
    await app.join(relay.token(workspace, "lurah", { name: "Lurah" }));
    await expect(roster.count()).toHaveText(`${FAMILIES} dari ${FAMILIES} keluarga`);
    const before = await roster.names();
    await app.openTab("Pengaturan");
    await new SettingsPage(page).saveProfile({ name: "Kelurahan Namosain", kodeWilayah: NAMOSAIN_KODE });
    await app.openTab("Keluarga");
    await wizard.open();

    // not a list at all: refused at once, with how to save it
    await wizard.chooseFile({ name: "daftar.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n") });
    await expect(wizard.refusal()).toContainText("File ini PDF, bukan tabel.");
    await expect(wizard.refusal()).toContainText("Tidak ada yang disimpan");

    // an empty file
    await wizard.chooseFile(csvText("kosong.csv", ""));
    await expect(wizard.refusal()).toContainText("File ini kosong");

    // a header without rows: read, named, nothing to confirm
    await wizard.chooseFile(csvText("judul.csv", "id_dtsen,nik,no_kk,nama,alamat,rt,rw,desa_kelurahan,desil,pkh,bpnt,pbi\n"));
    await wizard.read();
    await expect(wizard.blocking()).toContainText("hanya berisi baris judul kolom");
    await expect(wizard.confirmButton()).toBeDisabled();

    // another kelurahan's family list (kode wilayah 53.71.02.1005): named, blocking
    const [header, ...rows] = csvRows("kelurahan-lists", "bkkbn_pk.csv");
    const kode = header!.indexOf("kode_wilayah");
    const foreign = [header!, ...rows.slice(0, 50).map((r) => r.map((v, i) => (i === kode ? "53.71.02.1005" : v)))];
    await wizard.back();
    await wizard.back();
    await wizard.chooseFile(csvText("pk_lain.csv", foreign.map((r) => r.join(",")).join("\n")));
    await wizard.read();
    await expect(wizard.blocking()).toContainText("bukan wilayah ruang kerja ini");
    await expect(wizard.summary()).toHaveAttribute("data-blocking", "true");
    await expect(wizard.confirmButton()).toBeDisabled();

    // duplicate family codes
    const twice = [header!, ...rows.slice(0, 20), rows[3]!];
    await wizard.back();
    await wizard.back();
    await wizard.chooseFile(csvText("pk_ganda.csv", twice.map((r) => r.join(",")).join("\n")));
    await wizard.read();
    await expect(wizard.blocking()).toContainText("dipakai lebih dari sekali");
    await expect(wizard.confirmButton()).toBeDisabled();

    await wizard.backToRoster();
    await expect(roster.count()).toHaveText(`${FAMILIES} dari ${FAMILIES} keluarga`);
    // the families seen before are each still there, and no family of the lists was added
    for (const name of before) {
      await roster.search().fill(name);
      await expect(roster.rows().filter({ hasText: name }).first()).toBeVisible();
    }
    await roster.search().fill("Bambang Slamet Lestari");
    await expect(roster.count()).toHaveText(`0 dari ${FAMILIES} keluarga`);
  } finally {
    await relay.dispose();
  }
});

test("an OPD liaison and a pemantau have no way into the import", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  for (const role of ["opd", "viewer"] as const) {
    await app.join(relay.token(workspace, role, { name: role, ...(role === "opd" ? { opd: "DINSOS" } : {}) }));
    await page.goto(`${relay.url}/#/w/${workspace}/impor`);
    await expect(app.syncStatus()).toBeVisible();
    await expect(page.getByTestId("import-file-step")).toHaveCount(0);
    await expect(page.getByTestId("open-import")).toHaveCount(0);
  }
});
