import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { InvitesPage } from "./pages/InvitesPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

// Issue 17, items 13 and 15: the token rides in the WebSocket subprotocol (never in a URL a proxy logs), it
// carries no name (the app learns its name from the relay), and revoking a lurah revokes what she minted.
test("a lurah's invite chain: no token in any socket URL, names from the relay, who minted each invite, and a revocation from the top", async ({ browser, relay, workspace }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const lurah = new AppPage(await contexts[0]!.newPage(), relay.url);
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
  await new RosterPage(lurah.page).addHousehold({ kepala: "Fransiskus Lake", rt: "1", rw: "1" });
  await lurah.openTab("Undangan");
  const lurahInvites = new InvitesPage(lurah.page);
  const sekdesLink = await lurahInvites.createInvite("lurah", "Sekdes Budi");

  const sekdes = new AppPage(await contexts[1]!.newPage(), relay.url);
  await sekdes.page.goto(sekdesLink);
  await sekdes.expectSynced();
  await sekdes.openTab("Undangan");
  const kaderLink = await new InvitesPage(sekdes.page).createInvite("kader", "Ibu Bidan Ani");

  const kaderPage = await contexts[2]!.newPage();
  const socketUrls: string[] = [];
  kaderPage.on("websocket", (ws) => socketUrls.push(ws.url()));
  const kader = new AppPage(kaderPage, relay.url);
  await kaderPage.goto(kaderLink);
  await new RosterPage(kaderPage).expectNames(["Fransiskus Lake"]);
  await kader.expectSynced();
  // every document's socket, and none with the token in its URL: it went in the subprotocol list
  expect(socketUrls.length).toBeGreaterThanOrEqual(3);
  for (const url of socketUrls) expect(url).toMatch(new RegExp(`/sync/${workspace}/[a-z]+$`));
  // the token has no name in it, yet the app knows its holder: the relay told it
  const token = decodeURIComponent(kaderLink.split("token=")[1]!);
  expect(Buffer.from(token.split(".")[1]!, "base64url").toString()).not.toContain("Bidan");
  await kader.openMenu();
  await expect(kader.menu()).toContainText("Ibu Bidan Ani");

  // the first lurah sees who minted each invite, and that revoking the Sekdes takes the kader with it
  await lurah.page.reload();
  await expect(lurahInvites.mintedBy("Sekdes Budi")).toHaveText("dibuat oleh Pak Lurah");
  await expect(lurahInvites.mintedBy("Ibu Bidan Ani")).toHaveText("dibuat oleh Sekdes Budi");
  await expect(lurahInvites.revokeButton("Sekdes Budi")).toHaveText("Cabut (juga 1 undangan yang dibuatnya)");
  await lurahInvites.revokeButton("Sekdes Budi").click();
  await expect(lurahInvites.notice()).toHaveText("1 undangan yang dibuat orang itu ikut dicabut.");
  await expect(kader.accessScreen().getByRole("heading")).toHaveText("Akses Anda dicabut");
  await expect(sekdes.accessScreen().getByRole("heading")).toHaveText("Akses Anda dicabut");
  await expect(lurahInvites.item("Ibu Bidan Ani")).toContainText("dicabut");
  await Promise.all(contexts.map((c) => c.close()));
});
