import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { MapPage } from "./pages/MapPage.ts";

/**
 * Issue 14, item 14: the map's zoom buttons said "Zoom in" / "Zoom out" inside a Bahasa screen (MapLibre's
 * own English). MapLibre is given the app's texts, in the language the app is in, and follows a switch.
 */
test("the map's zoom buttons and its name for screen readers are in Bahasa Indonesia, and in English after the language switch", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  const map = new MapPage(page);
  await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await app.openTab("Peta");
  await map.expectReady();
  await expect(map.control("Perbesar")).toBeVisible();
  await expect(map.control("Perkecil")).toBeVisible();
  await expect(map.control(/zoom/i)).toHaveCount(0);
  await expect(map.surface()).toHaveAccessibleName("Peta");

  await app.switchLanguage("English");
  await map.expectReady();
  await expect(map.control("Zoom in")).toBeVisible();
  await expect(map.control("Zoom out")).toBeVisible();
  await expect(map.surface()).toHaveAccessibleName("Map");

  await app.switchLanguage("Bahasa Indonesia");
  await map.expectReady();
  await expect(map.control("Perbesar")).toBeVisible();
});
