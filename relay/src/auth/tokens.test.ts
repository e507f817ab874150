import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readTokenPayload } from "@shared/model/index.ts";
import { Keyring } from "./keys.ts";
import { mintToken, verifyToken } from "./tokens.ts";

const NOW = 1_800_000_000;
const secretOf = (seed: number) => new Uint8Array(32).fill(seed);
const OLD_KEY = { kid: "k-old", secret: secretOf(1), createdAt: 0, retiredAt: 10 };
const NEW_KEY = { kid: "k-new", secret: secretOf(2), createdAt: 10, retiredAt: null };
const LEGACY = "a-test-secret-of-enough-length";
const keys = Keyring.fixed([OLD_KEY, NEW_KEY], LEGACY);
const claims = { v: 2, jti: "abc123", ws: "desa-contoh", role: "kader", iat: NOW - 10, exp: NOW + 3600 };

/** A JWT signed with node:crypto directly: the oracle must not be the module under test (jose). */
function jwt(body: Record<string, unknown>, key: { kid: string; secret: Uint8Array }, header: Record<string, unknown> = { alg: "HS256", typ: "JWT", kid: key.kid }): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  const signed = `${b64(header)}.${b64(body)}`;
  return `${signed}.${createHmac("sha256", key.secret).update(signed).digest("base64url")}`;
}

function legacy(body: Record<string, unknown>, secret = LEGACY): string {
  const part = Buffer.from(JSON.stringify(body)).toString("base64url");
  return `${part}.${createHmac("sha256", secret).update(part).digest("base64url")}`;
}

describe("token verification", () => {
  const valid = jwt(claims, NEW_KEY);
  const cases: Array<[string, string, string]> = [
    ["a JWT signed with the current key", valid, "ok"],
    ["a JWT signed with a retired key it names (rotation keeps it valid)", jwt(claims, OLD_KEY), "ok"],
    ["a JWT naming a key the relay does not hold", jwt(claims, { kid: "k-gone", secret: secretOf(3) }), "bad_signature"],
    ["a JWT signed with another secret under a known key id", jwt(claims, { kid: "k-new", secret: secretOf(9) }), "bad_signature"],
    ["a JWT whose claims were changed after signing", valid.replace(/^([^.]+)\.([^.]+)\./, (_m, h: string) => `${h}.${Buffer.from(JSON.stringify({ ...claims, role: "lurah" })).toString("base64url")}.`), "bad_signature"],
    ["an unsigned JWT (alg none)", `${Buffer.from(JSON.stringify({ alg: "none", kid: "k-new" })).toString("base64url")}.${valid.split(".")[1]}.`, "bad_signature"],
    ["a JWT with another algorithm in its header", jwt(claims, NEW_KEY, { alg: "HS384", typ: "JWT", kid: "k-new" }), "bad_signature"],
    ["an expired JWT", jwt({ ...claims, exp: NOW }, NEW_KEY), "expired"],
    ["a JWT without a jti", jwt({ ...claims, jti: undefined }, NEW_KEY), "malformed"],
    ["a JWT with an unknown role", jwt({ ...claims, role: "admin" }, NEW_KEY), "malformed"],
    ["a JWT of the old version", jwt({ ...claims, v: 1 }, NEW_KEY), "malformed"],
    ["a JWT of another type", jwt(claims, NEW_KEY, { alg: "HS256", typ: "at+jwt", kid: "k-new" }), "malformed"],
    ["an old-form token, signed with the old secret", legacy({ ...claims, v: 1 }), "ok"],
    ["an old-form token signed with another secret", legacy({ ...claims, v: 1 }, "another-secret-of-enough-length"), "bad_signature"],
    ["an expired old-form token", legacy({ ...claims, v: 1, exp: NOW }), "expired"],
    ["an empty string", "", "malformed"],
    ["four parts", `${valid}.x`, "malformed"],
    ["garbage", "not-a-token", "malformed"],
    ["an oversized token", `${valid}${"A".repeat(5000)}`, "malformed"],
  ];

  it.each(cases)("%s", async (_label, token, expected) => {
    const result = await verifyToken(keys, token, NOW);
    expect(result.ok ? "ok" : result.reason).toBe(expected);
  });

  it("refuses old-form tokens when the relay holds no old secret", async () => {
    const result = await verifyToken(Keyring.fixed([NEW_KEY]), legacy({ ...claims, v: 1 }), NOW);
    expect(result).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("keeps a name signed into an old-form token, and ignores one put in a JWT", async () => {
    const old = await verifyToken(keys, legacy({ ...claims, v: 1, name: "Bu Ani" }), NOW);
    expect(old.ok && old.payload.name).toBe("Bu Ani");
    const forged = await verifyToken(keys, jwt({ ...claims, name: "Lurah Bambang" }, NEW_KEY), NOW);
    expect(forged.ok && forged.payload.name).toBeUndefined();
  });

  it("mints JWTs with the current key, a fresh jti, the requested lifetime and no name, which devices can read", async () => {
    const a = await mintToken(keys, { workspace: "desa-contoh", role: "opd", opd: "DINKES", name: "Bu Ani", days: 2 }, NOW);
    const b = await mintToken(keys, { workspace: "desa-contoh", role: "opd", opd: "DINKES", days: 2 }, NOW);
    expect(a.payload.jti).not.toBe(b.payload.jti);
    expect(a.payload.exp - a.payload.iat).toBe(2 * 86_400);
    const [header, body] = a.token.split(".").slice(0, 2).map((part) => JSON.parse(Buffer.from(part, "base64url").toString()) as Record<string, unknown>);
    expect(header).toEqual({ alg: "HS256", typ: "JWT", kid: "k-new" });
    expect(body).not.toHaveProperty("name");
    expect(a.token).not.toContain(Buffer.from("Bu Ani").toString("base64url"));
    expect(await verifyToken(keys, a.token, NOW)).toEqual({ ok: true, payload: a.payload });
    expect(readTokenPayload(a.token)).toEqual(a.payload);
  });
});
