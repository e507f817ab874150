import { describe, expect, it } from "vitest";
import { openRaw, roomUrl } from "./support/clients.ts";
import { startRelay } from "./support/relay.ts";
import { signJwt, tokenClaims } from "../support/testTokens.ts";
import { invitedToken, TEST_KEY, token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

describe("unauthorised upgrades are refused with an HTTP status before any document byte", () => {
  const cases: Array<[string, string, () => string | undefined, number]> = [
    ["no token", "desa-a/board", () => undefined, 401],
    ["a forged token", "desa-a/board", () => token("desa-a", "lurah", { secret: "some-other-secret-of-length" }), 401],
    ["an expired token", "desa-a/board", () => token("desa-a", "lurah", { now: Math.floor(Date.now() / 1000) - 3 * 86_400 }), 401],
    ["a garbage token", "desa-a/board", () => "not.a.token", 401],
    ["a token naming a key the relay does not hold", "desa-a/board", () => signJwt({ ...TEST_KEY, kid: "k-unknown" }, tokenClaims("desa-a", "lurah")), 401],
    ["an unsigned token (alg none)", "desa-a/board", () => unsigned(tokenClaims("desa-a", "lurah")), 401],
    ["a token signed with another algorithm's header", "desa-a/board", () => signJwt(TEST_KEY, tokenClaims("desa-a", "lurah"), { alg: "HS512", typ: "JWT", kid: TEST_KEY.kid }), 401],
    ["a token for another workspace", "desa-a/board", () => token("desa-b", "lurah"), 403],
    ["an opd token on the roster", "desa-a/roster", () => token("desa-a", "opd"), 403],
    ["a viewer token on the roster", "desa-a/roster", () => token("desa-a", "viewer"), 403],
    ["an unknown doc kind", "desa-a/secrets", () => token("desa-a", "lurah"), 404],
    ["a bad workspace id", "DESA_A/board", () => token("desa-a", "lurah"), 404],
  ];

  it.each(cases)("%s", async (_label, room, makeToken, status) => {
    const { syncUrl } = await startRelay();
    const raw = openRaw(roomUrl(syncUrl, room, makeToken()));
    await waitFor(() => raw.refusedStatus !== null || raw.opened, "upgrade answer");
    expect(raw.opened).toBe(false);
    expect(raw.refusedStatus).toBe(status);
    expect(raw.messages).toEqual([]);
  });

  it("a revoked token", async () => {
    const { syncUrl, storage } = await startRelay();
    const { token: revoked, jti } = invitedToken(storage, "desa-a", "kader");
    storage.revokeInvite("desa-a", jti, Math.floor(Date.now() / 1000));
    const raw = openRaw(roomUrl(syncUrl, "desa-a/board", revoked));
    await waitFor(() => raw.refusedStatus !== null || raw.opened, "upgrade answer");
    expect(raw.refusedStatus).toBe(401);
    expect(raw.messages).toEqual([]);
  });

  it("a path outside /sync/<workspace>/<doc>", async () => {
    const { syncUrl } = await startRelay();
    const raw = openRaw(`${syncUrl}/desa-a/board/extra?token=${token("desa-a", "lurah")}`);
    await waitFor(() => raw.refusedStatus !== null || raw.opened, "upgrade answer");
    expect(raw.refusedStatus).toBe(404);
  });
});

function unsigned(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT", kid: TEST_KEY.kid })}.${part(claims)}.`;
}
