import { describe, expect, it } from "vitest";
import { openRaw, openSyncedClient, roomUrl } from "./support/clients.ts";
import { api } from "./support/reports.ts";
import { startRelay } from "./support/relay.ts";
import { invitedToken } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

interface Listed {
  jti: string;
  name: string | null;
  state: string;
  mintedBy: { jti: string; name: string | null; role: string | null } | null;
}

const invite = async (httpUrl: string, bearer: string, body: Record<string, unknown>) => {
  const answer = await api(httpUrl, "/api/invites", bearer, { method: "POST", body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { jti: string; token: string };
};

// Issue 17, item 13: revoking a lurah did not revoke the tokens that lurah minted, and a lurah could
// mint lurah tokens valid 365 days.
describe("revocation reaches what the revoked person minted", () => {
  it("revoking a lurah revokes the lurah and kader she invited (and closes their sockets), and the list says who minted each", async () => {
    const relay = await startRelay();
    const operatorLurah = invitedToken(relay.storage, "desa-a", "lurah", { name: "Lurah Siti" }).token;
    const rogue = await invite(relay.httpUrl, operatorLurah, { role: "lurah", name: "Sekdes Budi", days: 30 });
    const spare = await invite(relay.httpUrl, rogue.token, { role: "lurah", name: "Cadangan", days: 30 });
    const kader = await invite(relay.httpUrl, rogue.token, { role: "kader", name: "Kader Yuli" });
    const kaderOfSpare = await invite(relay.httpUrl, spare.token, { role: "kader", name: "Kader Ani" });
    const own = await invite(relay.httpUrl, operatorLurah, { role: "kader", name: "Bidan Sari" });

    // the lurah sees who minted each invite: the relay operator, or a named person
    const before = (await api(relay.httpUrl, "/api/invites", operatorLurah)).body.invites as Listed[];
    const mintedBy = Object.fromEntries(before.map((i) => [i.name, i.mintedBy?.name ?? "operator"]));
    expect(mintedBy).toEqual({ "Lurah Siti": "operator", "Sekdes Budi": "Lurah Siti", Cadangan: "Sekdes Budi", "Kader Yuli": "Sekdes Budi", "Kader Ani": "Cadangan", "Bidan Sari": "Lurah Siti" });

    const live = await openSyncedClient(relay.syncUrl, "desa-a/roster", kaderOfSpare.token);
    const revoked = await api(relay.httpUrl, `/api/invites/${rogue.jti}`, operatorLurah, { method: "DELETE" });
    expect(revoked.status).toBe(200);
    expect((revoked.body.cascaded as string[]).sort()).toEqual([spare.jti, kader.jti, kaderOfSpare.jti].sort());
    await waitFor(() => live.closed.length > 0, "the socket of an invite minted down the chain is closed");
    expect(live.closed[0]).toEqual({ code: 4401, reason: "token dicabut" });

    for (const gone of [rogue, spare, kader, kaderOfSpare]) {
      expect((await api(relay.httpUrl, "/api/token-status", gone.token)).body.status).toBe("revoked");
      const raw = openRaw(roomUrl(relay.syncUrl, "desa-a/roster", gone.token));
      await waitFor(() => raw.refusedStatus !== null || raw.opened, "upgrade answer");
      expect(raw.refusedStatus).toBe(401);
    }
    // what the revoking lurah and others minted is untouched
    expect((await api(relay.httpUrl, "/api/token-status", own.token)).body.status).toBe("valid");
    const after = (await api(relay.httpUrl, "/api/invites", operatorLurah)).body.invites as Listed[];
    expect(Object.fromEntries(after.map((i) => [i.name, i.state]))).toEqual({
      "Lurah Siti": "active", "Sekdes Budi": "revoked", Cadangan: "revoked", "Kader Yuli": "revoked", "Kader Ani": "revoked", "Bidan Sari": "active",
    });
  });

  it("a lurah who took over from the one who invited her revokes the one leaving without revoking herself", async () => {
    const relay = await startRelay();
    const leaving = invitedToken(relay.storage, "desa-a", "lurah", { name: "Lurah Lama" });
    const next = await invite(relay.httpUrl, leaving.token, { role: "lurah", name: "Lurah Baru" });
    const kaderOfLeaving = await invite(relay.httpUrl, leaving.token, { role: "kader", name: "Kader Yuli" });
    const answer = await api(relay.httpUrl, `/api/invites/${leaving.jti}`, next.token, { method: "DELETE" });
    expect(answer.body.cascaded).toEqual([kaderOfLeaving.jti]);
    expect((await api(relay.httpUrl, "/api/token-status", next.token)).body.status).toBe("valid");
    expect((await api(relay.httpUrl, "/api/token-status", leaving.token)).body.status).toBe("revoked");
  });

  it("each role has its longest lifetime: a lurah mints a lurah for 90 days at most, a kader for a year", async () => {
    const relay = await startRelay();
    const lurah = invitedToken(relay.storage, "desa-a", "lurah").token;
    const tooLong = await api(relay.httpUrl, "/api/invites", lurah, { method: "POST", body: { role: "lurah", days: 365 } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toContain("90");
    await invite(relay.httpUrl, lurah, { role: "lurah", days: 90 });
    await invite(relay.httpUrl, lurah, { role: "kader", days: 365 });
    for (const [role, days, ok] of [["viewer", 91, false], ["opd", 181, false], ["opd", 180, true]] as const) {
      const answer = await api(relay.httpUrl, "/api/invites", lurah, { method: "POST", body: { role, days, ...(role === "opd" ? { opd: "DLHK" } : {}) } });
      expect({ role, days, status: answer.status }).toEqual({ role, days, status: ok ? 201 : 400 });
    }
  });
});
