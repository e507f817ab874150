/**
 * Import wizard benchmark (issue 15, "Quality and speed", the Chromium part). Run with
 * `npm run bench:import-wizard` (builds the app first). Not a test: it measures and reports
 * (tests/bench/results/import-wizard.json and tests/bench/IMPORT-WIZARD.md).
 *
 * A real relay process serves the built app and an empty workspace of Kelurahan Namosain; Chromium
 * joins as its lurah, then with 4x CPU throttling imports kelurahan-lists-20k's family list and
 * social list through the wizard's UI, phase by phase. Per phase: the wall time, the main thread's
 * long tasks (the issue: none over 200 ms while it runs) and the JS heap peaks of the page and of
 * the import worker.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type CDPSession, type Page } from "@playwright/test";
import * as Y from "yjs";
import { writeProfile } from "@shared/crdt/index.ts";
import { roomName } from "@shared/model/index.ts";
import { signJwt, testKey, tokenClaims, writeKeyFile } from "../support/testTokens.ts";
import { SqliteStorage } from "../../relay/src/storage/sqlite.ts";
import { BenchRelay } from "./support/relay.ts";
import { startHeapSampler } from "./support/heapSampler.ts";
import { installLongTaskRecorder, longTasksSince } from "./support/longTasks.ts";
import { machineInfo } from "./support/report.ts";
import { describeLongTasks } from "./support/traceTasks.ts";
import { writeImportWizardResults, type PhaseResult } from "./support/importWizardReport.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const LISTS = join(REPO, "tests/fixtures/lists/kelurahan-lists-20k");
/** BENCH_CPU_THROTTLING=n throttles more (or less) than the 4x, to see which tasks a slower or busier phone would feel (not results). */
const CPU_THROTTLING = Number(process.env.BENCH_CPU_THROTTLING ?? 4);
const VIEWPORT = { width: 412, height: 915 };
const LONG = 20 * 60_000;
const NAMOSAIN = "53.71.01.1001";
/** BENCH_PROFILE=dir writes a CPU profile of the main thread per phase there (profiled runs are slower: not results). */
const PROFILE_DIR = process.env.BENCH_PROFILE?.trim() || undefined;
/**
 * BENCH_TRACE=dir writes a Chromium trace per phase there (tasks, scripts, garbage collection), and prints what
 * each main-thread task over 200 ms spent its time on (tests/bench/support/traceTasks.ts). Traced runs are slower.
 */
const TRACE_DIR = process.env.BENCH_TRACE?.trim() || undefined;
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "disabled-by-default-v8.gc", "blink.user_timing"];

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
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void cleanupAll().finally(() => process.exit(130));
  });
}
const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

const lines = (file: string) => readFileSync(join(LISTS, file), "utf8").trimEnd().split("\n").length - 1;

interface Phase {
  phase: string;
  what: string;
  run(page: Page): Promise<void>;
  /** what the screen shows at the end */
  outcome(page: Page): Promise<string>;
}

async function chooseList(page: Page, file: string): Promise<void> {
  await page.getByTestId("import-file").setInputFiles(join(LISTS, file));
  await page.getByTestId("import-read").waitFor({ timeout: LONG });
  await page.waitForSelector('[data-testid="import-read"]:not([disabled])', { timeout: LONG });
  await page.getByTestId("import-read").click();
  await page.getByTestId("import-preview-step").waitFor({ timeout: LONG });
}

const summaryText = async (page: Page) => (await page.getByTestId("import-summary").innerText()).replace(/\s*\n\s*/g, "; ");

const changeCounts = async (page: Page) => {
  const c = page.getByTestId("import-change-counts");
  const names = ["new", "changed", "gone", "review", "linked", "unmatched"];
  const parts: string[] = [];
  for (const n of names) {
    const v = await c.getAttribute(`data-${n}`);
    if (v !== null) parts.push(`${n} ${Number(v).toLocaleString("en-US")}`);
  }
  return parts.join(", ");
};

const savedText = async (page: Page) => (await page.getByTestId("import-saved-step").locator("p").allInnerTexts()).join(" ");

async function match(page: Page): Promise<void> {
  await page.getByTestId("import-confirm").click();
  await page.getByTestId("import-changes-step").waitFor({ timeout: LONG });
}

