import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { base64UrlDecode, base64UrlEncode, type TokenPayload } from "@shared/model/index.ts";
import { mintToken, signToken, verifyToken } from "./tokens.ts";

const SECRET = "a-test-secret-of-enough-length";
const NOW = 1_800_000_000;
const payload: TokenPayload = { v: 1, jti: "abc123", ws: "desa-contoh", role: "kader", iat: NOW - 10, exp: NOW + 3600 };
const valid = signToken(SECRET, payload);

function tamperPayload(token: string): string {
  const [body, sig] = token.split(".") as [string, string];
  const json = JSON.parse(new TextDecoder().decode(base64UrlDecode(body)!)) as TokenPayload;
  json.role = "lurah";
  return `${base64UrlEncode(new TextEncoder().encode(JSON.stringify(json)))}.${sig}`;
}

describe("token verification", () => {
  const cases: Array<[string, string, string]> = [
    ["a valid token", valid, "ok"],
    ["a token signed with another secret", signToken("another-secret-of-enough-length", payload), "bad_signature"],
    ["a token whose payload was changed after signing", tamperPayload(valid), "bad_signature"],
    ["a token whose signature was truncated", valid.slice(0, -4), "bad_signature"],
    ["an expired token", signToken(SECRET, { ...payload, exp: NOW }), "expired"],
    ["an empty string", "", "malformed"],
    ["a token without a dot", valid.replace(".", ""), "malformed"],
    ["a token with three parts", `${valid}.x`, "malformed"],
    ["a token with non-base64url characters", `${valid.split(".")[0]}.a+b/c=`, "malformed"],
    ["a signed payload that is not JSON", signRaw("not json"), "malformed"],
    ["a signed payload with an unknown role", signRaw(JSON.stringify({ ...payload, role: "admin" })), "malformed"],
    ["a signed opd payload without agency", signRaw(JSON.stringify({ ...payload, role: "opd" })), "malformed"],
  ];

  it.each(cases)("%s", (_label, token, expected) => {
    const result = verifyToken(SECRET, token, NOW);
    expect(result.ok ? "ok" : result.reason).toBe(expected);
  });

  it("returns the payload of a valid token", () => {
    const result = verifyToken(SECRET, valid, NOW);
    expect(result).toEqual({ ok: true, payload });
  });

  it("mints tokens with a fresh jti and the requested lifetime", () => {
    const a = mintToken(SECRET, { workspace: "desa-contoh", role: "opd", opd: "DINKES", days: 2 }, NOW);
    const b = mintToken(SECRET, { workspace: "desa-contoh", role: "opd", opd: "DINKES", days: 2 }, NOW);
    expect(a.payload.jti).not.toBe(b.payload.jti);
    expect(a.payload.exp - a.payload.iat).toBe(2 * 86_400);
    expect(verifyToken(SECRET, a.token, NOW)).toEqual({ ok: true, payload: a.payload });
  });
});

/** Signs an arbitrary body with node:crypto directly: the oracle must not be the module under test. */
function signRaw(json: string): string {
  const body = base64UrlEncode(new TextEncoder().encode(json));
  return `${body}.${base64UrlEncode(new Uint8Array(createHmac("sha256", SECRET).update(body).digest()))}`;
}
