import { test } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { InvitesPage } from "./pages/InvitesPage.ts";
test("shot", async ({ browser, relay, workspace }) => {
  for (const [w, h] of [[412, 915], [1366, 768]] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h } });
    const app = new AppPage(await ctx.newPage(), relay.url);
    await app.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
    await app.openTab("Undangan");
    await new InvitesPage(app.page).createInvite("kader", "Ibu Bidan Ani");
    await app.page.getByTestId("invite-qr").waitFor();
    await app.page.getByTestId("invite-created").screenshot({ path: `/tmp/shots/invite-${w}.png` });
    await ctx.close();
  }
});