async function save(page: Page): Promise<void> {
  await page.getByTestId("import-save").click();
  await page.getByTestId("import-saved-step").waitFor({ timeout: LONG });
}

const PHASES: Phase[] = [
  {
    phase: "familyRead",
    what: "family list (bkkbn_pk.csv): open, guess, read and check every row, to the preview",
    run: (page) => chooseList(page, "bkkbn_pk.csv"),
    outcome: summaryText,
  },
  {
    phase: "familyMatch",
    what: "family list: the (empty) roster to the worker, matching, what will change",
    run: match,
    outcome: changeCounts,
  },
  {
    phase: "familySave",
    what: "family list: Simpan, one import batch written to the roster in slices, until the family list shows it",
    run: save,
    outcome: savedText,
  },
  {
    phase: "socialRead",
    what: "social list (dinsos_dtsen.csv): open, guess, read and check every row, to the preview",
    async run(page) {
      await page.getByTestId("import-another").click();
      await chooseList(page, "dinsos_dtsen.csv");
    },
    outcome: summaryText,
  },
  {
    phase: "socialMatch",
    what: "social list: the 20,800-family roster to the worker in chunks, matching on the device, what will change",
    run: match,
    outcome: changeCounts,
  },
  {
    phase: "socialSave",
    what: "social list: Simpan, one import batch of links and doubtful pairs in slices, until the family list shows it",
    run: save,
    outcome: savedText,
  },
];

