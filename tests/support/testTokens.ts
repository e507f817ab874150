import { createHash, createHmac } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Role } from "@shared/model/index.ts";

/**
 * Tokens for tests, signed here with node:crypto, not with the relay's own code (jose): the oracle must
 * not be the module under test. A relay that accepts these accepts standard HS256 JWTs with a `kid`,
 * as relay/PROTOCOL.md section 2 says; one that refuses them refuses what any JWT library would make.
 */
export interface TestKey {
  kid: string;
  secret: Uint8Array;
}

export function testKey(seed: string, kid = `k-${seed}`): TestKey {
  return { kid, secret: new Uint8Array(createHash("sha256").update(seed).digest()) };
}

function b64url(bytes: Uint8Array | string): string {
  return Buffer.from(bytes).toString("base64url");
}

/** A compact JWS (HS256) over `claims` with `header` (alg HS256, typ JWT and the key's kid unless given). */
export function signJwt(key: TestKey, claims: Record<string, unknown>, header: Record<string, unknown> = { alg: "HS256", typ: "JWT", kid: key.kid }): string {
  const body = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  return `${body}.${b64url(createHmac("sha256", key.secret).update(body).digest())}`;
}

/** A token of the old form (v 1, before issue 17): `<base64url(JSON)>.<base64url(HMAC-SHA256(secret))>`. */
export function signLegacy(secret: string, payload: Record<string, unknown>): string {
  const body = b64url(JSON.stringify(payload));
  return `${body}.${b64url(createHmac("sha256", secret).update(body).digest())}`;
}

/** DATA_DIR/keys.json holding `keys` (the newest last signs), as the relay writes it. */
export function writeKeyFile(dataDir: string, keys: TestKey[]): void {
  const file = { format: "rembuk-keys", v: 1, keys: keys.map((k, i) => ({ kid: k.kid, secret: b64url(k.secret), createdAt: 0, retiredAt: i === keys.length - 1 ? null : 1 })) };
  writeFileSync(join(dataDir, "keys.json"), JSON.stringify(file), { mode: 0o600 });
}

export interface TokenClaims {
  jti?: string;
  opd?: string;
  wilayah?: string;
  days?: number;
  /** seconds since epoch; default now */
  now?: number;
}

let counter = 0;

/** The claims the relay mints (v 2): workspace (or a district's space), role, agency, reach, times. */
export function tokenClaims(workspace: string, role: Role, options: TokenClaims = {}): Record<string, unknown> {
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    v: 2,
    ws: workspace,
    role,
    jti: options.jti ?? `t${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 8)}`,
    iat: now,
    exp: now + Math.round((options.days ?? 1) * 86_400),
  };
  if (options.opd !== undefined) claims.opd = options.opd;
  if (options.wilayah !== undefined) claims.wilayah = options.wilayah;
  return claims;
}
