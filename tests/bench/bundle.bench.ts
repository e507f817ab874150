/**
 * Bundle benchmark (issue 14, "the first load"). Run with `npm run bench:bundle` (builds the app first).
 * Not a test: it measures and writes tests/bench/results/bundle.json and tests/bench/BUNDLE.md; the
 * budget is checked by tests/e2e/first-load-is-small-and-leaves-the-map-for-later.spec.ts.
 *
 * 1. The build: every JS and CSS file raw, gzip and brotli (the build's own .gz/.br copies), and the first
 *    load: what index.html makes the browser fetch before the app runs (scripts/vite/buildSizes.ts).
 * 2. A first visit in Chromium: a real relay process serves the build; a kader joins an empty workspace
 *    on a phone viewport; every request of the page and of the service worker is recorded until the app
 *    is ready offline (service worker active, documents synced), then until the deferred chunks are
 *    cached. Bytes are the served files' sizes in the encoding the relay sent (body bytes; HTTP headers
 *    and the websocket's document sync are not counted), and the time a 400 kbps link needs for them.
 *
 * BENCH_DIST=<dir> measures another build (e.g. one of an earlier commit), BENCH_LABEL names it (default
 * "now") and BENCH_COMMIT says which commit it was built from. A label measured again replaces its row.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { signJwt, testKey, tokenClaims, writeKeyFile } from "../support/testTokens.ts";
import { BenchRelay } from "./support/relay.ts";
import { deferredFromHtml, measureBuild, servedSize, total, type FileSize } from "../../scripts/vite/buildSizes.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(process.env.BENCH_DIST ?? join(REPO, "dist"));
const LINK_BPS = 400_000;
const VIEWPORT = { width: 412, height: 915 };

interface Totals {
  raw: number;
  gzip: number;
  brotli: number;
}

interface LiveVisit {
  chromium: string;
  /** what the relay sent for the first chunk: "br", "gzip" or "identity" */
  encoding: string;
  /** requests until ready offline, by path (page and service worker together, each path once) */
  beforeReady: Array<{ path: string; by: "page" | "service worker"; encoding: string; bytes: number }>;
  beforeReadyBytes: number;
  /** the deferred files the app fetched once ready and idle */
  afterReady: Array<{ path: string; encoding: string; bytes: number }>;
  afterReadyBytes: number;
  readyMs: number;
}

interface BundleResult {
  label: string;
  /** the commit the build was made from, when known */
  commit: string | null;
  measuredAt: string;
  files: FileSize[];
  firstLoad: { files: string[]; js: Totals; all: Totals };
  install: Totals;
  deferred: { files: string[]; totals: Totals };
  firstVisit: Totals;
  live: LiveVisit;
}

const log = (message: string) => console.log(`[bench:bundle] ${message}`);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const seconds = (bytes: number) => `${((bytes * 8) / LINK_BPS).toFixed(1)} s`;

function headCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO }).toString().trim();
  } catch {
    return null;
  }
}

