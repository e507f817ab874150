import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";

test.use({ viewport: { width: 412, height: 915 } });

const ADDRESSES = { "Bidan Sari": "Jl. Mawar 3", "Kader Yuli": "Jl. Melati 5" } as const;

// Issue 14, item 16: an ordinary field (the address) changed on two offline phones kept one value with no
// trace. Every device keeps the same value, the family page says whose value it replaced, and the
// family's history keeps the replaced value after someone settles it.
test("an address changed on two offline phones keeps one value, says 'diubah juga oleh' and keeps the replaced value in the history", async ({ browser, relay, workspace }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = new AppPage(await contextA.newPage(), relay.url);
  const b = new AppPage(await contextB.newPage(), relay.url);
  const familyA = new HouseholdPage(a.page);
  const familyB = new HouseholdPage(b.page);
  await a.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await b.join(relay.token(workspace, "kader", { name: "Kader Yuli" }));
  await new RosterPage(a.page).addHousehold({ kepala: "Siti Aminah", rt: "2", rw: "1" });
  await familyA.openFromRoster("Siti Aminah");
  await new RosterPage(b.page).expectNames(["Siti Aminah"]);
  await familyB.openFromRoster("Siti Aminah");
  await a.expectSynced();
  await b.expectSynced();

  await contextA.setOffline(true);
  await contextB.setOffline(true);
  await familyA.editHousehold({ alamat: ADDRESSES["Bidan Sari"] });
  await familyB.editHousehold({ alamat: ADDRESSES["Kader Yuli"] });
  await contextA.setOffline(false);
  await contextB.setOffline(false);
  await a.expectSynced();
  await b.expectSynced();

  // one value on both phones (the same rule everywhere), and the other is not lost without a word
  const place = a.page.getByTestId("household-place");
  await expect(place).toHaveText(/Jl\. (Mawar 3|Melati 5)/);
  const kept = (await place.textContent())!.includes(ADDRESSES["Bidan Sari"]) ? "Bidan Sari" : "Kader Yuli";
  const lost = kept === "Bidan Sari" ? "Kader Yuli" : "Bidan Sari";
  for (const family of [familyA, familyB]) {
    await expect(family.page.getByTestId("household-place")).toContainText(ADDRESSES[kept]);
    await expect(family.replaced()).toContainText(`Diubah juga oleh ${lost} menjadi ${ADDRESSES[lost]}`);
    await expect(family.replaced()).toContainText(`dipakai ${ADDRESSES[kept]} (dari ${kept})`);
    const replacedLine = family.history().getByTestId("change-event").filter({ hasText: `${lost} mengubah Alamat: ${ADDRESSES[lost]}` });
    await expect(replacedLine).toHaveAttribute("data-state", "replaced");
    await expect(replacedLine).toContainText(`diganti oleh ${kept} (${ADDRESSES[kept]})`);
  }

  // someone keeps the value in use: the notice goes, the history still shows what was replaced
  await familyB.replaced().getByRole("button", { name: `Tetap ${ADDRESSES[kept]}` }).click();
  for (const family of [familyA, familyB]) {
    await expect(family.replaced()).toHaveCount(0);
    await expect(family.page.getByTestId("household-place")).toContainText(ADDRESSES[kept]);
    const replacedLine = family.history().getByTestId("change-event").filter({ hasText: `${lost} mengubah Alamat: ${ADDRESSES[lost]}` });
    await expect(replacedLine).toHaveAttribute("data-state", "replaced");
    await expect(replacedLine).toContainText("diganti oleh Kader Yuli");
    await expect(family.history().getByTestId("change-event").filter({ hasText: `Kader Yuli mengubah Alamat: ${ADDRESSES[kept]}` }).last()).toHaveAttribute("data-state", "current");
  }
  await contextA.close();
  await contextB.close();
});
