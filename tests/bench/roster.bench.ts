/**
 * Roster benchmark (issue: "works for a 20,000-family kelurahan"). Run with
 * `npm run bench:roster` (builds the app first). Not a test: it asserts no
 * target, it measures and reports (tests/bench/results/roster.json and
 * tests/bench/RESULTS.md). See tests/bench/README.md.
 *
 * Per size: generate a seeded kelurahan roster through the CRDT adapters, store
 * it in a fresh relay DATA_DIR the way the relay stores rooms, start a real relay
 * process serving dist/, join in Chromium with a kader invite and sync once so
 * IndexedDB holds the roster; then, with 4x CPU throttling, the relay stopped and
 * the browser offline: cold start from IndexedDB to the first rows painted,
 * search/filter latency to the next paint, scrolling frame times and JS heap.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "@playwright/test";
import * as Y from "yjs";
import { upsertAgency, writeProfile } from "@shared/crdt/index.ts";
import { roomName, STARTER_AGENCIES } from "@shared/model/index.ts";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import { signJwt, testKey, tokenClaims, writeKeyFile } from "../support/testTokens.ts";
import { SqliteStorage } from "../../relay/src/storage/sqlite.ts";
import { BenchRelay } from "./support/relay.ts";
import { indexedDbBytes, installLatencyProbe, latencyCount, scrollAndRecordFrames, takeLatencies } from "./support/inPage.ts";
import { machineInfo, writeResults, type KeyLatency, type SizeResult } from "./support/report.ts";
import { median, round1, summarise } from "./support/stats.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CPU_THROTTLING = 4;
const COLD_RUNS = 3;
const VIEWPORT = { width: 412, height: 915 }; // a common Android phone
const SEED = 20_260_504;
const LONG = 15 * 60_000;
const ROW_ELEMENTS = '[data-testid="roster-table"] .roster-body > [role="row"]';
const MARK_TIMEOUT = Number(process.env.BENCH_MARK_TIMEOUT_MS ?? 90_000);
/** BENCH_PROFILE=dir writes a CPU profile of the first cold start of each size there (not part of the results). */
const PROFILE_DIR = process.env.BENCH_PROFILE?.trim() || undefined;
const SIZES = (process.env.BENCH_SIZES ?? "5000,20000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);

/**
 * The queries are typed this many times (BENCH_TYPING_ROUNDS): a p95 over one round (49 keys) is
 * its third-slowest key, which one stray pause on a shared machine decides.
 */
const TYPING_ROUNDS = Math.max(1, Number(process.env.BENCH_TYPING_ROUNDS ?? 3) || 3);
/** Typed one key at a time; an RT/RW search, names and a NIK prefix (the search also matches NIKs). */
const QUERIES = ["sit", "rt 3", "537103", "maria", "bria", "rt 12 rw 4", "yoh", "agustina seran"];
const FACTOR_STEPS: Array<{ kind: "factor"; value: string } | { kind: "krs" }> = [
  { kind: "factor", value: "air_tidak_layak" },
  { kind: "factor", value: "terlalu_tua" },
  { kind: "factor", value: "" },
  { kind: "krs" },
  { kind: "factor", value: "tidak_kb_modern" },
  { kind: "factor", value: "" },
  { kind: "krs" },
];

const cleanups: Array<() => Promise<void> | void> = [];
async function cleanupAll(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop()!;
    try {
      await fn();
    } catch (error) {
      console.error("cleanup failed:", error);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

async function heap(cdp: CDPSession): Promise<{ usedMB: number; totalMB: number }> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize, totalSize } = await cdp.send("Runtime.getHeapUsage");
  return { usedMB: round1(usedSize / 1048576), totalMB: round1(totalSize / 1048576) };
}

async function throttledPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLING });
  return { page, cdp };
}

/**
 * Waits for the full table's mark (HouseholdTable: first rows of the whole roster painted) and
 * reads the preview's mark too (PreviewTable: the first screen painted from the small preview
 * kept beside the document, before the roster is read). Both are reported, never merged silently.
 */
async function firstRowsMs(page: Page): Promise<{ preview: number | null; table: number | null }> {
  const mark = (name: string) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
  try {
    await page.waitForFunction(() => performance.getEntriesByName("rembuk:roster-rows").length > 0, null, { timeout: MARK_TIMEOUT, polling: 250 });
  } catch {
    return { preview: await mark("rembuk:roster-preview-rows"), table: null }; // the table never painted: reported as such
  }
  return { preview: await mark("rembuk:roster-preview-rows"), table: await mark("rembuk:roster-rows") };
}

