import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

test("the household form says what to fix and keeps what was typed", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  const roster = new RosterPage(page);
  await app.join(relay.token(workspace, "kader"));
  await roster.submitNewHousehold({ kepala: "", rt: "", rw: "1", noKk: "12345" });
  await expect(roster.formErrors()).toHaveText([
    "Isi nama kepala keluarga.",
    "Isi nomor RT (angka, mis. 3).",
    "No. KK harus 16 angka. Periksa lagi di Kartu Keluarga.",
  ]);
  await expect(page.locator('input[name="noKk"]')).toHaveValue("12345");
  await expect(roster.rows()).toHaveCount(0);
});
