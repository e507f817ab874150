import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { MinutesPage } from "./pages/MinutesPage.ts";

test("two people typing into the same notulen at once both keep their words", async ({ browser, relay, workspace }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = new AppPage(await contextA.newPage(), relay.url);
  const b = new AppPage(await contextB.newPage(), relay.url);
  await a.join(relay.token(workspace, "kader"));
  await b.join(relay.token(workspace, "lurah"));
  await a.openTab("Notulen");
  await b.openTab("Notulen");
  const minutesA = new MinutesPage(a.page);
  const minutesB = new MinutesPage(b.page);
  await minutesA.addMeeting("Rembuk stunting November", "Kantor lurah");
  await minutesB.openMeeting("Rembuk stunting November");

  await Promise.all([minutesA.typeAtEnd("Air bersih RT 3. "), minutesB.typeAtEnd("Jamban RT 5. ")]);

  await expect.poll(async () => (await minutesA.notes().inputValue()) === (await minutesB.notes().inputValue())).toBe(true);
  const text = await minutesA.notes().inputValue();
  expect(text).toContain("Air bersih RT 3. ");
  expect(text).toContain("Jamban RT 5. ");
  expect(text.length).toBe("Air bersih RT 3. ".length + "Jamban RT 5. ".length);

  // an offline edit merges after reconnect
  await contextB.setOffline(true);
  await minutesB.typeAtEnd("Tindak lanjut: DLHK.");
  await minutesA.typeAtEnd("Hadir 12 orang.");
  await contextB.setOffline(false);
  await expect.poll(async () => (await minutesA.notes().inputValue()) === (await minutesB.notes().inputValue())).toBe(true);
  for (const part of ["Tindak lanjut: DLHK.", "Hadir 12 orang.", "Air bersih RT 3. ", "Jamban RT 5. "]) {
    await expect(minutesA.notes()).toHaveValue(new RegExp(part.replace(/[.]/g, "\\.")));
  }
  await contextA.close();
  await contextB.close();
});
