import { test, expect } from "./support/fixtures.ts";
import { kaderOnGeneratedRoster } from "./support/relayWithRoster.ts";

test.use({ viewport: { width: 412, height: 700 } });

const FAMILIES = 300;

/**
 * The roster renders only the rows on screen (web/src/features/roster/rowWindow.ts): on a phone
 * the table starts low on the page, so the rows below the screen's edge are left out until the
 * page scrolls. Whatever scrolls, the page or the table, no row on screen may be blank.
 */
test("on a phone the roster shows a family in every row on screen as the page and the table scroll", async ({ page, workspace }) => {
  const { relay, roster } = await kaderOnGeneratedRoster(page, workspace, FAMILIES);
  try {
    await expect.poll(() => roster.blankRowsOnScreen()).toBe(0);
    const before = await roster.rows().count();

    // the page scrolls the table's lower part into view: rows appear there
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => roster.blankRowsOnScreen()).toBe(0);
    expect(await roster.rows().count()).toBeGreaterThan(before);

    // the table scrolls to its middle and to its end
    const scroller = page.getByTestId("roster-scroller");
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await expect.poll(() => roster.blankRowsOnScreen()).toBe(0);
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => roster.blankRowsOnScreen()).toBe(0);
    await expect(roster.rowAt(FAMILIES - 1)).toBeVisible();

    // back at the top of the page, the rows scrolled past stay shown
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => roster.blankRowsOnScreen()).toBe(0);
  } finally {
    await relay.dispose();
  }
});

test("on a phone held sideways, where the table starts below the screen's edge, its first rows are there and fill in as the page scrolls", async ({ page, workspace }) => {
  await page.setViewportSize({ width: 740, height: 360 });
  const { relay, roster } = await kaderOnGeneratedRoster(page, workspace, FAMILIES);
  try {
    const scrollerTop = await page.getByTestId("roster-scroller").evaluate((el) => el.getBoundingClientRect().top);
    expect(scrollerTop).toBeGreaterThan(360); // the premise: the table starts below the screen
    await expect.poll(() => roster.rows().count()).toBeGreaterThan(2); // a screen reader still finds families
    await expect(roster.rowAt(0)).toHaveCount(1);
    await page.getByTestId("roster-scroller").scrollIntoViewIfNeeded();
    await expect.poll(() => roster.blankRowsOnScreen()).toBe(0);
  } finally {
    await relay.dispose();
  }
});

/**
 * A family keeps its row element while it stays on screen (web/src/features/roster/rowSlots.ts):
 * rows scrolled into view take the elements of the rows scrolled out, so the DOM's order is
 * not the list's. Drawn top to bottom and read by a screen reader, the rows are in list order.
 */
test("rows scrolled into view reuse the rows scrolled out, and are drawn and read out in the list's order", async ({ page, workspace }) => {
  const { relay, roster } = await kaderOnGeneratedRoster(page, workspace, FAMILIES);
  try {
    const scroller = page.getByTestId("roster-scroller");
    await scroller.scrollIntoViewIfNeeded();
    await expect.poll(() => roster.blankRowsOnScreen()).toBe(0);
    const rowHeight = await roster.rowHeight();
    await scroller.evaluate((el, by) => el.scrollBy(0, by), 3 * rowHeight);
    await expect(roster.rowAt(0)).toHaveCount(0);
    await expect.poll(() => roster.blankRowsOnScreen()).toBe(0);

    const inDom = await roster.rows().evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-index"))));
    const inOrder = [...inDom].sort((a, b) => a - b);
    expect(inOrder).toEqual(Array.from({ length: inOrder.length }, (_, i) => inOrder[0]! + i));
    expect(inDom).not.toEqual(inOrder); // the premise: elements were reused, out of order
    expect(await roster.positionsAsDrawn()).toEqual(inOrder);
    expect(await roster.positionsAsScreenReaderReads()).toEqual(inOrder);
  } finally {
    await relay.dispose();
  }
});
