import { test, expect } from "./support/fixtures.ts";
import { kaderOnGeneratedRoster } from "./support/relayWithRoster.ts";

const FAMILIES = 300;

test("the roster search narrows key by key, finds nobody for a name not on the roster, keeps working after that, and the filters stay open while chosen", async ({ page, workspace }) => {
  const { relay, roster } = await kaderOnGeneratedRoster(page, workspace, FAMILIES);
  try {

    // every key narrows the rows (typed one at a time, as a person types)
    let shown = FAMILIES;
    for (const key of "maria") {
      await roster.search().press(key);
      await expect.poll(() => roster.shown()).toBeLessThanOrEqual(shown);
      shown = await roster.shown();
    }
    expect(shown).toBeGreaterThan(0);
    await expect(roster.rows().first()).toBeVisible();

    // a word on no family: no rows at all, then clearing brings every family back
    await roster.search().pressSequentially("qx");
    await expect(roster.count()).toHaveText(`0 dari ${FAMILIES} keluarga`);
    await expect(roster.rows()).toHaveCount(0);
    // the row elements kept as spares are hidden from screen readers: only the header row is a row
    await expect(page.getByTestId("roster-table").getByRole("row")).toHaveCount(1);
    await roster.search().clear();
    await expect(roster.count()).toHaveText(`${FAMILIES} dari ${FAMILIES} keluarga`);
    await expect(roster.rows().first()).toBeVisible();

    // scrolled to the end, a search that leaves a few families shows them, not an empty window
    await page.getByTestId("roster-scroller").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await roster.search().pressSequentially("rt 3");
    await expect.poll(() => roster.shown()).toBeGreaterThan(0);
    await expect(roster.rows().first()).toBeVisible();
    for (const cell of await roster.rows().locator("[role=cell]:nth-child(2)").allTextContents()) expect(cell).toMatch(/^3\//);
    await roster.search().clear();

    // choosing a factor and then "Semua" leaves the folded filters open under the person's finger
    await roster.openFilters();
    await page.getByTestId("filter-factor").selectOption("air_tidak_layak");
    await expect.poll(() => roster.shown()).toBeLessThan(FAMILIES);
    await page.getByTestId("filter-factor").selectOption("");
    await expect(roster.count()).toHaveText(`${FAMILIES} dari ${FAMILIES} keluarga`);
    await page.getByTestId("filter-krs").check();
    await expect.poll(() => roster.shown()).toBeLessThan(FAMILIES);
    await expect(roster.rows().first().getByTestId("krs-badge")).toBeVisible();
  } finally {
    await relay.dispose();
  }
});