async function timeKeys(page: Page, label: string, keys: string[], round: number): Promise<KeyLatency[]> {
  const out: KeyLatency[] = [];
  for (const key of keys) {
    const before = await page.evaluate(latencyCount);
    if (key === "CLEAR") {
      await page.keyboard.press("Control+A");
      await page.keyboard.press("Backspace");
    } else await page.keyboard.type(key);
    await page.waitForFunction((n) => (window.__benchLatencies?.length ?? 0) > n, before, { timeout: LONG, polling: 20 });
    const [ms] = await page.evaluate(takeLatencies);
    out.push({ query: label, key: key === "CLEAR" ? "⌫ all" : key, ms: round1(ms ?? Number.NaN), round });
    await page.waitForTimeout(60);
  }
  return out;
}

async function benchSize(browser: Browser, households: number): Promise<SizeResult> {
  const ws = `bench-${households}`;
  const today = todayIso();
  const dataDir = mkdtempSync(join(tmpdir(), "rembuk-bench-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

  log(`${households}: generating`);
  const doc = new Y.Doc();
  const t0 = performance.now();
  const generated = generateRoster(doc, { households, seed: SEED + households, today });
  const generateMs = Math.round(performance.now() - t0);
  const update = Y.encodeStateAsUpdate(doc);
  const docBytes = update.byteLength;
  const docBytesV2 = Y.encodeStateAsUpdateV2(doc).byteLength;
  doc.destroy();
  log(`${households}: ${generated.members} members, ${generated.measurements} measurements, ${(docBytes / 1048576).toFixed(1)} MiB in ${generateMs} ms`);

  // Stored as the relay stores rooms: one update row in DATA_DIR/rembuk.sqlite (as relay/src/demo.ts seeds).
  const storage = new SqliteStorage(join(dataDir, "rembuk.sqlite"));
  try {
    storage.appendUpdate(roomName(ws, "roster"), update);
    const meta = new Y.Doc();
    writeProfile(meta, { name: `Kelurahan Uji ${households.toLocaleString("id-ID")} KK`, kodeWilayah: "53.71.03.1005" });
    for (const agency of STARTER_AGENCIES) upsertAgency(meta, agency);
    storage.appendUpdate(roomName(ws, "meta"), Y.encodeStateAsUpdate(meta));
    meta.destroy();
  } finally {
    storage.close();
  }

  const secret = `bench-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  // the relay signs and verifies with this key (DATA_DIR/keys.json); the bench signs its token with it
  const benchKey = testKey(secret);
  writeKeyFile(dataDir, [benchKey]);
  const relay = new BenchRelay({ repoRoot: REPO, dataDir, secret });
  cleanups.push(() => relay.stop());
  await relay.start();
  const token = signJwt(benchKey, tokenClaims(ws, "kader"));

  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Makassar", viewport: VIEWPORT });
  cleanups.push(() => context.close());
  context.setDefaultTimeout(LONG);

  // 1. Join online (unthrottled) and sync once, so the device holds the roster.
  log(`${households}: joining and syncing ${relay.url}`);
  const joinPage = await context.newPage();
  const tSync = performance.now();
  await joinPage.goto(`${relay.url}/#/gabung?token=${encodeURIComponent(token)}`);
  await joinPage.getByTestId("sync-status").waitFor();
  if (!joinPage.url().includes(`#/w/${ws}/keluarga`)) await joinPage.goto(`${relay.url}/#/w/${ws}/keluarga`);
  await joinPage.waitForSelector(`[data-testid="sync-status"][data-mode="online"][data-pending="0"]`, { timeout: LONG });
  // the full count, not a row: rows depend on the virtualiser, which is what is measured later
  await joinPage.waitForFunction((n) => (document.querySelector('[data-testid="roster-count"]')?.textContent ?? "").replace(/[.,\u00a0]/g, "").split(/\D+/).includes(n), String(households), { timeout: LONG, polling: 250 });
  await joinPage.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // the first-screen preview is written a moment after the roster settles (web/src/state/workspace.ts);
  // a person's phone has had that moment before its next cold start
  await joinPage.waitForFunction((k) => localStorage.getItem(k) !== null, `rembuk:preview:${ws}`, { timeout: LONG, polling: 250 });
  const dbName = `rembuk/${roomName(ws, "roster")}`;
  let stored = { updates: 0, bytes: 0 };
  for (let i = 0; i < 600 && stored.bytes < docBytes * 0.9; i++) {
    stored = await joinPage.evaluate(indexedDbBytes, dbName);
    if (stored.bytes < docBytes * 0.9) await joinPage.waitForTimeout(500);
  }
  const firstSyncMs = Math.round(performance.now() - tSync);
  log(`${households}: synced in ${firstSyncMs} ms; IndexedDB holds ${stored.updates} update(s), ${(stored.bytes / 1048576).toFixed(1)} MiB`);
  await joinPage.close();

  // 2. Offline for good: the relay stopped, the browser cut off; the service worker serves the app.
  await relay.stop();
  await context.setOffline(true);

  const coldRuns: Array<number | null> = [];
  const coldTableRuns: Array<number | null> = [];
  let page: Page | null = null;
  let cdp: CDPSession | null = null;
  for (let run = 0; run < COLD_RUNS; run++) {
    if (page) await page.close();
    ({ page, cdp } = await throttledPage(context));
    const profiling = PROFILE_DIR !== undefined && run === 0;
    if (profiling) await cdp.send("Profiler.enable").then(() => cdp!.send("Profiler.start"));
    await page.goto(`${relay.url}/#/w/${ws}/keluarga`);
    const marks = await firstRowsMs(page);
    if (profiling) {
      const { profile } = await cdp.send("Profiler.stop");
      mkdirSync(PROFILE_DIR, { recursive: true });
      writeFileSync(join(PROFILE_DIR, `cold-start-${households}.cpuprofile`), JSON.stringify(profile));
      log(`${households}: CPU profile of the first cold start written to ${PROFILE_DIR} (open it in Chromium's DevTools)`);
    }
    const first = marks.preview ?? marks.table;
    coldRuns.push(first === null ? null : round1(first));
    coldTableRuns.push(marks.table === null ? null : round1(marks.table));
    log(`${households}: cold start ${run + 1}/${COLD_RUNS}: first rows ${first === null ? "none" : `${Math.round(first)} ms`} (preview ${marks.preview === null ? "none" : `${Math.round(marks.preview)} ms`}), full table ${marks.table === null ? `none within ${MARK_TIMEOUT} ms` : `${Math.round(marks.table)} ms`}`);
  }
  if (!page || !cdp) throw new Error("no cold start page");
  const mode = await page.getByTestId("sync-status").getAttribute("data-mode");
  const countText = (await page.getByTestId("roster-count").textContent())?.trim() ?? "";
  // every row element, shown or spare (the table keeps spares hidden: web/src/features/roster/rowSlots.ts)
  const rowsInDomAfterLoad = await page.locator(ROW_ELEMENTS).count();
  await page.waitForTimeout(1000);
  const heapAfterLoad = await heap(cdp);

  // 3. Search: one key at a time, from the input event to the next paint.
  log(`${households}: typing`);
  await page.evaluate(installLatencyProbe, { selector: '[data-testid="roster-search"]', type: "input" });
  await page.getByTestId("roster-search").click();
  const keystrokes: KeyLatency[] = [];
  if (PROFILE_DIR !== undefined) await browser.startTracing(page, { path: join(PROFILE_DIR, `typing-${households}.trace.json`), categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "cc", "gpu", "viz"] });
  for (let round = 0; round < TYPING_ROUNDS; round++) {
    for (const q of QUERIES) {
      keystrokes.push(...(await timeKeys(page, q, [...q], round)));
      keystrokes.push(...(await timeKeys(page, q, ["CLEAR"], round)));
    }
  }
  if (PROFILE_DIR !== undefined) await browser.stopTracing();
  const typed = keystrokes.filter((k) => k.key !== "⌫ all");
  const clears = keystrokes.filter((k) => k.key === "⌫ all");

  // 4. Filters: factor select and the KRS checkbox, from the change event to the next paint.
  log(`${households}: filters`);
  // on a phone the filters are folded behind their summary: open it as a person would
  if (!(await page.getByTestId("filter-factor").isVisible())) await page.getByTestId("filter-toggle").click();
  await page.evaluate(installLatencyProbe, { selector: '[data-testid="filter-factor"]', type: "change" });
  await page.evaluate(installLatencyProbe, { selector: '[data-testid="filter-krs"]', type: "change" });
  const filters: KeyLatency[] = [];
  for (let round = 0; round < 2; round++) {
    for (const step of FACTOR_STEPS) {
      const before = await page.evaluate(latencyCount);
      if (step.kind === "factor") await page.getByTestId("filter-factor").selectOption(step.value);
      else await page.getByTestId("filter-krs").click();
      await page.waitForFunction((n) => (window.__benchLatencies?.length ?? 0) > n, before, { timeout: LONG, polling: 20 });
      const [ms] = await page.evaluate(takeLatencies);
      filters.push({ query: step.kind === "factor" ? `factor=${step.value || "semua"}` : "krs toggle", key: "", ms: round1(ms ?? Number.NaN) });
      await page.waitForTimeout(60);
    }
  }

  // 5. Scrolling the whole (unfiltered) roster.
  log(`${households}: scrolling`);
  await page.waitForTimeout(500);
  const scroll = await page.evaluate(scrollAndRecordFrames, { selector: '[data-testid="roster-scroller"]', rowSelector: ROW_ELEMENTS, steps: 100, step: 400 });
  const rowsInDomAfterScroll = await page.locator(ROW_ELEMENTS).count();
  await page.waitForTimeout(500);
  const heapAfterScroll = await heap(cdp);
  await page.close();
  await context.close();
  cleanups.pop(); // context
  cleanups.pop(); // relay (already stopped)
  rmSync(dataDir, { recursive: true, force: true });
  cleanups.pop(); // dataDir

  const frame = summarise(scroll.frameDeltas);
  return {
    households,
    measuredAt: new Date().toISOString(),
    seed: SEED + households,
    today,
    generated: { members: generated.members, underFive: generated.underFive, measurements: generated.measurements },
    generateMs,
    docBytes,
    docBytesV2,
    indexedDb: stored,
    firstSyncMs,
    coldStart: { runsMs: coldRuns, medianMs: coldRuns.every((r) => r !== null) ? median(coldRuns as number[]) : null, markTimeoutMs: MARK_TIMEOUT, syncMode: mode ?? "", countText },
    coldTable: { runsMs: coldTableRuns, medianMs: coldTableRuns.every((r) => r !== null) ? median(coldTableRuns as number[]) : null },
    keystrokes: {
      ...summarise(typed.map((k) => k.ms)),
      clear: summarise(clears.map((k) => k.ms)),
      rounds: Array.from({ length: TYPING_ROUNDS }, (_, r) => summarise(typed.filter((k) => k.round === r).map((k) => k.ms))),
      all: keystrokes,
    },
    filters: { ...summarise(filters.map((k) => k.ms)), all: filters },
    scroll: { ...frame, framesOver50ms: scroll.frameDeltas.filter((d) => d > 50).length, frames: scroll.frameDeltas.length, scrolledPx: Math.round(scroll.scrolledPx), scrollHeight: scroll.scrollHeight, maxRowsInDom: scroll.maxRowsInDom },
    heap: { afterLoad: heapAfterLoad, afterScroll: heapAfterScroll },
    rowsInDom: { afterLoad: rowsInDomAfterLoad, afterScroll: rowsInDomAfterScroll },
  };
}

async function main(): Promise<void> {
  if (SIZES.length === 0) throw new Error("BENCH_SIZES has no valid size");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  cleanups.push(() => browser.close());
  const machine = machineInfo(browser.version());
  log(`machine: ${machine.cpuModel} x${machine.cpuCount}, ${machine.totalMemoryGB} GB, Chromium ${machine.chromium}, load ${machine.loadAverage.join(" ")}`);
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const result = await benchSize(browser, size);
    results.push(result);
    log(`${size}: cold ${result.coldStart.medianMs ?? "not painted"} ms, keys p95 ${result.keystrokes.p95} ms, doc ${(result.docBytes / 1048576).toFixed(1)} MiB`);
  }
  const files = writeResults(REPO, machine, results, CPU_THROTTLING, VIEWPORT);
  log(`wrote ${files.join(", ")}`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanupAll();
}
