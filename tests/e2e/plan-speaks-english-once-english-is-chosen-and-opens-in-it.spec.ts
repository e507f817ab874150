import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { PlanPage } from "./pages/PlanPage.ts";

/**
 * The plan's words are in two places: its tab and a board card's line in the app's dictionary (planCore), the
 * screen's own in its chunk, whose English (i18n/plan.en.ts) is a chunk of its own. English chosen on the screen
 * shows the screen in English; a device that starts in English opens the plan in English from its first paint.
 */
test("the plan speaks English once English is chosen, and a device started in English opens it in English from its first paint", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  const plan = new PlanPage(page);
  await app.join(relay.token(workspace, "lurah", { name: "Pak Lurah Yohanes" }));
  await plan.open(app);
  await expect(plan.title()).toHaveText(/^Rencana Kerja \d{4}$/);
  await plan.addActivity("Kelas ibu hamil");
  await expect(plan.editor()).toContainText("Kegiatan (apa)");

  // switched on the screen: the tab (planCore), the screen's words and the open activity's fields follow
  await app.switchLanguage("English");
  await expect(app.tabs().getByRole("link", { name: "Plan", exact: true })).toBeVisible();
  await expect(plan.title()).toHaveText(/^Work plan \d{4}$/);
  await expect(page.getByTestId("add-activity")).toHaveText("Add activity");
  await expect(plan.editor()).toContainText("Activity (what)");
  await expect(plan.editor()).toContainText("Target group (for whom)");
  await expect(plan.editor().getByTestId("plan-months")).toContainText("May");
  await expect(plan.summary()).toContainText("Budget");
  await expect(plan.editor()).not.toContainText("Kegiatan (apa)");

  // started in English (the choice is remembered): the first title the screen paints is already English
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { planTitles: string[] }).planTitles = []);
    new MutationObserver(() => {
      const title = document.querySelector('[data-testid="plan-title"]')?.textContent;
      if (title && seen.at(-1) !== title) seen.push(title);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.reload();
  await expect(plan.title()).toHaveText(/^Work plan \d{4}$/);
  await expect(plan.editor()).toContainText("Activity (what)");
  const titles = await page.evaluate(() => (window as unknown as { planTitles: string[] }).planTitles);
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.filter((t) => !/^Work plan \d{4}$/.test(t))).toEqual([]);

  // and back to Bahasa
  await app.switchLanguage("Bahasa Indonesia");
  await expect(plan.title()).toHaveText(/^Rencana Kerja \d{4}$/);
  await expect(app.tabs().getByRole("link", { name: "Rencana", exact: true })).toBeVisible();
});
