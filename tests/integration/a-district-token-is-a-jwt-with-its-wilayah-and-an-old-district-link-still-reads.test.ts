import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { signLegacy, tokenClaims } from "../support/testTokens.ts";
import { spawnRelay } from "./support/childRelay.ts";
import { lastLine, runNpm } from "./support/cli.ts";
import { openRaw, roomUrl } from "./support/clients.ts";
import { api, overview, sendReport, sentReport } from "./support/reports.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { waitFor } from "./support/waitFor.ts";

const partOf = (token: string, i: number) => JSON.parse(Buffer.from(token.split(".")[i]!, "base64url").toString()) as Record<string, unknown>;

// Issue 17, items 14 and 15, for the district role (issue 16): a district token is a JWT signed with the key
// ring like every other token, its reach in the `wilayah` claim and no name in it (the relay keeps the name
// beside the jti and says it at /api/me); a district link minted in the old form before the upgrade reads on.
it("`npm run token --role district` mints a JWT with the key's id and the wilayah, no name; the relay names it at /api/me; an old-form district link still reads its villages' reports", async () => {
  const dataDir = tempDataDir();
  // the relay before JWTs signed with this secret: a kecamatan's old link is in the field
  const oldSecret = "secret-of-the-relay-before-jwt-0123456789";
  writeFileSync(join(dataDir, "secret"), `${oldSecret}\n`, { mode: 0o600 });
  const oldLink = signLegacy(oldSecret, { ...tokenClaims("53.71", "district", { wilayah: "53.71.01", days: 30 }), v: 1, name: "Camat Alak" });

  const env = { DATA_DIR: dataDir };
  expect((await runNpm("workspace", ["--id", "namosain", "--wilayah", "53.71.01.1001", "--name", "Kelurahan Namosain"], env)).code).toBe(0);
  const minted = await runNpm("token", ["--role", "district", "--wilayah", "53.71", "--name", "Dinas P2KB Kota Kupang"], env);
  expect(minted.code, minted.stderr).toBe(0);
  const district = lastLine(minted);
  const lurah = lastLine(await runNpm("token", ["--workspace", "namosain", "--role", "lurah"], env));

  const keys = JSON.parse(readFileSync(join(dataDir, "keys.json"), "utf8")) as { keys: Array<{ kid: string }> };
  expect(district.split(".")).toHaveLength(3);
  expect(partOf(district, 0)).toEqual({ alg: "HS256", typ: "JWT", kid: keys.keys.at(-1)!.kid });
  const claims = partOf(district, 1);
  expect(claims).toMatchObject({ v: 2, ws: "53.71", role: "district", wilayah: "53.71" });
  expect(JSON.stringify(claims)).not.toContain("P2KB");

  const relay = await spawnRelay(dataDir, { REMBUK_SECRET: "" }, { testKeys: false });
  const httpUrl = `http://127.0.0.1:${relay.port}`;
  expect(await api(httpUrl, "/api/me", district)).toMatchObject({ status: 200, body: { role: "district", ws: "53.71", wilayah: "53.71", name: "Dinas P2KB Kota Kupang" } });
  expect((await api(httpUrl, "/api/token-status", district)).body.status).toBe("valid");
  expect((await sendReport(httpUrl, lurah, sentReport("2026-01", { krs: 7 }))).status).toBe(201);
  const seen = await overview(httpUrl, district, "2026-01");
  expect(seen.status).toBe(200);
  expect(seen.body.reports.map((r) => [r.workspace, r.indicators.krs])).toEqual([["namosain", 7]]);

  // in the subprotocol, as the app sends it, the token is read and still opens no village document
  const socket = openRaw(roomUrl(`ws://127.0.0.1:${relay.port}/sync`, "namosain/roster", district));
  await waitFor(() => socket.refusedStatus !== null || socket.opened, "upgrade answer");
  expect(socket.refusedStatus).toBe(403);

  // the old-form link: verified with the old secret, its narrower wilayah kept, its signed name told back
  expect(await api(httpUrl, "/api/me", oldLink)).toMatchObject({ status: 200, body: { role: "district", wilayah: "53.71.01", name: "Camat Alak" } });
  const old = await overview(httpUrl, oldLink, "2026-01");
  expect(old.status).toBe(200);
  expect(old.body.wilayah).toBe("53.71.01");
  expect(old.body.reports.map((r) => r.workspace)).toEqual(["namosain"]);
});
