import { mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { expect, it } from "vitest";
import { startRelay } from "./support/relay.ts";
import { tempDataDir } from "./support/tempDir.ts";

/** fetch() normalises "..", so traversal is checked with a raw request line. */
function rawGet(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

it("the built PWA is served with content types, cache headers, an HTML fallback and no path traversal", async () => {
  const dist = tempDataDir();
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>Rembuk</title>");
  writeFileSync(join(dist, "sw.js"), "self.addEventListener('install', () => {});");
  writeFileSync(join(dist, "manifest.webmanifest"), "{}");
  writeFileSync(join(dist, "icon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log(1)");
  writeFileSync(join(dist, "assets", "index-abc123.css"), "body{}");
  const { httpUrl, port } = await startRelay({ staticDir: dist });

  const get = (path: string, accept = "*/*") => fetch(`${httpUrl}${path}`, { headers: { accept } });
  const index = await get("/");
  expect(index.status).toBe(200);
  expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(index.headers.get("cache-control")).toBe("no-cache");
  expect((await get("/sw.js")).headers.get("cache-control")).toBe("no-cache");
  const manifest = await get("/manifest.webmanifest");
  expect(manifest.headers.get("content-type")).toBe("application/manifest+json; charset=utf-8");
  expect(manifest.headers.get("cache-control")).toBe("no-cache");
  expect((await get("/icon.svg")).headers.get("content-type")).toBe("image/svg+xml");
  const js = await get("/assets/index-abc123.js");
  expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  expect((await get("/assets/index-abc123.css")).headers.get("content-type")).toBe("text/css; charset=utf-8");

  const route = await get("/keluarga/123", "text/html,application/xhtml+xml");
  expect(route.status).toBe(200);
  expect(await route.text()).toContain("<title>Rembuk</title>");
  expect((await get("/missing.js")).status).toBe(404);

  expect(await rawGet(port, "/../../etc/passwd")).toBe(403);
  expect(await rawGet(port, "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd")).toBe(403);
  const health = await get("/healthz");
  expect(await health.json()).toMatchObject({ ok: true, rooms: 0, connections: 0, droppedUpdates: 0 });
});
