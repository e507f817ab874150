import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { MinutesPage } from "./pages/MinutesPage.ts";

test("while two people write the notes, each sees the other's name, line and caret", async ({ browser, relay, workspace }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = new AppPage(await contextA.newPage(), relay.url);
  const b = new AppPage(await contextB.newPage(), relay.url);
  const minutesA = new MinutesPage(a.page);
  const minutesB = new MinutesPage(b.page);
  await a.join(relay.token(workspace, "kader", { name: "Bu Yuli" }));
  await b.join(relay.token(workspace, "lurah", { name: "Pak Hasan" }));
  await a.openTab("Notulen");
  await b.openTab("Notulen");
  await minutesA.addMeeting("Rembuk stunting Januari", "Posyandu Melati");
  await minutesB.openMeeting("Rembuk stunting Januari");

  await minutesA.typeAtEnd("Hadir 12 orang.\nAir bersih RT 3.");
  await expect(minutesB.remoteWriters()).toHaveText(["Bu Yuli sedang menulis di baris 2"]);
  await expect(minutesB.remoteCarets()).toHaveText(["Bu Yuli"]);

  await minutesB.typeAtEnd("\nJamban RT 5.");
  await expect(minutesA.remoteWriters()).toHaveText(["Pak Hasan sedang menulis di baris 3"]);
  await expect(minutesA.remoteCarets()).toHaveText(["Pak Hasan"]);
  // A's caret stayed where A left it, on line 2, while B wrote below
  await expect(minutesB.remoteWriters()).toHaveText(["Bu Yuli sedang menulis di baris 2"]);

  // leaving the notes takes the name away
  await a.page.getByTestId("meeting-details").locator('input[name="place"]').focus();
  await expect(minutesB.remoteWriters()).toHaveCount(0);
  await contextA.close();
  await contextB.close();
});
