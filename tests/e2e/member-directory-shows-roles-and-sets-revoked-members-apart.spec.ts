import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { InvitesPage } from "./pages/InvitesPage.ts";
import { MinutesPage } from "./pages/MinutesPage.ts";

// Issue 14, item 7: every member showed as "Lurah / Kepala Desa", the add row showed Lurah while it
// saved kader, and revoked members stayed in the list.
test("the member directory shows each member's role, adds with the role it shows, and sets revoked members apart", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  const invites = new InvitesPage(page);
  const minutes = new MinutesPage(page);
  await app.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
  await app.openTab("Undangan");
  await invites.createInvite("kader", "Ibu Bidan Ani");
  await invites.createInvite("viewer", "Pak Camat");

  await app.openTab("Notulen");
  const directory = await minutes.openDirectory();
  await expect(minutes.directoryMember("Ibu Bidan Ani").getByRole("combobox")).toHaveValue("kader");
  await expect(minutes.directoryMember("Pak Camat").getByRole("combobox")).toHaveValue("viewer");

  // the add row shows the role it will save
  const form = directory.getByTestId("directory-form");
  await expect(form.getByRole("combobox")).toHaveValue("kader");
  await form.getByPlaceholder("Nama").fill("Mama Yuli");
  await form.getByRole("button", { name: "Tambah" }).click();
  await expect(minutes.directoryMember("Mama Yuli").getByRole("combobox")).toHaveValue("kader");
  await minutes.directoryMember("Mama Yuli").getByRole("combobox").selectOption("lurah");
  await expect(minutes.directoryMember("Mama Yuli").getByRole("combobox")).toHaveValue("lurah");

  // revoking the invite takes the member out of the list of those with access
  await app.openTab("Undangan");
  await invites.revoke("Ibu Bidan Ani");
  await app.openTab("Notulen");
  await minutes.openDirectory();
  await expect(page.getByTestId("directory-member")).toHaveCount(2);
  await expect(minutes.directoryMember("Ibu Bidan Ani")).toHaveCount(0);
  await expect(page.getByTestId("directory-revoked-member")).toHaveCount(1);
  await expect(page.getByTestId("directory-revoked-member")).toContainText("Ibu Bidan Ani");
});
