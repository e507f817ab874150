import { describe, expect, it } from "vitest";
import { openRaw, openSyncedClient, roomUrl } from "./support/clients.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

async function api(httpUrl: string, method: string, path: string, bearer: string | null, body?: unknown | string) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (bearer !== null) headers.Authorization = `Bearer ${bearer}`;
  const res = await fetch(`${httpUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe("the invite API lets the lurah mint, list and revoke invites", () => {
  it("mints a working kader invite, lists it without the token, and revoking it closes the live socket with 4401 for good", async () => {
    const { httpUrl, syncUrl } = await startRelay();
    const lurah = token("desa-a", "lurah");

    const created = await api(httpUrl, "POST", "/api/invites", lurah, { role: "kader", name: "Ibu Kader RT 03", days: 7 });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ role: "kader", opd: null, name: "Ibu Kader RT 03" });
    const kaderToken = created.json.token as string;
    const jti = created.json.jti as string;
    expect(Date.parse(created.json.expiresAt as string) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    const kader = await openSyncedClient(syncUrl, "desa-a/roster", kaderToken);

    const listed = await api(httpUrl, "GET", "/api/invites", lurah);
    expect(listed.status).toBe(200);
    const invites = listed.json.invites as Array<Record<string, unknown>>;
    expect(invites).toEqual([expect.objectContaining({ jti, role: "kader", name: "Ibu Kader RT 03", state: "active", revokedAt: null })]);
    expect(JSON.stringify(listed.json)).not.toContain(kaderToken);

    expect((await api(httpUrl, "POST", "/api/invites", kaderToken, { role: "kader" })).status).toBe(403);
    expect((await api(httpUrl, "GET", "/api/invites", kaderToken)).status).toBe(403);
    expect((await api(httpUrl, "DELETE", `/api/invites/${jti}`, token("desa-b", "lurah"))).status).toBe(404);

    const revoked = await api(httpUrl, "DELETE", `/api/invites/${jti}`, lurah);
    expect(revoked).toEqual({ status: 200, json: { jti, revoked: true, cascaded: [] } });
    await waitFor(() => kader.closed.length > 0, "provider told the close is final");
    expect(kader.closed[0]).toEqual({ code: 4401, reason: "token dicabut" });
    expect(kader.provider.shouldConnect).toBe(false);
    await waitFor(async () => (await health(httpUrl)).connections === 0, "no reconnect");

    const again = openRaw(roomUrl(syncUrl, "desa-a/roster", kaderToken));
    await waitFor(() => again.refusedStatus !== null, "refused upgrade");
    expect(again.refusedStatus).toBe(401);
    expect((await api(httpUrl, "GET", "/api/invites", lurah)).json.invites).toEqual([
      expect.objectContaining({ jti, state: "revoked" }),
    ]);
  });

  it("validates requests and authentication", async () => {
    const { httpUrl } = await startRelay();
    const lurah = token("desa-a", "lurah");
    expect((await api(httpUrl, "GET", "/api/invites", null)).status).toBe(401);
    expect((await api(httpUrl, "GET", "/api/invites", "garbage")).status).toBe(401);
    expect((await api(httpUrl, "POST", "/api/invites", lurah, { role: "camat" })).status).toBe(400);
    expect((await api(httpUrl, "POST", "/api/invites", lurah, { role: "opd" })).status).toBe(400);
    expect((await api(httpUrl, "POST", "/api/invites", lurah, { role: "kader", days: 366 })).status).toBe(400);
    expect((await api(httpUrl, "POST", "/api/invites", lurah, { role: "kader", days: 0 })).status).toBe(400);
    expect((await api(httpUrl, "POST", "/api/invites", lurah, { role: "kader", name: "x".repeat(121) })).status).toBe(400);
    const broken = await api(httpUrl, "POST", "/api/invites", lurah, "{not json");
    expect(broken.status).toBe(400);
    expect(typeof broken.json.message).toBe("string");
    const huge = await api(httpUrl, "POST", "/api/invites", lurah, JSON.stringify({ role: "kader", pad: "x".repeat(70_000) }));
    expect(huge.status).toBe(413);
    const opd = await api(httpUrl, "POST", "/api/invites", lurah, { role: "opd", opd: "DINKES" });
    expect(opd.status).toBe(201);
    expect(opd.json).toMatchObject({ role: "opd", opd: "DINKES", name: null });
    expect((await api(httpUrl, "DELETE", "/api/invites/does-not-exist", lurah)).status).toBe(404);
  });
});
