// Prints one closing line for `npm test` ("tests: N passed, N failed, N skipped"),
// summing the vitest and Playwright JSON reports written by scripts/test.sh.
import { readFileSync } from "node:fs";

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts {
  const r = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  const r = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

const [vitestFile, playwrightFile] = process.argv.slice(2) as [string, string];
const parts = [vitestCounts(vitestFile), playwrightCounts(playwrightFile)];
const total = parts.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }));
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
