import { describe, expect, it } from "vitest";
import { signJwt, testKey } from "../support/testTokens.ts";
import { openRaw, roomUrl } from "./support/clients.ts";
import { startRelay } from "./support/relay.ts";
import { invitedToken, TEST_KEY, token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

/** GET /api/token-status (relay/PROTOCOL.md, "Why a token is refused"), on a real relay and SQLite file. */
async function status(httpUrl: string, bearer: string | null, method = "GET") {
  const res = await fetch(`${httpUrl}/api/token-status`, { method, headers: bearer === null ? {} : { Authorization: `Bearer ${bearer}` } });
  return { code: res.status, cache: res.headers.get("cache-control"), body: (await res.json()) as Record<string, unknown> };
}

describe("the relay says why it refuses a token, which a browser cannot read from a refused upgrade", () => {
  it("answers valid, revoked, expired, bad signature, malformed and missing, each as the upgrade decides", async () => {
    const { httpUrl, syncUrl, storage } = await startRelay();
    const { token: revoked, jti } = invitedToken(storage, "desa-a", "kader", { name: "Ibu Kader" });
    storage.revokeInvite("desa-a", jti, Math.floor(Date.now() / 1000));

    const cases: Array<[string, string | null, string]> = [
      ["valid", token("desa-a", "kader"), "valid"],
      ["revoked", revoked, "revoked"],
      ["expired", token("desa-a", "kader", { now: Math.floor(Date.now() / 1000) - 3 * 86_400 }), "expired"],
      ["from another relay's secret", token("desa-a", "kader", { secret: "another-relay-secret-0123456789" }), "bad_signature"],
      ["of the old form, still valid", token("desa-a", "kader", { legacy: {} }), "valid"],
      ["garbage", "not-a-token", "malformed"],
      ["no token", null, "missing"],
    ];
    for (const [label, bearer, expected] of cases) {
      const answer = await status(httpUrl, bearer);
      expect({ label, ...answer }).toEqual({ label, code: 200, cache: "no-store", body: { status: expected } });
      // the upgrade agrees: a valid token is accepted, every other one refused with 401
      if (bearer === null) continue;
      const raw = openRaw(roomUrl(syncUrl, "desa-a/board", bearer));
      await waitFor(() => raw.opened || raw.refusedStatus !== null, `upgrade answer for ${label}`);
      expect({ label, refused: raw.refusedStatus }).toEqual({ label, refused: expected === "valid" ? null : 401 });
    }
  });

  it("tells a revocation only to a token this relay signed, and nothing about the workspace or the invite", async () => {
    const { httpUrl, storage, log } = await startRelay();
    const { token: real, jti } = invitedToken(storage, "desa-a", "kader", { name: "Ibu Kader" });
    storage.revokeInvite("desa-a", jti, Math.floor(Date.now() / 1000));
    // the revoked invite's very claims signed with another key under the same key id: the relay does not say it is revoked
    const claims = JSON.parse(Buffer.from(real.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;
    const forged = signJwt({ kid: TEST_KEY.kid, secret: testKey("another-relay").secret }, claims);
    const answer = await status(httpUrl, forged);
    expect(answer.body).toEqual({ status: "bad_signature" });
    expect(JSON.stringify(answer.body)).not.toMatch(/desa-a|Ibu Kader|kader/);
    // and the refusal is logged without the token or its id
    expect(log.lines.filter((l) => l.includes("token.status"))).toEqual([expect.stringContaining("status=bad_signature")]);
    expect(log.lines.join("\n")).not.toContain(forged.split(".")[1]);
    expect(log.lines.join("\n")).not.toContain(jti.slice(0, 6));
  });

  it("answers GET only", async () => {
    const { httpUrl } = await startRelay();
    const answer = await status(httpUrl, token("desa-a", "kader"), "POST");
    expect(answer.code).toBe(405);
  });
});
