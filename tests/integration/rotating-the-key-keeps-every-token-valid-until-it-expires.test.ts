import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { signLegacy, tokenClaims } from "../support/testTokens.ts";
import { spawnRelay } from "./support/childRelay.ts";
import { lastLine, runNpm } from "./support/cli.ts";
import { openSyncedClient } from "./support/clients.ts";
import { tempDataDir } from "./support/tempDir.ts";

const kidOf = (token: string) => (JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString()) as { kid?: string }).kid;

// Issue 17, item 14: tokens were a home-made format signed with one HMAC secret and no key id, so rotating
// the secret killed every token. Now: JWTs with a key id, `npm run rotate-key`, and the old format accepted
// until each old token expires.
it("`npm run rotate-key` makes a new key sign while tokens of the old key, and of the old format, stay valid, without a restart", async () => {
  const dataDir = tempDataDir();
  // an older relay's secret: its tokens (the old format) are in the field
  const oldSecret = "secret-of-the-relay-before-jwt-0123456789";
  writeFileSync(join(dataDir, "secret"), `${oldSecret}\n`, { mode: 0o600 });
  const oldFormat = signLegacy(oldSecret, { ...tokenClaims("desa-a", "kader"), v: 1, name: "Bidan Lama" });

  const env = { DATA_DIR: dataDir };
  const first = lastLine(await runNpm("token", ["--workspace", "desa-a", "--role", "kader"], env));
  const relay = await spawnRelay(dataDir, { REMBUK_SECRET: "" }, { testKeys: false });
  const syncUrl = `ws://127.0.0.1:${relay.port}/sync`;
  await openSyncedClient(syncUrl, "desa-a/roster", first);

  const rotated = await runNpm("rotate-key", [], env);
  expect(rotated.code, rotated.stderr).toBe(0);
  const second = lastLine(await runNpm("token", ["--workspace", "desa-a", "--role", "kader"], env));
  expect(kidOf(first)).toMatch(/^k\d{8}-/);
  expect(kidOf(second)).not.toBe(kidOf(first));
  expect(rotated.stdout).toContain(kidOf(second));

  // the running relay reads the new key by itself, and still accepts the old key's and the old format's tokens
  for (const token of [second, first, oldFormat]) {
    const client = await openSyncedClient(syncUrl, "desa-a/roster", token);
    expect(client.provider.wsconnected).toBe(true);
  }
  // and so does the next start; the key file stays owner-only and holds both keys
  await relay.kill9();
  const again = await spawnRelay(dataDir, { REMBUK_SECRET: "" }, { testKeys: false });
  for (const token of [second, first, oldFormat]) await openSyncedClient(`ws://127.0.0.1:${again.port}/sync`, "desa-a/roster", token);
  const keys = JSON.parse(readFileSync(join(dataDir, "keys.json"), "utf8")) as { keys: Array<{ kid: string; retiredAt: number | null }> };
  expect(keys.keys.map((k) => [k.kid, k.retiredAt === null])).toEqual([[kidOf(first), false], [kidOf(second), true]]);
  expect(statSync(join(dataDir, "keys.json")).mode & 0o777).toBe(0o600);
});
