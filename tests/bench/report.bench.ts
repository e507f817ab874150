/**
 * Monthly report benchmark (issue 16: "computed on the device ... heavy at 20,000 families: the UI stays
 * responsive"). Run with `npm run bench:report` (builds the app first). Not a test: it asserts no target,
 * it measures and reports (tests/bench/results/report.json and tests/bench/REPORT.md).
 *
 * A seeded kelurahan roster (generateRoster) is stored in a real relay's DATA_DIR; the lurah joins on a
 * phone-sized Chromium page and syncs once. Then, per run, a fresh page with 4x CPU throttling opens the
 * roster from IndexedDB, and the report tab is opened: time from the tap to the report painted
 * (performance mark "rembuk:report-ready", state/monthlyReport.ts), the main thread's long tasks meanwhile
 * (PerformanceObserver "longtask"), and the delay of taps made every 150 ms while it computes (from the
 * pointerdown event's timeStamp to the next frame). Then the month before (every family screened again on
 * that month's last day), measured the same way.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import * as Y from "yjs";
import { upsertAgency, writeProfile } from "@shared/crdt/index.ts";
import { roomName, STARTER_AGENCIES } from "@shared/model/index.ts";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import { signJwt, testKey, tokenClaims, writeKeyFile } from "../support/testTokens.ts";
import { SqliteStorage } from "../../relay/src/storage/sqlite.ts";
import { BenchRelay } from "./support/relay.ts";
import { installLatencyProbe, takeLatencies } from "./support/inPage.ts";
import { machineInfo, type Machine } from "./support/report.ts";
import { median, round1, summarise, type Summary } from "./support/stats.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CPU_THROTTLING = 4;
const VIEWPORT = { width: 412, height: 915 };
const SEED = 20_261_207;
const RUNS = Math.max(1, Number(process.env.BENCH_REPORT_RUNS ?? 3) || 3);
const HOUSEHOLDS = Number(process.env.BENCH_REPORT_HOUSEHOLDS ?? 20_000) || 20_000;
const LONG = 15 * 60_000;

const cleanups: Array<() => Promise<void> | void> = [];
async function cleanupAll(): Promise<void> {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error("cleanup failed:", error);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanupAll().finally(() => process.exit(130)));
const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

interface Measured {
  /** tap to report painted */
  readyMs: number;
  longTasks: { count: number; maxMs: number; totalMs: number; over100: number };
  /** taps made while it computed: delay to the next frame */
  taps: number[];
}

declare global {
  interface Window {
    __reportLongTasks?: Array<{ start: number; duration: number }>;
  }
}

/** Watches long tasks from now on (self-contained: runs in the page). */
function watchLongTasks(): number {
  window.__reportLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__reportLongTasks!.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask" });
  return performance.now();
}

/** Taps the page's heading every 150 ms until the report is painted after `since`; then the figures. */
async function measureUntilReady(page: Page, since: number): Promise<Measured> {
  const ready = () => page.evaluate((t) => performance.getEntriesByName("rembuk:report-ready").find((e) => e.startTime > t)?.startTime ?? null, since);
  const deadline = Date.now() + LONG;
  let at = await ready();
  while (at === null && Date.now() < deadline) {
    const heading = page.locator("main.page h1").first();
    if (await heading.isVisible().catch(() => false)) await heading.click({ timeout: 5000 }).catch(() => undefined);
    await page.waitForTimeout(150);
    at = await ready();
  }
  if (at === null) throw new Error("the report was not painted");
  const longTasks = await page.evaluate(([from, to]) => (window.__reportLongTasks ?? []).filter((e) => e.start >= from && e.start <= to), [since, at] as const);
  const durations = longTasks.map((e) => e.duration);
  return {
    readyMs: Math.round(at - since),
    longTasks: { count: durations.length, maxMs: round1(Math.max(0, ...durations)), totalMs: Math.round(durations.reduce((a, b) => a + b, 0)), over100: durations.filter((d) => d > 100).length },
    taps: (await page.evaluate(takeLatencies)).map(round1),
  };
}

