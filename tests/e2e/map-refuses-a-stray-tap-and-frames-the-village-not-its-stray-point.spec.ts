import { join } from "node:path";
import * as Y from "yjs";
import { addHousehold, writeProfile } from "@shared/crdt/index.ts";
import { emptyHousehold, roomName } from "@shared/model/index.ts";
import { SqliteStorage } from "../../relay/src/storage/sqlite.ts";
import { test, expect } from "./support/fixtures.ts";
import { RelayProcess } from "./support/relayProcess.ts";
import { AppPage } from "./pages/AppPage.ts";
import { MapPage } from "./pages/MapPage.ts";

// Kelurahan Namosain, Kota Kupang (53.71.01.1001): five located families, and one whose house a
// blank map once put in Kalimantan (Samarinda), as issue 14 reports.
const VILLAGE: Array<[string, number, number]> = [
  ["Fransiskus Lake", -10.16, 123.57],
  ["Maria Ndun", -10.161, 123.571],
  ["Yakobus Tefa", -10.159, 123.569],
  ["Sarlince Bana", -10.162, 123.572],
  ["Agustina Lau", -10.158, 123.568],
];
const STRAY = { kepala: "Yohanes Benu", lat: -0.5, lon: 117.15 };
const CENTRE = { lat: -10.16, lon: 123.57 };

async function relayWithVillage(workspace: string): Promise<RelayProcess> {
  const relay = new RelayProcess();
  const roster = new Y.Doc();
  const at = new Date("2026-11-01T00:00:00Z");
  VILLAGE.forEach(([kepala, lat, lon], i) => addHousehold(roster, `h${i}`, { ...emptyHousehold(), kepala, rt: 3, rw: 1, lat, lon }, at));
  addHousehold(roster, "hstray", { ...emptyHousehold(), kepala: STRAY.kepala, rt: 4, rw: 1, lat: STRAY.lat, lon: STRAY.lon }, at);
  const meta = new Y.Doc();
  writeProfile(meta, { name: "Kelurahan Namosain", kodeWilayah: "53.71.01.1001" });
  const storage = new SqliteStorage(join(relay.dataDir, "rembuk.sqlite"));
  storage.appendUpdate(roomName(workspace, "roster"), Y.encodeStateAsUpdate(roster));
  storage.appendUpdate(roomName(workspace, "meta"), Y.encodeStateAsUpdate(meta));
  storage.close();
  await relay.start();
  return relay;
}

test("on a phone the map frames the village, not its stray point, lists the stray as doubtful, refuses a tap far away and saves a near one once confirmed", async ({ browser, workspace }) => {
  const relay = await relayWithVillage(workspace);
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
    const app = new AppPage(await context.newPage(), relay.url);
    await app.join(relay.token(workspace, "kader", { name: "Kader Ani" }));
    await app.openTab("Peta");
    const map = new MapPage(app.page);
    await map.expectReady();

    // framed on the village: Kalimantan is off screen; the stray family is listed for the pokja
    await expect.poll(() => map.shows(CENTRE.lon, CENTRE.lat)).toBe(true);
    expect(await map.shows(STRAY.lon, STRAY.lat)).toBe(false);
    await expect(map.doubtful()).toHaveCount(1);
    await expect(map.doubtful()).toContainText(STRAY.kepala);

    // panned away, "Pusatkan ke desa" brings the village back
    await map.jumpTo(118, -2, 4);
    expect(await map.shows(STRAY.lon, STRAY.lat)).toBe(true);
    await app.page.getByTestId("map-recentre").click();
    await expect.poll(() => map.shows(STRAY.lon, STRAY.lat)).toBe(false);
    await expect.poll(() => map.shows(CENTRE.lon, CENTRE.lat)).toBe(true);

    // fixing the stray family: a tap far from the village is refused and saves nothing
    await map.doubtful().getByTestId("doubtful-fix").click();
    await expect(app.page.getByTestId("map-pick")).toContainText(`Tetapkan lokasi untuk ${STRAY.kepala}`);
    await map.jumpTo(120, -5, 5);
    await map.tapAt(119.9, -5.1); // Sulawesi Selatan: outside Nusa Tenggara Timur, the kode wilayah's province
    await expect(map.check()).toHaveAttribute("data-verdict", "far");
    await expect(map.check()).toContainText("Di luar Provinsi Nusa Tenggara Timur");
    await expect(map.check()).toContainText("Lokasi tidak disimpan");
    await expect(app.page.getByTestId("map-pick-confirm")).toHaveCount(0);
    await map.jumpTo(123.9, -10.2, 9);
    await map.tapAt(123.9, -10.2); // in the province, 36 km from the nearest family
    await expect(map.check()).toHaveAttribute("data-verdict", "far");
    await expect(map.check()).toContainText("dari keluarga terdekat desa ini (batas 10 km)");
    await expect(app.page.getByTestId("map-pick-confirm")).toHaveCount(0);

    // a tap among the families says how far it is from them, and is saved only when confirmed
    await app.page.getByTestId("map-recentre").click();
    await expect.poll(() => map.shows(CENTRE.lon, CENTRE.lat)).toBe(true);
    await map.tapAt(123.5705, -10.1605);
    await expect(map.check()).toHaveAttribute("data-verdict", "nearFamilies");
    await expect(map.check()).toContainText("m dari keluarga terdekat yang sudah punya lokasi (5 keluarga)");
    await expect(map.doubtful()).toHaveCount(0); // (the list is hidden while placing)
    await map.confirmPick();

    await app.page.getByTestId("map-pick-done").click();
    await expect(app.page.getByTestId("location-coords")).toBeVisible();
    const [lat, lon] = ((await app.page.getByTestId("location-coords").textContent()) ?? "").split(", ").map(Number);
    expect(Math.abs(lat! - -10.1605)).toBeLessThan(0.001);
    expect(Math.abs(lon! - 123.5705)).toBeLessThan(0.001);
    await app.openTab("Peta");
    await map.expectReady();
    await expect(app.page.getByTestId("map-count")).toContainText("6 keluarga di peta");
    await expect(map.doubtful()).toHaveCount(0);
    await context.close();
  } finally {
    await relay.dispose();
  }
});
