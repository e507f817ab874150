import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { MapPage } from "./pages/MapPage.ts";
import { firstLoadFiles, modulesMatching } from "../../scripts/vite/chunkGraph.ts";
import { deferredFromHtml, precacheEntries, readChunkReport, servedSize, total } from "../../scripts/vite/buildSizes.ts";

const dist = join(import.meta.dirname, "../../dist");
/** Issue 14, "the first load": the JavaScript a phone needs before the app paints, gzip, under 150 kB. */
const FIRST_LOAD_JS_GZIP_BUDGET = 150_000;
/** Code that loads only when its screen opens (the map; import, matching, irisan and report work). */
const LAZY_ONLY = [
  /^node_modules\/maplibre-gl\//,
  /^node_modules\/papaparse\//,
  /^node_modules\/read-excel-file\//,
  /^node_modules\/write-excel-file\//,
  /^shared\/src\/import\//,
  /^shared\/src\/rules\/matching\//,
  // the monthly report: its computation, screen, print view and export
  /^shared\/src\/rules\/report\//,
  /^web\/src\/features\/report\//,
  /^web\/src\/state\/monthlyReport\.ts$/,
];

test("the first load is under 150 kB gzip and holds neither the map nor the import, matching and monthly report code", () => {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const report = readChunkReport(dist);
  const firstLoad = firstLoadFiles(html, report);
  const firstJs = firstLoad.filter((f) => f.endsWith(".js"));
  // the build's own record of the chunks: the entry and the roster (the first screen) are in the first load
  expect(modulesMatching(report, firstJs, [/^web\/src\/main\.tsx$/]).length).toBe(1);
  expect(modulesMatching(report, firstJs, [/^web\/src\/features\/roster\/RosterPage\.tsx$/]).length).toBe(1);

  expect(modulesMatching(report, firstJs, LAZY_ONLY)).toEqual([]);
  const served = total(firstJs.map((f) => servedSize(dist, f)));
  expect(served.gzip, `first-load JavaScript: ${firstJs.join(", ")}`).toBeLessThan(FIRST_LOAD_JS_GZIP_BUDGET);
  expect(served.brotli).toBeLessThan(served.gzip);

  // maplibre-gl is in the build, in a lazy chunk the service worker does not install but the app caches later
  const mapChunks = report.chunks.filter((c) => c.modules.some((m) => m.bytes > 0 && m.id.startsWith("node_modules/maplibre-gl/")));
  expect(mapChunks.length).toBeGreaterThan(0);
  const precached = precacheEntries(dist).map((e) => e.url);
  expect(precached).toEqual(expect.arrayContaining(firstLoad));
  for (const chunk of mapChunks) {
    expect(firstLoad).not.toContain(chunk.file);
    expect(precached).not.toContain(chunk.file);
    expect(deferredFromHtml(html)).toEqual(expect.arrayContaining([chunk.file, ...chunk.css]));
  }
});

test("a first visit gets the app compressed and installs it without the map, whose chunk is cached once the app is ready offline", async ({ browser, relay, workspace }) => {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const mapFiles = deferredFromHtml(html);
  const installed = precacheEntries(dist).map((e) => e.url).filter((url) => url.startsWith("assets/"));
  expect(mapFiles.length).toBeGreaterThan(0);

  const context = await browser.newContext();
  const origin = new URL(relay.url).origin;
  const requests: Array<{ path: string; by: "page" | "service worker" }> = [];
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) requests.push({ path: url.pathname.slice(1), by: request.serviceWorker() ? "service worker" : "page" });
  });
  const encodings = new Map<string, { encoding: string | null; vary: string | null }>();
  context.on("response", async (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && !response.request().serviceWorker()) {
      encodings.set(url.pathname.slice(1), { encoding: await response.headerValue("content-encoding"), vary: await response.headerValue("vary") });
    }
  });
  // the documents cannot sync yet: the app is not ready offline, so nothing deferred may be fetched
  let syncAllowed = false;
  await context.routeWebSocket(/\/sync\//, (ws) => (syncAllowed ? ws.connectToServer() : ws.close()));
  const page = await context.newPage();
  const app = new AppPage(page, relay.url);
  await app.join(relay.token(workspace, "kader"));
  await app.waitForOfflineReady();

  // the service worker's install fetched the app (its requests are seen here) and not the map
  const byWorker = requests.filter((r) => r.by === "service worker").map((r) => r.path);
  expect(byWorker).toEqual(expect.arrayContaining(installed));
  expect(requests.filter((r) => mapFiles.includes(r.path))).toEqual([]);
  await expect(app.offlineReadyNotice()).toBeHidden();

  // the first chunk came compressed, with Vary so no cache hands it to a browser that cannot read it
  const entry = firstLoadFiles(html, readChunkReport(dist)).find((f) => f.endsWith(".js"))!;
  expect(["br", "gzip"]).toContain(encodings.get(entry)?.encoding);
  expect(encodings.get(entry)?.vary).toBe("Accept-Encoding");

  syncAllowed = true;
  await expect(app.offlineReadyNotice()).toBeVisible();
  await app.waitForDeferredChunksCached();
  expect(requests.filter((r) => mapFiles.includes(r.path)).map((r) => r.path).sort()).toEqual([...mapFiles].sort());
  await context.close();
});

test("a map opened before the app is ready offline is cached on that first use and opens with no network afterwards", async ({ browser, relay, workspace }) => {
  const context = await browser.newContext();
  // the documents never sync, so the idle warm-up never runs: only opening the map can cache it
  await context.routeWebSocket(/\/sync\//, (ws) => ws.close());
  const page = await context.newPage();
  const app = new AppPage(page, relay.url);
  const map = new MapPage(page);
  await app.join(relay.token(workspace, "kader"));
  await app.waitForOfflineReady();
  await app.openTab("Peta");
  await map.expectReady();
  await app.waitForDeferredChunksCached();

  await relay.stop();
  await context.setOffline(true);
  await page.reload();
  await app.openTab("Peta");
  await map.expectReady();
  await context.close();
});