async function firstVisit(dist: string): Promise<LiveVisit> {
  const dataDir = mkdtempSync(join(tmpdir(), "rembuk-bench-bundle-"));
  const secret = `bench-${Date.now()}`;
  // the relay signs and verifies with this key (DATA_DIR/keys.json); the bench signs its token with it
  const benchKey = testKey(secret);
  writeKeyFile(dataDir, [benchKey]);
  const relay = new BenchRelay({ repoRoot: REPO, dataDir, secret, staticDir: dist });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    await relay.start();
    const context = await browser.newContext({ viewport: VIEWPORT, locale: "id-ID" });
    const origin = new URL(relay.url).origin;
    const seen: Array<{ path: string; by: "page" | "service worker"; encoding: string }> = [];
    const reading: Array<Promise<void>> = [];
    context.on("response", (response) => {
      const url = new URL(response.url());
      if (url.origin !== origin || response.status() !== 200) return;
      const path = url.pathname === "/" ? "index.html" : url.pathname.slice(1);
      const by = response.request().serviceWorker() ? "service worker" : "page";
      reading.push(response.headerValue("content-encoding").then((encoding) => void seen.push({ path, by, encoding: encoding ?? "identity" })));
    });
    const page = await context.newPage();
    const ws = `bench-${Date.now().toString(36)}`;
    const token = signJwt(benchKey, tokenClaims(ws, "kader"));
    const started = Date.now();
    await page.goto(`${relay.url}/#/gabung?token=${encodeURIComponent(token)}`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => document.querySelector('[data-testid="sync-status"]')?.getAttribute("data-mode") === "online");
    const readyMs = Date.now() - started;
    const html = readFileSync(join(dist, "index.html"), "utf8");
    const deferred = new Set(deferredFromHtml(html));
    if (deferred.size > 0) {
      await page.waitForFunction(
        async (urls) => {
          const cache = await caches.open("rembuk-deferred-chunks");
          return (await Promise.all(urls.map((u) => cache.match(`/${u}`)))).every(Boolean);
        },
        [...deferred],
        { timeout: 120_000, polling: 250 },
      );
    }
    await Promise.all(reading);
    const bytes = (path: string, encoding: string) => {
      const size = servedSize(dist, path);
      return encoding === "br" ? size.brotli : encoding === "gzip" ? size.gzip : size.raw;
    };
    // the page and the service worker each fetch some files; a hashed file fetched twice comes from the HTTP cache
    const once = new Map<string, { path: string; by: "page" | "service worker"; encoding: string; bytes: number }>();
    for (const r of seen) if (!deferred.has(r.path) && !once.has(r.path) && existsSync(join(dist, r.path))) once.set(r.path, { ...r, bytes: bytes(r.path, r.encoding) });
    const later = new Map<string, { path: string; encoding: string; bytes: number }>();
    for (const r of seen) if (deferred.has(r.path) && !later.has(r.path)) later.set(r.path, { path: r.path, encoding: r.encoding, bytes: bytes(r.path, r.encoding) });
    const entry = [...once.values()].find((r) => r.path.startsWith("assets/") && r.path.endsWith(".js") && r.by === "page");
    await context.close();
    return {
      chromium: browser.version(),
      encoding: entry?.encoding ?? "unknown",
      beforeReady: [...once.values()],
      beforeReadyBytes: [...once.values()].reduce((s, r) => s + r.bytes, 0),
      afterReady: [...later.values()],
      afterReadyBytes: [...later.values()].reduce((s, r) => s + r.bytes, 0),
      readyMs,
    };
  } finally {
    await browser.close();
    await relay.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function markdown(results: BundleResult[]): string {
  const lines = [
    "# Bundle benchmark: the first load",
    "",
    "Written by `npm run bench:bundle` (tests/bench/bundle.bench.ts) from `results/bundle.json`; do not edit by hand.",
    "Sizes are body bytes (no HTTP headers; the documents' websocket sync is not counted). gzip and brotli are the",
    "build's own copies (scripts/vite/precompress.ts; for a build without copies, compressed at the same levels).",
    `Time = bytes at ${LINK_BPS / 1000} kbps. Chromium asked for \`br\` here (localhost, as over https); browsers may offer`,
    "only gzip over plain http to a LAN address, hence both columns. The first visit ends when the app is ready offline (service worker",
    "active, documents synced); the relay of the \"before\" build sent everything uncompressed.",
    "",
    "## Summary",
    "",
    "| build | first-load JS raw / gzip / brotli | first visit on the wire (measured, as the relay sent it) | at 400 kbps | first visit if sent gzip / brotli | later, when idle (brotli) |",
    "|---|---|---|---|---|---|",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.label}${r.commit ? ` (${r.commit})` : ""}, ${r.measuredAt.slice(0, 16).replace("T", " ")} UTC | ${kB(r.firstLoad.js.raw)} / ${kB(r.firstLoad.js.gzip)} / ${kB(r.firstLoad.js.brotli)} | ${kB(r.live.beforeReadyBytes)} (${r.live.encoding}, ${r.live.beforeReady.length} files) | ${seconds(r.live.beforeReadyBytes)} | ${kB(r.firstVisit.gzip)} (${seconds(r.firstVisit.gzip)}) / ${kB(r.firstVisit.brotli)} (${seconds(r.firstVisit.brotli)}) | ${r.live.afterReady.length > 0 ? `${kB(r.live.afterReadyBytes)} (${r.live.afterReady.map((f) => f.path).join(", ")})` : "nothing"} |`,
    );
  }
  for (const r of results) {
    lines.push(
      "",
      `## ${r.label}${r.commit ? ` (${r.commit})` : ""}`,
      "",
      `First load (index.html's script, modulepreloads, stylesheets and their static imports): ${r.firstLoad.files.join(", ")}.`,
      `JavaScript ${kB(r.firstLoad.js.raw)} raw, ${kB(r.firstLoad.js.gzip)} gzip, ${kB(r.firstLoad.js.brotli)} brotli; with CSS ${kB(r.firstLoad.all.raw)} / ${kB(r.firstLoad.all.gzip)} / ${kB(r.firstLoad.all.brotli)}.`,
      `Service worker install (sw.js, workbox runtime, precache): ${kB(r.install.raw)} raw, ${kB(r.install.gzip)} gzip, ${kB(r.install.brotli)} brotli.`,
      `Deferred (not installed; cached when the app is idle or the map opens): ${r.deferred.files.length > 0 ? `${r.deferred.files.join(", ")}: ${kB(r.deferred.totals.raw)} raw, ${kB(r.deferred.totals.gzip)} gzip, ${kB(r.deferred.totals.brotli)} brotli` : "none"}.`,
      `First visit in Chromium ${r.live.chromium}: ready offline (service worker active, documents synced) after ${r.live.readyMs} ms on this machine (no throttling), ${r.live.beforeReady.length} files, ${kB(r.live.beforeReadyBytes)} as sent (${r.live.encoding}).`,
      "",
      "| file | raw | gzip | brotli | first load | first visit |",
      "|---|---|---|---|---|---|",
      ...r.files
        .slice()
        .sort((a, b) => b.raw - a.raw)
        .map((f) => `| ${f.file} | ${kB(f.raw)} | ${kB(f.gzip)} | ${kB(f.brotli)} | ${r.firstLoad.files.includes(f.file) ? "yes" : ""} | ${r.live.beforeReady.some((b) => b.path === f.file) ? "yes" : r.live.afterReady.some((b) => b.path === f.file) ? "later" : ""} |`),
    );
  }
  return `${lines.join("\n")}\n`;
}

