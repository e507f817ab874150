import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

/**
 * The search is answered from an index and narrowed from the previous result while the
 * query only grows (web/src/state/rosterSearch.ts): typing on, deleting a letter, an RT/RW
 * search and an edit made on another phone during a search must all show exactly the
 * families that match.
 */
test("the roster search narrows as letters are typed, widens when one is deleted, and follows an edit made on another phone", async ({ browser, relay, workspace }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = new AppPage(await contextA.newPage(), relay.url);
  const b = new AppPage(await contextB.newPage(), relay.url);
  const roster = new RosterPage(a.page);
  const other = new RosterPage(b.page);
  await a.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await b.join(relay.token(workspace, "kader", { name: "Kader Yuli" }));

  for (const h of [
    { kepala: "Siti Aminah", rt: "3", rw: "1" },
    { kepala: "Siti Rahayu", rt: "4", rw: "1" },
    { kepala: "Sitanggang Budi", rt: "3", rw: "2" },
    { kepala: "Yohanes Bria", rt: "3", rw: "1", noKk: "5371010209110615" },
    { kepala: "Maria Seran", rt: "12", rw: "4" },
  ]) await roster.addHousehold(h);
  await roster.expectNames(["Maria Seran", "Sitanggang Budi", "Siti Aminah", "Siti Rahayu", "Yohanes Bria"]);

  const search = a.page.getByTestId("roster-search");
  const count = a.page.getByTestId("roster-count");
  await search.pressSequentially("sit");
  await roster.expectNames(["Sitanggang Budi", "Siti Aminah", "Siti Rahayu"]);
  await expect(count).toHaveText("3 dari 5 keluarga");
  await search.press("i");
  await roster.expectNames(["Siti Aminah", "Siti Rahayu"]);
  await search.press("Backspace");
  await roster.expectNames(["Sitanggang Budi", "Siti Aminah", "Siti Rahayu"]);

  await search.fill("");
  await expect(count).toHaveText("5 dari 5 keluarga");
  await search.pressSequentially("rt 3");
  await roster.expectNames(["Sitanggang Budi", "Siti Aminah", "Yohanes Bria"]);
  await search.pressSequentially(" rw 1");
  await roster.expectNames(["Siti Aminah", "Yohanes Bria"]);
  await search.fill("");
  await search.pressSequentially("53710102");
  await roster.expectNames(["Yohanes Bria"]);

  // while "siti" is searched, another phone renames a family: it joins the results
  await search.fill("");
  await search.pressSequentially("siti");
  await roster.expectNames(["Siti Aminah", "Siti Rahayu"]);
  await other.editHousehold("Maria Seran", { kepala: "Siti Maria Seran" });
  await roster.expectNames(["Siti Aminah", "Siti Maria Seran", "Siti Rahayu"]);
  await expect(count).toHaveText("3 dari 5 keluarga");
  await search.press("Backspace");
  await roster.expectNames(["Sitanggang Budi", "Siti Aminah", "Siti Maria Seran", "Siti Rahayu"]);

  await contextA.close();
  await contextB.close();
});