async function measure(page: Page, cdp: CDPSession, heap: Awaited<ReturnType<typeof startHeapSampler>>, phase: Phase): Promise<PhaseResult> {
  const from = await page.evaluate(() => performance.now());
  heap.reset();
  const tracePath = TRACE_DIR ? join(TRACE_DIR, `${phase.phase}.trace.json`) : null;
  if (tracePath) {
    mkdirSync(TRACE_DIR!, { recursive: true });
    await page.context().browser()!.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
  }
  if (PROFILE_DIR) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.start");
  }
  const t0 = performance.now();
  await phase.run(page);
  const wallMs = Math.round(performance.now() - t0);
  if (PROFILE_DIR) {
    const { profile } = await cdp.send("Profiler.stop");
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(join(PROFILE_DIR, `${phase.phase}.cpuprofile`), JSON.stringify(profile));
  }
  // one more sample after the end, so a peak at the very end is seen
  await new Promise((r) => setTimeout(r, 400));
  if (tracePath) {
    await page.context().browser()!.stopTracing();
    for (const line of describeLongTasks(tracePath, 200)) log(`  ${phase.phase} ${line}`);
  }
  const tasks = (await page.evaluate(longTasksSince, from)).map((t) => t.ms).sort((a, b) => b - a);
  const outcome = await phase.outcome(page);
  return {
    phase: phase.phase,
    what: phase.what,
    wallMs,
    longTasks: { count: tasks.length, over200: tasks.filter((t) => t > 200).length, maxMs: Math.round(tasks[0] ?? 0), top: tasks.slice(0, 5).map(Math.round) },
    heap: { mainPeakMB: heap.peaks().mainMB, workerPeakMB: heap.peaks().workerMB, samples: heap.peaks().samples },
    outcome,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "rembuk-bench-import-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const ws = "bench-impor";
  const secret = `bench-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  // the relay signs and verifies with this key (DATA_DIR/keys.json); the bench signs its lurah's token with it
  // and records the invite with her name, as `npm run token` would (a token carries no name)
  const benchKey = testKey(secret);
  writeKeyFile(dataDir, [benchKey]);
  const claims = tokenClaims(ws, "lurah");
  const storage = new SqliteStorage(join(dataDir, "rembuk.sqlite"));
  try {
    storage.createInvite({ jti: claims.jti as string, workspace: ws, role: "lurah", opd: null, wilayah: null, label: "Lurah Bench", mintedBy: null, createdAt: claims.iat as number, expiresAt: claims.exp as number, revokedAt: null });
    const meta = new Y.Doc();
    writeProfile(meta, { name: "Kelurahan Namosain", kodeWilayah: NAMOSAIN });
    storage.appendUpdate(roomName(ws, "meta"), Y.encodeStateAsUpdate(meta));
    meta.destroy();
  } finally {
    storage.close();
  }
  const relay = new BenchRelay({ repoRoot: REPO, dataDir, secret });
  cleanups.push(() => relay.stop());
  await relay.start();
  const token = signJwt(benchKey, claims);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  cleanups.push(() => browser.close());
  const machine = machineInfo(browser.version());
  log(`machine: ${machine.cpuModel} x${machine.cpuCount}, ${machine.totalMemoryGB} GB, Chromium ${machine.chromium}, load ${machine.loadAverage.join(" ")}`);
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Makassar", viewport: VIEWPORT });
  context.setDefaultTimeout(LONG);
  await context.addInitScript(installLongTaskRecorder);
  const page = await context.newPage();
  // when large sync frames come and go (page clock, as noticed): a long task that applies one (the relay's echo
  // of a large update was one, in the matching after a one-transaction Simpan) shows beside it in the log
  const bigFrames: Array<{ at: number; bytes: number; dir: "in" | "out" }> = [];
  page.on("websocket", (socket) => {
    const note = (dir: "in" | "out") => (frame: { payload: string | Buffer }) => {
      const bytes = typeof frame.payload === "string" ? frame.payload.length : frame.payload.byteLength;
      if (bytes >= 100_000) void page.evaluate(() => performance.now()).then((at) => bigFrames.push({ at, bytes, dir }), () => undefined);
    };
    socket.on("framereceived", note("in"));
    socket.on("framesent", note("out"));
  });
  await page.goto(`${relay.url}/#/gabung?token=${encodeURIComponent(token)}`);
  await page.waitForSelector(`[data-testid="sync-status"][data-mode="online"][data-pending="0"]`, { timeout: LONG });
  await page.goto(`${relay.url}/#/w/${ws}/impor`);
  await page.getByTestId("import-file-step").waitFor();

  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLING });
  const heap = await startHeapSampler(cdp);
  cleanups.push(() => heap.stop());
  let workerThrottled = false;
  // the worker starts with the first file: throttle it as soon as it is attached
  cdp.on("Target.attachedToTarget", (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type !== "worker") return;
    void cdp
      .send("Target.sendMessageToTarget", { sessionId: e.sessionId, message: JSON.stringify({ id: 1, method: "Emulation.setCPUThrottlingRate", params: { rate: CPU_THROTTLING } }) })
      .then(() => undefined);
  });
  cdp.on("Target.receivedMessageFromTarget", (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
    if (m.id !== 1) return;
    workerThrottled = m.error === undefined;
    if (m.error !== undefined) log(`worker throttling refused: ${JSON.stringify(m.error)}`);
  });

  const phases: PhaseResult[] = [];
  for (const phase of PHASES) {
    log(`${phase.phase}…`);
    const startedAt = await page.evaluate(() => performance.now());
    const result = await measure(page, cdp, heap, phase);
    phases.push(result);
    const tasks = await page.evaluate(() => window.__benchLongTasks ?? []);
    for (const t of tasks.filter((t) => t.ms > 200 && t.start >= startedAt)) log(`  long task at ${Math.round(t.start)} ms: ${Math.round(t.ms)} ms`);
    for (const f of bigFrames.splice(0)) log(`  frame ${f.dir} at ${Math.round(f.at)} ms (noticed): ${Math.round(f.bytes / 1024)} KiB`);
    log(`${phase.phase}: ${result.wallMs} ms, longest task ${result.longTasks.maxMs} ms (${result.longTasks.over200} over 200 ms), heap ${result.heap.mainPeakMB} / ${result.heap.workerPeakMB} MB; ${result.outcome}`);
  }
  const files = writeImportWizardResults(REPO, {
    benchmark: "import-wizard",
    measuredAt: new Date().toISOString(),
    settings: { cpuThrottling: CPU_THROTTLING, viewport: VIEWPORT, lists: "tests/fixtures/lists/kelurahan-lists-20k", families: lines("bkkbn_pk.csv"), socialRows: lines("dinsos_dtsen.csv") },
    workerThrottled,
    machine,
    phases,
  });
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
