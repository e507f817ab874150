import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";

const PHONE = { width: 412, height: 915 };

test("an OPD liaison and a pemantau land on the board, from the link, the home screen and a URL of a tab they may not open", async ({ browser, relay, workspace }) => {
  for (const [role, extra] of [
    ["opd", { opd: "DINKES", name: "Dinkes: Ibu Maria" }],
    ["viewer", { name: "Camat (pemantau)" }],
  ] as const) {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const app = new AppPage(page, relay.url);

    // the invite link
    await app.join(relay.token(workspace, role, extra));
    await expect(page).toHaveURL(new RegExp(`#/w/${workspace}/papan$`));
    await expect(page.getByTestId("board-page")).toBeVisible();
    await expect(app.tabs().getByRole("link", { name: "Papan" })).toHaveAttribute("aria-current", "page");
    await expect(app.tabs().getByRole("link", { name: "Keluarga" })).toHaveCount(0);

    // the home screen's link to the workspace
    await page.goto(`${relay.url}/#/`);
    await page.getByRole("link", { name: workspace }).click();
    await expect(page).toHaveURL(new RegExp(`#/w/${workspace}/papan$`));
    await expect(page.getByTestId("board-page")).toBeVisible();

    // a bookmark of the roster (a tab this role may not open), an unknown tab, or none: the board instead
    for (const path of ["keluarga", "keluarga/abc", "entah", ""]) {
      await page.goto(`${relay.url}/#/w/${workspace}/${path}`);
      await expect(page).toHaveURL(new RegExp(`#/w/${workspace}/papan$`));
      await expect(page.getByTestId("board-page")).toBeVisible();
    }
    await context.close();
  }
});
