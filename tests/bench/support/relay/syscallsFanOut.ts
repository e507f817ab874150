/**
 * System calls of a relay under the fan-out scenario (by hand, not part of the benchmark):
 *   SUBJECT=reference|rembuk node --import tsx tests/bench/support/relay/syscallsFanOut.ts [connections] [rooms]
 * strace -c -f counts every thread's calls from start to stop (set-up included, for both subjects alike);
 * it slows the relay, so counts only, no times.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BENCH_SECRET, benchToken } from "./benchRuns.ts";
import { fanOut } from "./scenarios.ts";
import { installReference, startReference, startRembuk } from "./subjects.ts";

const [connections = "500", rooms = "100"] = process.argv.slice(2);
process.setMaxListeners(0);
if (process.env.SUBJECT === "reference") {
  const failed = installReference();
  if (failed) throw new Error(failed);
}
const relay = process.env.SUBJECT === "reference"
  ? await startReference()
  : await startRembuk({ root: process.cwd(), dataDir: mkdtempSync(join(tmpdir(), "rembuk-sys-")), secret: BENCH_SECRET, token: benchToken });
const out = join(tmpdir(), `syscalls-${relay.name}.txt`);
const strace = spawn("strace", ["-c", "-f", "-o", out, "-p", String(relay.pid)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 1000));
const result = await fanOut(relay, Number(connections), Number(rooms), 250 / Number(connections), 15);
strace.kill("SIGINT");
await new Promise((r) => strace.once("exit", r));
console.log(JSON.stringify(result));
console.log(`strace summary: ${out}`);
await relay.stop();
process.exit(0);
