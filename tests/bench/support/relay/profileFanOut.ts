/**
 * A CPU profile of the relay under the fan-out scenario (by hand, not part of the benchmark):
 *   node --import tsx tests/bench/support/relay/profileFanOut.ts <out-dir> [connections] [rooms]
 * The relay runs with --cpu-prof (main thread; worker threads write their own profiles) into <out-dir>.
 * SUBJECT=reference profiles the reference server (@y/websocket-server) instead, to compare the two.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BENCH_SECRET, benchToken } from "./benchRuns.ts";
import { fanOut } from "./scenarios.ts";
import { installReference, startReference, startRembuk } from "./subjects.ts";

const [outDir = "/tmp/prof", connections = "500", rooms = "100"] = process.argv.slice(2);
process.setMaxListeners(0);
const profiling = process.env.NO_PROF ? [] : ["--cpu-prof", `--cpu-prof-dir=${outDir}`];
if (process.env.SUBJECT === "reference") {
  const failed = installReference();
  if (failed) throw new Error(failed);
}
const relay = process.env.SUBJECT === "reference" ? await startReference(profiling) : await startRembuk({
  root: process.cwd(), dataDir: mkdtempSync(join(tmpdir(), "rembuk-prof-")), secret: BENCH_SECRET, token: benchToken,
  nodeArgs: profiling,
});
const result = await fanOut(relay, Number(connections), Number(rooms), (250 / Number(connections)), 15);
console.log(JSON.stringify(result));
await relay.stop();
process.exit(0);
