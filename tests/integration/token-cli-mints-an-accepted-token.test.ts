import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { REPO_ROOT, spawnRelay } from "./support/childRelay.ts";
import { openSyncedClient } from "./support/clients.ts";
import { tempDataDir } from "./support/tempDir.ts";

function runTokenCli(dataDir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    delete env.REMBUK_SECRET;
    const child = spawn("npm", ["run", "token", "--", ...args], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

it("`npm run token` prints, as its last line, a token the relay accepts", async () => {
  const dataDir = tempDataDir();
  const [minted, refused] = await Promise.all([
    runTokenCli(dataDir, ["--workspace", "desa-a", "--role", "opd", "--opd", "DINKES", "--days", "3"]),
    runTokenCli(tempDataDir(), ["--workspace", "desa-a", "--role", "opd"]),
  ]);
  expect(minted.code).toBe(0);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("--opd wajib");

  // the CLI made the relay's keys (DATA_DIR/keys.json, owner-only), and no old-style secret
  const keysFile = join(dataDir, "keys.json");
  expect(existsSync(keysFile)).toBe(true);
  expect(statSync(keysFile).mode & 0o777).toBe(0o600);
  expect(existsSync(join(dataDir, "secret"))).toBe(false);

  const lastLine = minted.stdout.trim().split("\n").at(-1)!;
  // The relay reads the same DATA_DIR/keys.json (its own keys, not the test key).
  const relay = await spawnRelay(dataDir, { REMBUK_SECRET: "" }, { testKeys: false });
  const client = await openSyncedClient(`ws://127.0.0.1:${relay.port}/sync`, "desa-a/board", lastLine);
  expect(client.provider.wsconnected).toBe(true);
});