async function main(): Promise<void> {
  const label = process.env.BENCH_LABEL ?? "now";
  const commit = process.env.BENCH_COMMIT ?? (process.env.BENCH_DIST ? null : headCommit());
  log(`measuring ${DIST} as "${label}"`);
  const compressMissing = !existsSync(join(DIST, ".vite/chunks.json"));
  const sizes = measureBuild(DIST, compressMissing);
  const live = await firstVisit(DIST);
  const firstJs = sizes.firstLoad.filter((f) => f.file.endsWith(".js"));
  const result: BundleResult = {
    label,
    commit,
    measuredAt: new Date().toISOString(),
    files: sizes.files,
    firstLoad: { files: sizes.firstLoad.map((f) => f.file), js: total(firstJs), all: total(sizes.firstLoad) },
    install: total(sizes.install),
    deferred: { files: sizes.deferred.map((f) => f.file), totals: total(sizes.deferred) },
    firstVisit: total(sizes.firstVisit),
    live,
  };
  log(`first-load JS ${kB(result.firstLoad.js.raw)} raw / ${kB(result.firstLoad.js.gzip)} gzip / ${kB(result.firstLoad.js.brotli)} brotli`);
  log(`first visit measured: ${kB(live.beforeReadyBytes)} (${live.encoding}) = ${seconds(live.beforeReadyBytes)} at 400 kbps; later ${kB(live.afterReadyBytes)}`);

  const dir = join(REPO, "tests/bench/results");
  mkdirSync(dir, { recursive: true });
  const jsonFile = join(dir, "bundle.json");
  let previous: BundleResult[] = [];
  if (existsSync(jsonFile)) {
    try {
      previous = (JSON.parse(readFileSync(jsonFile, "utf8")) as { builds: BundleResult[] }).builds ?? [];
    } catch {
      previous = [];
    }
  }
  const builds = [...previous.filter((p) => p.label !== label), result];
  writeFileSync(jsonFile, `${JSON.stringify({ benchmark: "bundle", updatedAt: result.measuredAt, builds }, null, 2)}\n`);
  writeFileSync(join(REPO, "tests/bench/BUNDLE.md"), markdown(builds));
  log(`wrote ${jsonFile} and tests/bench/BUNDLE.md`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