function summaryOf(runs: Measured[]): { readyMs: { runs: number[]; median: number }; longTaskMaxMs: { runs: number[]; median: number }; longTasksOver100: number[]; taps: Summary & { count: number } } {
  const taps = runs.flatMap((r) => r.taps);
  return {
    readyMs: { runs: runs.map((r) => r.readyMs), median: median(runs.map((r) => r.readyMs)) },
    longTaskMaxMs: { runs: runs.map((r) => r.longTasks.maxMs), median: median(runs.map((r) => r.longTasks.maxMs)) },
    longTasksOver100: runs.map((r) => r.longTasks.over100),
    taps: { ...summarise(taps), count: taps.length },
  };
}

function markdown(result: { measuredAt: string; machine: Machine; households: number; generated: { members: number; underFive: number; measurements: number }; thisMonth: ReturnType<typeof summaryOf>; lastMonth: ReturnType<typeof summaryOf> }): string {
  const m = result.machine;
  const row = (label: string, s: ReturnType<typeof summaryOf>) =>
    `| ${label} | ${s.readyMs.median} (${s.readyMs.runs.join(", ")}) | ${s.longTaskMaxMs.median} (${s.longTaskMaxMs.runs.join(", ")}) | ${s.longTasksOver100.join(", ")} | ${s.taps.count} | ${s.taps.p50} / ${s.taps.p95} / ${s.taps.max} |`;
  return `# Report benchmark: the monthly report at ${result.households.toLocaleString("en")} families

Written by \`npm run bench:report\` (tests/bench/report.bench.ts) from \`results/report.json\`; do not edit by hand.
Measured ${result.measuredAt} on ${m.cpuModel} x${m.cpuCount}, ${m.totalMemoryGB} GB, ${m.os}, Node ${m.node}, Chromium ${m.chromium},
load average at start ${m.loadAverage.join(" ")} (a shared machine: compare runs made on the same machine).

Roster: ${result.households.toLocaleString("en")} households, ${result.generated.members.toLocaleString("en")} members, ${result.generated.underFive.toLocaleString("en")} under-fives,
${result.generated.measurements.toLocaleString("en")} measurements (generateRoster, seed ${SEED}). Chromium at ${CPU_THROTTLING}x CPU throttling, ${VIEWPORT.width}x${VIEWPORT.height},
the roster read from IndexedDB, ${RUNS} runs on fresh pages. "Ready" = from the tap on the tab (or the month's choice) to the report
painted; long tasks = the main thread's tasks over 50 ms meanwhile; taps = a tap every 150 ms on the page while it computes, from the
event to the next frame.

| report | ready, ms: median (runs) | longest task, ms: median (runs) | tasks over 100 ms per run | taps | tap to frame, ms p50 / p95 / max |
|---|---|---|---|---|---|
${row("this month (the assessor's cached screening)", result.thisMonth)}
${row("the month before (every family screened again on its last day)", result.lastMonth)}
`;
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  cleanups.push(() => browser.close());
  const machine = machineInfo(browser.version());
  const ws = `bench-laporan`;
  const dataDir = mkdtempSync(join(tmpdir(), "rembuk-bench-report-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Makassar" }).format(new Date());
  log(`generating ${HOUSEHOLDS} households`);
  const doc = new Y.Doc();
  const generated = generateRoster(doc, { households: HOUSEHOLDS, seed: SEED, today });
  const secret = `bench-${Math.random().toString(36).slice(2)}`;
  // the relay signs and verifies with this key (DATA_DIR/keys.json); the bench signs its lurah's token with it
  // and records the invite with her name, as `npm run token` would (a token carries no name)
  const benchKey = testKey(secret);
  writeKeyFile(dataDir, [benchKey]);
  const claims = tokenClaims(ws, "lurah");
  const storage = new SqliteStorage(join(dataDir, "rembuk.sqlite"));
  try {
    storage.createInvite({ jti: claims.jti as string, workspace: ws, role: "lurah", opd: null, wilayah: null, label: "Lurah Bench", mintedBy: null, createdAt: claims.iat as number, expiresAt: claims.exp as number, revokedAt: null });
    storage.appendUpdate(roomName(ws, "roster"), Y.encodeStateAsUpdate(doc));
    const meta = new Y.Doc();
    writeProfile(meta, { name: "Kelurahan Uji Laporan", kodeWilayah: "53.71.03.1005" });
    for (const agency of STARTER_AGENCIES) upsertAgency(meta, agency);
    storage.appendUpdate(roomName(ws, "meta"), Y.encodeStateAsUpdate(meta));
  } finally {
    storage.close();
  }
  const relay = new BenchRelay({ repoRoot: REPO, dataDir, secret });
  cleanups.push(() => relay.stop());
  await relay.start();
  const token = signJwt(benchKey, claims);

  // join and sync once (unthrottled): the device holds the roster and the app
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Makassar", viewport: VIEWPORT });
  cleanups.push(() => context.close());
  context.setDefaultTimeout(LONG);
  const join1 = await context.newPage();
  await join1.goto(`${relay.url}/#/gabung?token=${encodeURIComponent(token)}`);
  await join1.waitForSelector(`[data-testid="sync-status"][data-mode="online"][data-pending="0"]`, { timeout: LONG });
  await join1.close();
  log("synced once");
  const previousMonth = (() => {
    const [y, mo] = today.split("-").map(Number) as [number, number];
    const i = y * 12 + mo - 2;
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  })();
  // the runs use the same browser profile (IndexedDB) through the joined context
  const runs: Array<{ thisMonth: Measured; lastMonth: Measured }> = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await runInContext(context, relay.url, ws, previousMonth);
    log(`run ${i + 1}: this month ${r.thisMonth.readyMs} ms (longest task ${r.thisMonth.longTasks.maxMs} ms), month before ${r.lastMonth.readyMs} ms (longest ${r.lastMonth.longTasks.maxMs} ms)`);
    runs.push(r);
  }
  const result = {
    benchmark: "report",
    measuredAt: new Date().toISOString(),
    machine,
    households: HOUSEHOLDS,
    seed: SEED,
    today,
    cpuThrottling: CPU_THROTTLING,
    viewport: VIEWPORT,
    generated: { members: generated.members, underFive: generated.underFive, measurements: generated.measurements },
    thisMonth: summaryOf(runs.map((r) => r.thisMonth)),
    lastMonth: summaryOf(runs.map((r) => r.lastMonth)),
    runs,
  };
  mkdirSync(join(REPO, "tests/bench/results"), { recursive: true });
  writeFileSync(join(REPO, "tests/bench/results/report.json"), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(REPO, "tests/bench/REPORT.md"), markdown(result));
  log("wrote tests/bench/results/report.json, tests/bench/REPORT.md");
}

/** A run on a new page of the joined context (its IndexedDB holds the roster). */
async function runInContext(context: BrowserContext, url: string, ws: string, previousMonth: string): Promise<{ thisMonth: Measured; lastMonth: Measured }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(`${url}/#/w/${ws}/keluarga`);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLING });
    await page.waitForFunction((n) => (document.querySelector('[data-testid="roster-count"]')?.textContent ?? "").replace(/[.,\u00a0]/g, "").split(/\D+/).includes(n), String(HOUSEHOLDS), { timeout: LONG, polling: 250 });
    await page.evaluate(installLatencyProbe, { selector: "main.page", type: "pointerdown" });
    let since = await page.evaluate(watchLongTasks);
    await page.getByRole("navigation").getByRole("button", { name: "Lainnya" }).click();
    await page.getByRole("navigation").getByRole("link", { name: "Laporan" }).click();
    const thisMonth = await measureUntilReady(page, since);
    since = await page.evaluate(() => performance.now());
    await page.getByTestId("report-month").selectOption(previousMonth);
    const lastMonth = await measureUntilReady(page, since);
    return { thisMonth, lastMonth };
  } finally {
    await page.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanupAll();
}
