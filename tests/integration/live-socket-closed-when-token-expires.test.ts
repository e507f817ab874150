import { expect, it } from "vitest";
import { openSyncedClient } from "./support/clients.ts";
import { startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

it("a live socket whose token expires is closed with 4401 by the periodic check", async () => {
  const { syncUrl } = await startRelay({ tokenCheckIntervalMs: 50 });
  // days is fractional: this token lives about one second.
  const shortLived = token("desa-a", "kader", { days: 1.5 / 86_400 });
  const client = await openSyncedClient(syncUrl, "desa-a/board", shortLived);
  await waitFor(() => client.closed.length > 0, "expiry close", 5000);
  expect(client.closed[0]).toEqual({ code: 4401, reason: "token kedaluwarsa" });
});
