import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { HouseholdLocationPanel, MapPage } from "./pages/MapPage.ts";

test("a kader taps the map to set a family's location and another kader's phone shows it; removing it reaches them too", async ({ browser, relay, workspace }) => {
  const phoneA = await browser.newContext();
  const phoneB = await browser.newContext();
  const a = new AppPage(await phoneA.newPage(), relay.url);
  const b = new AppPage(await phoneB.newPage(), relay.url);
  await a.join(relay.token(workspace, "kader", { name: "Kader Ani" }));
  await b.join(relay.token(workspace, "kader", { name: "Kader Budi" }));

  await new RosterPage(a.page).addHousehold({ kepala: "Dewi Sartika", rt: "4", rw: "2" });
  await new HouseholdPage(a.page).openFromRoster("Dewi Sartika");
  await a.page.getByTestId("location-pick").click();

  const map = new MapPage(a.page);
  await map.expectReady();
  await expect(a.page.getByTestId("map-pick")).toContainText("Tetapkan lokasi untuk Dewi Sartika");
  // a new village: no basemap, no RT areas, no other located family, no kode wilayah: GPS is urged,
  // and a tap is saved only once confirmed
  await expect(a.page.getByTestId("map-pick-blank")).toBeVisible();
  const centre = await a.page.evaluate(() => window.__rembukMap!.getCenter());
  await map.tapCentre();
  await expect(map.check()).toHaveAttribute("data-verdict", "unchecked");
  await expect(map.check()).toContainText("tidak dapat diperiksa");
  await map.confirmPick();
  await a.page.getByTestId("map-pick-done").click();
  const locA = new HouseholdLocationPanel(a.page);
  await expect(locA.coords()).toBeVisible();
  const where = await locA.coords().textContent();
  // the location is where the map was tapped: its centre, give or take a pixel at this zoom
  const [lat, lon] = where!.split(", ").map(Number);
  expect(Math.abs(lat! - centre.lat)).toBeLessThan(0.2);
  expect(Math.abs(lon! - centre.lng)).toBeLessThan(0.2);

  await new RosterPage(b.page).expectNames(["Dewi Sartika"]);
  await new HouseholdPage(b.page).openFromRoster("Dewi Sartika");
  const locB = new HouseholdLocationPanel(b.page);
  await expect(locB.coords()).toHaveText(where!);

  await a.page.getByTestId("location-remove").click();
  await expect(locA.root().getByTestId("location-none")).toBeVisible();
  await expect(locB.root().getByTestId("location-none")).toBeVisible();
  await phoneA.close();
  await phoneB.close();
});
