import { expect, it } from "vitest";
import { openRaw, roomUrl } from "./support/clients.ts";
import { api, districtToken, overview } from "./support/reports.ts";
import { startRelay } from "./support/relay.ts";
import { waitFor } from "./support/waitFor.ts";

it("an expired or a revoked district token reads nothing: 401 at the API and at the upgrade", async () => {
  const relay = await startRelay();
  relay.storage.registerWorkspace({ id: "desa-a", kodeWilayah: "53.71.01.1001", name: "A" }, Date.now());
  const expired = districtToken(relay.storage, "53.71", { now: Math.floor(Date.now() / 1000) - 3 * 86_400 }).token;
  const kota = districtToken(relay.storage, "53.71").token;
  const staff = districtToken(relay.storage, "53.71.01", { space: "53.71" });

  expect((await overview(relay.httpUrl, expired, "2026-04")).status).toBe(401);
  expect((await overview(relay.httpUrl, staff.token, "2026-04")).status).toBe(200);

  // the kota revokes its kecamatan staff's token (its own invites API): refused from then on
  expect((await api(relay.httpUrl, `/api/invites/${staff.jti}`, kota, { method: "DELETE" })).status).toBe(200);
  expect((await overview(relay.httpUrl, staff.token, "2026-04")).status).toBe(401);
  expect((await api(relay.httpUrl, "/api/token-status", staff.token)).body.status).toBe("revoked");
  expect((await api(relay.httpUrl, "/api/token-status", expired)).body.status).toBe("expired");

  for (const token of [expired, staff.token]) {
    const raw = openRaw(roomUrl(relay.syncUrl, "desa-a/meta", token));
    await waitFor(() => raw.refusedStatus !== null || raw.opened, "upgrade answer");
    expect(raw.refusedStatus).toBe(401);
    expect(raw.messages).toEqual([]);
  }
});
