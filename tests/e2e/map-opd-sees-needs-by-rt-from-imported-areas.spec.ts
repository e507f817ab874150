import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { BoardPage } from "./pages/BoardPage.ts";
import { MapPage } from "./pages/MapPage.ts";

const square = (x: number, y: number, d: number) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];
const areas = {
  type: "FeatureCollection",
  features: [
    // RT numbers repeat across a desa's RWs: RT 1 of RW 1 and RT 1 of RW 2 are two areas
    { type: "Feature", properties: { rt: "001", rw: "001", nama: "RT Satu" }, geometry: { type: "Polygon", coordinates: square(123.6, -10.17, 0.004) } },
    { type: "Feature", properties: { rt: "001", rw: "002", nama: "RT Satu RW Dua" }, geometry: { type: "Polygon", coordinates: square(123.604, -10.166, 0.003) } },
    { type: "Feature", properties: { kind: "batas" }, geometry: { type: "Polygon", coordinates: square(123.598, -10.172, 0.01) } },
  ],
};
const file = (name: string, body: string) => ({ name, mimeType: "application/geo+json", buffer: Buffer.from(body) });

test("the lurah imports RT areas (a broken file changes nothing) and an OPD liaison, without the roster, sees the need at its RT", async ({ browser, relay, workspace }) => {
  const lurahCtx = await browser.newContext();
  const opdCtx = await browser.newContext();
  const lurah = new AppPage(await lurahCtx.newPage(), relay.url);
  const opd = new AppPage(await opdCtx.newPage(), relay.url);
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
  await opd.join(relay.token(workspace, "opd", { opd: "DLHK", name: "Dina DLHK" }));

  await lurah.openTab("Peta");
  const lurahMap = new MapPage(lurah.page);
  await lurahMap.expectReady();
  await lurah.page.getByTestId("map-areas").locator("summary").click();
  await lurah.page.getByTestId("areas-file").setInputFiles(file("rt.geojson", JSON.stringify(areas)));
  await expect(lurah.page.getByTestId("areas-done")).toHaveText("3 area diimpor.");
  await lurah.page.getByTestId("areas-file").setInputFiles(file("rusak.geojson", JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [1, 2] } }] })));
  await expect(lurah.page.getByTestId("areas-problems").locator("li")).toHaveText([
    "Area ke-1: bentuknya Point; hanya Polygon atau MultiPolygon yang diterima.",
    "Tidak ada yang diubah; area yang lama tetap tersimpan.",
  ]);
  await expect(lurah.page.getByTestId("map-areas").locator("summary")).toContainText("3 area tersimpan");

  // a need published for a family of RT 1 (the lurah also keeps the roster)
  await lurah.openTab("Keluarga");
  await new RosterPage(lurah.page).addHousehold({ kepala: "Budi Santoso", rt: "1", rw: "1" });
  const household = new HouseholdPage(lurah.page);
  await household.openFromRoster("Budi Santoso");
  await household.editHousehold({ jamban: "tidak_ada" });
  const wifeBorn = new Date();
  wifeBorn.setFullYear(wifeBorn.getFullYear() - 36, wifeBorn.getMonth() - 3);
  await household.addMember({ nama: "Sari Santoso", relation: "istri", sex: "F", birthDate: wifeBorn.toISOString().slice(0, 10) });
  await new BoardPage(lurah.page).publishFromHousehold("jamban tidak layak");

  await opd.openTab("Peta");
  const opdMap = new MapPage(opd.page);
  await opdMap.expectReady();
  await expect(opd.page.getByTestId("map-opd-note")).toBeVisible();
  await expect(opd.page.getByTestId("roster-search")).toHaveCount(0);
  await expect.poll(() => opdMap.renderedPoints()).toEqual([{ id: "rt-1/1", status: "unmet" }]);
  // at the centroid of RT 1 of RW 1's area (not RW 2's), never at a house
  await opdMap.tapAt(123.602, -10.168);
  await expect(opdMap.selected()).toContainText("RT 1/RW 1: 1 belum, 0 sudah terpenuhi");
  await expect(opdMap.selected().getByTestId("map-need")).toContainText("jamban tidak layak");
  await lurahCtx.close();
  await opdCtx.close();
});
