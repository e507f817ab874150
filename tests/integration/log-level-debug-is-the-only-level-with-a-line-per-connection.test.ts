import { expect, it } from "vitest";
import { spawnRelay } from "./support/childRelay.ts";
import { openSyncedClient } from "./support/clients.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17, item 10: a district server with thousands of phones wrote a line per connection at every level.
it("LOG_LEVEL=info writes no line per connection, debug does, warn leaves out the info lines", async () => {
  const outputs: Record<string, string> = {};
  for (const level of ["info", "debug", "warn"]) {
    const relay = await spawnRelay(tempDataDir(), { LOG_LEVEL: level }, { args: ["--no-demo"] });
    const syncUrl = `ws://127.0.0.1:${relay.port}/sync`;
    await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));
    await openSyncedClient(syncUrl, "desa-a/board", token("desa-a", "lurah"));
    // a line every level writes, after the connections: once it is out, the connections' lines would be too
    await fetch(`http://127.0.0.1:${relay.port}/api/token-status`);
    await waitFor(() => relay.stdout().includes("token.status") || level === "warn", `the token-status line at ${level}`);
    outputs[level] = relay.stdout();
  }
  expect(outputs.info).toContain("INFO token.status status=missing");
  expect(outputs.info).not.toContain("connection.open");
  expect(outputs.debug!.match(/DEBUG connection\.open/g)).toHaveLength(2);
  expect(outputs.debug).not.toContain(token("desa-a", "kader").slice(0, 30));
  expect(outputs.warn).not.toMatch(/ INFO /);
  expect(outputs.warn).toContain("REMBUK_LISTENING");
});
