import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { precompressDir } from "../../scripts/vite/precompress.ts";
import { spawnRelay } from "./support/childRelay.ts";
import { tempDataDir } from "./support/tempDir.ts";

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request: fetch() would decompress and hide what went over the wire. */
function get(port: number, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Text that compresses the way a bundle does (repeated identifiers), large enough to be precompressed. */
const code = (name: string) => Array.from({ length: 400 }, (_, i) => `export function ${name}${i}(a,b){return a+b*${i}}`).join(";\n");

it("the relay sends the build's brotli or gzip copy by Accept-Encoding, with Vary, the file's type, the copy's length and the right caching", async () => {
  const dist = tempDataDir();
  mkdirSync(join(dist, "assets"));
  const files: Record<string, string | Buffer> = {
    "index.html": `<!doctype html><title>Rembuk</title>${"<p>Pokja Kampung KB</p>".repeat(100)}`,
    "sw.js": code("sw"),
    "manifest.webmanifest": JSON.stringify({ name: "Rembuk", description: "Ruang kerja pokja ".repeat(80) }),
    "assets/index-abc123.js": code("app"),
    "assets/index-abc123.css": ".roster{display:grid}\n".repeat(200),
    "icon-192.png": Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)),
  };
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dist, file), content);
  // the build's own step: the same function the vite plugin runs after the build
  const compressed = precompressDir(dist);
  expect(compressed.map((c) => c.file).sort()).toEqual(["assets/index-abc123.css", "assets/index-abc123.js", "index.html", "manifest.webmanifest", "sw.js"]);
  const relay = await spawnRelay(tempDataDir(), { STATIC_DIR: dist });
  const original = (file: string) => readFileSync(join(dist, file));

  const br = await get(relay.port, "/assets/index-abc123.js", { "accept-encoding": "gzip, deflate, br" });
  expect(br.status).toBe(200);
  expect(br.headers["content-encoding"]).toBe("br");
  expect(br.headers["vary"]).toBe("Accept-Encoding");
  expect(br.headers["content-type"]).toBe("text/javascript; charset=utf-8");
  expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(Number(br.headers["content-length"])).toBe(br.body.length);
  expect(br.body.length).toBe(statSync(join(dist, "assets/index-abc123.js.br")).size);
  expect(br.body.length).toBeLessThan(original("assets/index-abc123.js").length / 3);
  expect(brotliDecompressSync(br.body)).toEqual(original("assets/index-abc123.js"));

  const gzip = await get(relay.port, "/assets/index-abc123.js", { "accept-encoding": "br;q=0, gzip" });
  expect(gzip.headers["content-encoding"]).toBe("gzip");
  expect(gzip.headers["vary"]).toBe("Accept-Encoding");
  expect(Number(gzip.headers["content-length"])).toBe(gzip.body.length);
  expect(gunzipSync(gzip.body)).toEqual(original("assets/index-abc123.js"));
  expect(gzip.headers["etag"]).not.toBe(br.headers["etag"]);

  const plain = await get(relay.port, "/assets/index-abc123.js");
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.headers["vary"]).toBe("Accept-Encoding");
  expect(plain.body).toEqual(original("assets/index-abc123.js"));
  expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
  expect(new Set([plain.headers["etag"], gzip.headers["etag"], br.headers["etag"]]).size).toBe(3);

  const css = await get(relay.port, "/assets/index-abc123.css", { "accept-encoding": "gzip" });
  expect(css.headers["content-type"]).toBe("text/css; charset=utf-8");
  expect(gunzipSync(css.body).toString()).toBe(files["assets/index-abc123.css"]);

  // the files that decide which version runs are compressed too, and never cached long
  for (const [path, type] of [
    ["/sw.js", "text/javascript; charset=utf-8"],
    ["/index.html", "text/html; charset=utf-8"],
    ["/manifest.webmanifest", "application/manifest+json; charset=utf-8"],
  ] as const) {
    const res = await get(relay.port, path, { "accept-encoding": "br" });
    expect(res.headers["content-encoding"], path).toBe("br");
    expect(res.headers["content-type"], path).toBe(type);
    expect(res.headers["cache-control"], path).toBe("no-cache");
    expect(brotliDecompressSync(res.body), path).toEqual(original(path.slice(1)));
  }
  // a client-side route gets index.html, compressed
  const route = await get(relay.port, "/keluarga/123", { accept: "text/html", "accept-encoding": "gzip" });
  expect(route.headers["content-encoding"]).toBe("gzip");
  expect(gunzipSync(route.body)).toEqual(original("index.html"));

  // revalidation is per representation
  const etag = String(br.headers["etag"]);
  expect((await get(relay.port, "/assets/index-abc123.js", { "accept-encoding": "br", "if-none-match": etag })).status).toBe(304);
  expect((await get(relay.port, "/assets/index-abc123.js", { "accept-encoding": "gzip", "if-none-match": etag })).status).toBe(200);

  const head = await get(relay.port, "/assets/index-abc123.js", { "accept-encoding": "br" }, "HEAD");
  expect(head.body.length).toBe(0);
  expect(head.headers["content-encoding"]).toBe("br");
  expect(Number(head.headers["content-length"])).toBe(br.body.length);

  // an image has no copies: as it is, with nothing to vary on
  const png = await get(relay.port, "/icon-192.png", { "accept-encoding": "br, gzip" });
  expect(png.headers["content-encoding"]).toBeUndefined();
  expect(png.headers["vary"]).toBeUndefined();
  expect(png.body).toEqual(original("icon-192.png"));

  // a copy older than its file (the file was replaced after the build) is never sent
  const later = new Date(Date.now() + 60_000);
  writeFileSync(join(dist, "assets/index-abc123.js"), code("patched"));
  utimesSync(join(dist, "assets/index-abc123.js"), later, later);
  const stale = await get(relay.port, "/assets/index-abc123.js", { "accept-encoding": "br, gzip" });
  expect(stale.headers["content-encoding"]).toBeUndefined();
  expect(stale.body.toString()).toBe(code("patched"));
});
