import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { REPO_ROOT, spawnRelay } from "./support/childRelay.ts";
import { api, overview, sendReport, sentReport } from "./support/reports.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { TEST_SECRET } from "./support/tokens.ts";

function runCli(script: "workspace" | "token", dataDir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dataDir, REMBUK_SECRET: TEST_SECRET },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

it("`npm run workspace` registers a village's kode wilayah, `npm run token --role district` mints a reader of it, and no demo village joins the real ones", async () => {
  const dataDir = tempDataDir();
  const registered = await runCli("workspace", dataDir, ["--id", "namosain", "--wilayah", "53.71.01.1001", "--name", "Kelurahan Namosain"]);
  expect(registered.code, registered.stderr).toBe(0);
  const bad = await runCli("workspace", dataDir, ["--id", "namosain", "--wilayah", "5371011001", "--name", "X"]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("PP.KK.CC.DDDD");
  const minted = await runCli("token", dataDir, ["--role", "district", "--wilayah", "53.71", "--name", "Dinas P2KB"]);
  expect(minted.code, minted.stderr).toBe(0);
  const districtToken = minted.stdout.trim().split("\n").at(-1)!;
  const lurah = await runCli("token", dataDir, ["--workspace", "namosain", "--role", "lurah"]);
  const lurahToken = lurah.stdout.trim().split("\n").at(-1)!;

  const relay = await spawnRelay(dataDir);
  const httpUrl = `http://127.0.0.1:${relay.port}`;
  expect((await sendReport(httpUrl, lurahToken, sentReport("2026-01", { krs: 7 }))).status).toBe(201);
  const seen = await overview(httpUrl, districtToken, "2026-01");
  // a relay that holds a real village makes no demo one: it would show as a village of 53.71.01 (issue 17, item 11)
  expect(seen.body.villages.map((v) => [v.workspace, v.kodeWilayah, v.name])).toEqual([["namosain", "53.71.01.1001", "Kelurahan Namosain"]]);
  expect(seen.body.reports.map((r) => [r.workspace, r.indicators.krs])).toEqual([["namosain", 7]]);
  expect((await api(httpUrl, "/api/token-status", districtToken)).body.status).toBe("valid");

  const listed = await runCli("workspace", dataDir, ["--list", "--wilayah", "53.71.01"]);
  expect(listed.stdout.trim().split("\n")).toEqual(["namosain\t53.71.01.1001\tKelurahan Namosain"]);
});
