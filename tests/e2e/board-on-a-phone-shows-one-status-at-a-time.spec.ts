import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { BoardPage } from "./pages/BoardPage.ts";
import { reviewScreenshot } from "./support/reviewScreenshot.ts";

test.use({ viewport: { width: 412, height: 915 } });


/**
 * Issue 14, item 11: on a phone the board was five Kanban columns in a sideways strip with clipped
 * inputs, and its view switches looked like its actions. A phone shows one status at a time, picked in
 * a switcher that counts each status's cards; the views are one segmented control; nothing reaches
 * past the screen's edges.
 */
test("on a phone the board shows one status at a time with a switcher that counts the cards, and nothing past the screen's edges", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  const board = new BoardPage(page);
  await app.join(relay.token(workspace, "lurah", { name: "Pak Hasan" }));
  await board.open();

  // the views are one segmented control: its segments sit side by side on one line, joined by a hairline (the old
  // buttons stood 5 px apart and looked like the actions)
  await expect(board.viewTabs()).toHaveText(["Papan", "Kebutuhan belum tertangani"]);
  const segments = await board.viewTabs().evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), left: Math.round(r.left), right: Math.round(r.right) })));
  expect(segments[1]!.top).toBe(segments[0]!.top);
  expect(segments[1]!.left - segments[0]!.right).toBeGreaterThanOrEqual(0);
  expect(segments[1]!.left - segments[0]!.right).toBeLessThanOrEqual(1);

  await board.addIntervention({ title: "Jamban sehat RT 03", agency: "DINSOS", domain: "pantas_tempat_tinggal", rt: "3", rw: "1", funding: "APBD" });
  await board.addIntervention({ title: "Kelas ibu hamil", agency: "DINKES", domain: "pantas_sehat", rt: "5", rw: "1" });
  await board.addIntervention({ title: "Pemberian makanan tambahan balita", agency: "DINKES", domain: "pantas_pangan", rt: "1", rw: "1" });
  await board.move("Jamban sehat RT 03", "Diklaim");
  await board.showStatus("claimed");
  await board.move("Jamban sehat RT 03", "Berjalan");
  await board.showStatus("open");
  await board.move("Kelas ibu hamil", "Diklaim");

  // one column at a time; the switcher counts every status
  await expect(board.statusTabs()).toHaveText(["Terbuka 1", "Diklaim 1", "Berjalan 1", "Tersalurkan 0", "Diterima dan dimanfaatkan 0"]);
  await expect.poll(() => board.visibleColumns()).toEqual(["open"]);
  await expect(board.column("open").getByTestId("intervention-card")).toHaveText([/Pemberian makanan tambahan balita/]);
  await board.showStatus("in_progress");
  await expect.poll(() => board.visibleColumns()).toEqual(["in_progress"]);
  await expect(board.card("Jamban sehat RT 03")).toBeVisible();
  await expect(board.card("Kelas ibu hamil")).toBeHidden();

  // the filters (folded on a phone) narrow the cards the switcher counts
  await expect(page.getByTestId("board-filters")).toBeHidden();
  await board.filter({ rt: "5" });
  await expect(board.statusTabs()).toHaveText(["Terbuka 0", "Diklaim 1", "Berjalan 0", "Tersalurkan 0", "Diterima dan dimanfaatkan 0"]);
  await expect(page.getByTestId("board-filter-toggle")).toHaveText("Filter (1 aktif)");

  // filters, the add form's fields, the cards' buttons and comment box: all within the screen
  expect(await board.controlsOffScreen()).toEqual([]);
  await board.filter({ rt: "" });
  await board.showStatus("claimed");
  await page.getByTestId("add-intervention").click();
  await expect(page.getByTestId("intervention-form")).toBeVisible();
  expect(await board.controlsOffScreen()).toEqual([]);
  await page.getByTestId("intervention-form").getByRole("button", { name: "Batal" }).click();
  await page.getByTestId("board-filter-toggle").click();
  await expect(page.getByTestId("board-filters")).toBeHidden();
  await page.getByTestId("board-page").scrollIntoViewIfNeeded();
  await reviewScreenshot(page, "board-phone");

  // a laptop shows all five columns side by side
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect.poll(() => board.visibleColumns()).toEqual(["open", "claimed", "in_progress", "delivered", "verified"]);
  await expect(page.getByTestId("status-switch")).toBeHidden();
  await page.screenshot({ path: test.info().outputPath("board-laptop.png") });
});
