import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { iso } from "./support/dates.ts";

function ago(years: number, months: number, days: number): Date {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years, d.getMonth() - months, d.getDate() - days);
  return d;
}
/** A woman's NIK: region 327101, day + 40, month, two-digit year, serial 0001. */
function nikOfWoman(born: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `327101${two(born.getDate() + 40)}${two(born.getMonth() + 1)}${two(born.getFullYear() % 100)}0001`;
}

test("a kader adds a household with a child and a measurement and sees why the family is KRS and the child's stunting category", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  const roster = new RosterPage(page);
  const household = new HouseholdPage(page);
  await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await roster.addHousehold({ kepala: "Yohanes Bria", rt: "3", rw: "1" });
  await household.openFromRoster("Yohanes Bria");
  await expect(household.krsReason()).toHaveText("Bukan keluarga sasaran");

  await household.editHousehold({ jamban: "tidak_ada" });
  await expect(household.fact("jamban")).toHaveText("Tidak ada jamban");

  // a wife of 36, first with a NIK whose month is 13: the form says which digits to check and does not save
  const wifeBorn = ago(36, 0, 100);
  await household.addMember({ nama: "Maria Bria", relation: "istri", sex: "F", birthDate: iso(wifeBorn), nik: "3271014513890001" });
  await expect(household.memberErrors()).toHaveText(["Angka ke-9 dan ke-10 NIK adalah bulan lahir (01 sampai 12). Periksa kedua angka itu."]);
  await expect(page.getByTestId("member-row")).toHaveCount(0);
  await expect(household.memberForm().getByTestId("risk-answers")).toBeVisible();

  const nik = nikOfWoman(wifeBorn);
  await household.memberForm().locator('input[name="nik"]').fill(nik);
  await expect(household.nikWarnings()).toHaveCount(0);
  await household.saveMember();
  const wife = household.member("Maria Bria");
  await expect(wife.getByTestId("member-nik")).toHaveText(`3271********0001`);
  await wife.getByRole("button", { name: "tampilkan" }).click();
  await expect(wife.getByTestId("member-nik")).toHaveText(nik);
  await wife.getByRole("button", { name: "sembunyikan" }).click();
  await expect(wife.getByTestId("member-nik")).toHaveText(`3271********0001`);

  // a child of 18 months whose NIK disagrees with the typed birth date: a warning, never a block
  await household.openMemberForm();
  await household.fillMember({ nama: "Ana Bria", relation: "anak", sex: "F", birthDate: iso(ago(1, 6, 3)), nik: "3271015101990001" });
  await expect(household.nikWarnings()).toContainText("Tanggal lahir menurut NIK berbeda dengan data anggota");
  await household.saveMember();
  await expect(household.member("Ana Bria")).toBeVisible();
  await expect(household.child("Ana Bria").getByTestId("child-age")).toHaveText("Umur 1 th 6 bln");

  const form = await household.addMeasurement("Ana Bria", { lengthCm: "70", weightKg: "8,1" });
  await expect(form.locator('select[name="position"]')).toHaveValue("lying");
  await expect(form.locator('input[name="measuredBy"]')).toHaveValue("Bidan Sari");
  await form.getByRole("button", { name: "Simpan" }).click();

  const child = household.child("Ana Bria");
  await expect(child.getByTestId("measurement-length")).toHaveText("PB 70 cm");
  await expect(child.getByTestId("measurement-weight")).toHaveText("BB 8,1 kg");
  await expect(child.getByTestId("stunting-category")).toHaveText("sangat pendek");
  await expect(child.getByRole("img", { name: /Grafik panjang\/tinggi badan menurut umur: Ana Bria/ })).toBeVisible();
  await expect(household.krsReason()).toContainText("Berisiko:");
  await expect(household.krsReason()).toContainText("jamban tidak layak");
  await expect(household.krsReason()).toContainText("PUS terlalu tua");
  await expect(page.getByTestId("sasaran")).toContainText("PUS");
  await expect(page.getByTestId("sasaran")).toContainText("Baduta");

  // back on the roster, the family's row says the same: RT/RW, its two members, KRS and why, the child's category
  await app.openTab("Keluarga");
  const row = roster.rows().filter({ hasText: "Yohanes Bria" });
  await expect(row.getByRole("cell")).toHaveText(["Yohanes Bria", "3/1", "", "2", /^KRS\s*jamban tidak layak, PUS terlalu tua$/, "Sangat pendek", ""]);
  await expect(row.getByTestId("krs-badge")).toHaveAttribute("title", "jamban tidak layak, PUS terlalu tua");
  await expect(row.getByText("Sangat pendek")).toHaveClass("stunting stunting-sangat-pendek");
});
