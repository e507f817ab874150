import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { signLegacy, tokenClaims } from "../../../support/testTokens.ts";
import type { RelayRun } from "../../relay.bench.ts";
import { renderRelayMarkdown } from "./markdown.ts";

/** The secret the relays of the benchmark and its by-hand tools are started with. */
export const BENCH_SECRET = "relay-bench-secret-0123456789abcdef";

const tokens = new Map<string, string>();
/**
 * A kader's token for workspace `ws`, in the old form (v 1) signed with BENCH_SECRET: the stock
 * client of the reference's protocol sends it in the URL.
 */
export function benchToken(ws: string): string {
  let t = tokens.get(ws);
  if (!t) {
    const { v: _v, ...claims } = tokenClaims(ws, "kader", { days: 1 });
    tokens.set(ws, (t = signLegacy(BENCH_SECRET, { v: 1, ...claims })));
  }
  return t;
}

const resultsFile = (repo: string) => join(repo, "tests/bench/results/relay.json");

/** The runs kept in tests/bench/results/relay.json (none yet: empty). */
export function readRelayRuns(repo: string): RelayRun[] {
  const file = resultsFile(repo);
  return existsSync(file) ? ((JSON.parse(readFileSync(file, "utf8")) as { runs: RelayRun[] }).runs ?? []) : [];
}

/** Writes the runs to results/relay.json and RELAY.md, generated from them. */
export function writeRelayRuns(repo: string, runs: RelayRun[]): void {
  const file = resultsFile(repo);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ benchmark: "relay", runs }, null, 2)}\n`);
  writeFileSync(join(repo, "tests/bench/RELAY.md"), renderRelayMarkdown(runs));
}

/** What a by-hand tool measured, kept with the run labelled `label` (printed only when there is none). */
export function keepWithRun(repo: string, label: string, keep: (run: RelayRun) => void): void {
  const runs = readRelayRuns(repo);
  const run = runs.find((r) => r.label === label);
  if (!run) {
    console.log(`no run labelled ${label} in ${resultsFile(repo)}: the figures are only printed`);
    return;
  }
  keep(run);
  writeRelayRuns(repo, runs);
}
