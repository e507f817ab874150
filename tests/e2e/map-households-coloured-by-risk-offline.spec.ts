import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { HouseholdLocationPanel, MapPage } from "./pages/MapPage.ts";
import { iso } from "./support/dates.ts";

const monthsAgo = (months: number) => {
  const d = new Date();
  d.setMonth(d.getMonth() - months, d.getDate() - 3);
  return d;
};

// three houses about 150 m apart in Kupang
const PLACES = {
  "Ahmad Dahlan": { latitude: -10.17, longitude: 123.6, accuracy: 12 },
  "Budi Santoso": { latitude: -10.1712, longitude: 123.6011, accuracy: 30 },
  "Citra Lestari": { latitude: -10.1695, longitude: 123.6014, accuracy: 8 },
};

test("the map opens offline with families as points coloured by risk, clustered when zoomed out, filtered like the roster", async ({ browser, relay, workspace }, info) => {
  const context = await browser.newContext({ permissions: ["geolocation"], geolocation: PLACES["Ahmad Dahlan"] });
  const page = await context.newPage();
  const app = new AppPage(page, relay.url);
  const roster = new RosterPage(page);
  const household = new HouseholdPage(page);
  const location = new HouseholdLocationPanel(page);
  const map = new MapPage(page);
  await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));

  const ids: Record<string, string> = {};
  for (const [kepala, rt] of [["Ahmad Dahlan", "1"], ["Budi Santoso", "1"], ["Citra Lestari", "2"]] as const) {
    await roster.addHousehold({ kepala, rt, rw: "1" });
    await household.openFromRoster(kepala);
    ids[kepala] = (await household.root().getAttribute("data-id"))!;
    await context.setGeolocation(PLACES[kepala]);
    await expect(location.root().getByTestId("location-none")).toBeVisible();
    const shown = await location.useMyLocation();
    expect(shown).toContain(`ketelitian ± ${PLACES[kepala].accuracy} m`);
    await expect(location.coords()).toHaveText(`${PLACES[kepala].latitude.toFixed(6)}, ${PLACES[kepala].longitude.toFixed(6)}`);
    if (kepala === "Ahmad Dahlan") {
      // a child of 18 months measured at 70 cm: stunted
      await household.addMember({ nama: "Ana Dahlan", relation: "anak", sex: "F", birthDate: iso(monthsAgo(18)) });
      const form = await household.addMeasurement("Ana Dahlan", { lengthCm: "70", weightKg: "8,1" });
      await form.getByRole("button", { name: "Simpan" }).click();
      await expect(form).toHaveCount(0);
    }
    if (kepala === "Budi Santoso") {
      // a baduta and no toilet: a KRS family
      await household.addMember({ nama: "Bayu Santoso", relation: "anak", sex: "M", birthDate: iso(monthsAgo(10)) });
      await household.editHousehold({ jamban: "tidak_ada" });
      await expect(household.krsReason()).toHaveText("Berisiko: jamban tidak layak");
    }
    await page.getByTestId("back-to-roster").click();
  }
  await app.expectSynced();
  await app.waitForOfflineReady();
  // the map was never opened online: its chunk, left out of the install, is cached once the app is idle
  await app.waitForDeferredChunksCached();

  // Really offline: the relay (which served the app) is gone and the browser is cut off.
  await relay.stop();
  await context.setOffline(true);
  await page.reload();
  await app.openTab("Peta");
  await map.expectReady();
  await expect(page.getByTestId("map-count")).toHaveText("3 keluarga di peta · 0 belum punya lokasi");
  await expect
    .poll(() => map.renderedPoints())
    .toEqual(
      [
        { id: ids["Ahmad Dahlan"]!, status: "stunting" },
        { id: ids["Budi Santoso"]!, status: "krs" },
        { id: ids["Citra Lestari"]!, status: "other" },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
  await expect(page.getByTestId("map-legend")).toContainText("Ada anak stunting");
  await info.attach("peta-offline", { body: await page.getByTestId("map-page").screenshot(), contentType: "image/png" });

  // a tap on a point shows the family's summary and the way to its page
  const ahmad = PLACES["Ahmad Dahlan"];
  await map.tapAt(ahmad.longitude, ahmad.latitude);
  await expect(map.selected().getByTestId("map-selected-name")).toHaveText("Ahmad Dahlan");
  await expect(map.selected().getByTestId("map-open-household")).toHaveAttribute("href", new RegExp(`/keluarga/${ids["Ahmad Dahlan"]}$`));

  // zoomed out, the three houses are one cluster with its count as an HTML label (no remote glyphs)
  await map.zoomTo(11);
  await expect.poll(() => map.renderedClusters()).toEqual([3]);
  await expect(page.getByTestId("map-cluster-label")).toHaveText("3");
  await map.zoomTo(17);

  // the filter is the roster's: stunting only on the map, and the roster shows the same
  await page.getByTestId("filter-stunting").selectOption("any");
  await expect.poll(() => map.renderedPoints()).toEqual([{ id: ids["Ahmad Dahlan"]!, status: "stunting" }]);
  await app.openTab("Keluarga");
  await roster.expectNames(["Ahmad Dahlan"]);
  await context.close();
});
