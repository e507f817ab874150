import { test, expect } from "./support/fixtures.ts";
import { DistrictPage } from "./pages/DistrictPage.ts";
import { districtToken, lastMonth, relayWithDistrict } from "./support/districtRelay.ts";

const LAPTOP = { width: 1366, height: 768 };

// Issue 16: "district tokens are minted by the relay operator and the district can invite its own staff", in the app.
test("a kota's district user invites a kecamatan's staff from its screen: the link opens that kecamatan's villages only; a code outside its own is refused; revoking cuts the staff off", async ({ browser }) => {
  const month = lastMonth();
  const relay = await relayWithDistrict([
    { id: "namosain", kode: "53.71.04.1001", name: "Kelurahan Namosain", reports: [{ schema: 1, month, indicators: { krs: 12 }, byRw: [] }] },
    { id: "oebobo", kode: "53.71.02.1001", name: "Kelurahan Oebobo", reports: [{ schema: 1, month, indicators: { krs: 30 }, byRw: [] }] },
  ]);
  try {
    const kotaContext = await browser.newContext({ viewport: LAPTOP });
    const kota = new DistrictPage(await kotaContext.newPage(), relay.url);
    await kota.join(districtToken(relay, "53.71", "Dinas P2KB Kota Kupang"));
    expect(await kota.names()).toEqual(["Kelurahan Oebobo", "Kelurahan Namosain"]);

    // a code outside the kota is refused before anything is minted
    await kota.inviteStaff("Staf Lain", "53.72", { refused: true });
    await expect(kota.staffError()).toContainText("53.71");
    // the list holds the kota user's own invite (the operator's), which it cannot revoke from here
    await expect(kota.staffItems()).toHaveCount(1);
    await expect(kota.staffItems().first().getByRole("button", { name: "Cabut" })).toHaveCount(0);

    const link = await kota.inviteStaff("Staf Kecamatan Kelapa Lima", "53.71.04");
    expect(link).toMatch(/#\/gabung\?token=/);
    const invited = kota.staffItems().filter({ hasText: "Staf Kecamatan Kelapa Lima" });
    await expect(kota.staffItems()).toHaveCount(2);
    await expect(invited).toContainText("Wilayah 53.71.04");

    // the staff member opens the link on another device: the kecamatan's villages only, named as invited
    const staffContext = await browser.newContext({ viewport: LAPTOP });
    const staffPage = await staffContext.newPage();
    await staffPage.goto(link.replace(/^https?:\/\/[^/#]+/, relay.url));
    const staff = new DistrictPage(staffPage, relay.url);
    await expect(staffPage.getByTestId("district-page")).toBeVisible();
    await expect(staffPage).toHaveURL(/#\/wilayah\//);
    await expect(staff.rows()).toHaveCount(1);
    expect(await staff.names()).toEqual(["Kelurahan Namosain"]);
    await expect(staffPage.getByText("Staf Kecamatan Kelapa Lima")).toBeVisible();

    // revoked by the kota: the relay refuses the staff's next fetch
    await invited.getByRole("button", { name: "Cabut" }).click();
    await expect(invited).not.toContainText("berlaku s.d.");
    await staffPage.getByRole("button", { name: "Ambil lagi" }).click();
    await expect(staff.status()).toHaveAttribute("data-status", "refused");
  } finally {
    await relay.stop();
  }
});
