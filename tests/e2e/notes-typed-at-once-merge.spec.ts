import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { MinutesPage } from "./pages/MinutesPage.ts";

function isSubsequence(part: string, whole: string): boolean {
  let i = 0;
  for (const ch of whole) if (ch === part[i]) i++;
  return i === part.length;
}

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
  // Typing at the same spot at the same moment: no letter is lost and each writer's letters stay in
  // their order. Where the second writer starts inside the first one's word depends on timing, so the
  // check is "both inputs survive in order", not "both are contiguous".
  expect(text.length).toBe("Air bersih RT 3. ".length + "Jamban RT 5. ".length);
  expect(isSubsequence("Air bersih RT 3. ", text)).toBe(true);
  expect(isSubsequence("Jamban RT 5. ", text)).toBe(true);

  // an offline edit merges after reconnect
  await contextB.setOffline(true);
  await minutesB.typeAtEnd("Tindak lanjut: DLHK.");
  await minutesA.typeAtEnd("Hadir 12 orang.");
  await contextB.setOffline(false);
  await expect.poll(async () => (await minutesA.notes().inputValue()) === (await minutesB.notes().inputValue())).toBe(true);
  // each side typed its sentence whole while apart: each survives in one piece
  for (const part of ["Tindak lanjut: DLHK.", "Hadir 12 orang."]) {
    await expect(minutesA.notes()).toHaveValue(new RegExp(part.replace(/[.]/g, "\\.")));
  }
  const merged = await minutesA.notes().inputValue();
  expect(isSubsequence("Air bersih RT 3. ", merged) && isSubsequence("Jamban RT 5. ", merged)).toBe(true);
  await contextA.close();
  await contextB.close();
});
