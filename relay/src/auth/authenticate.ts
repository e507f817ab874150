import type { TokenPayload } from "@shared/model/index.ts";
import type { RelayStorage } from "../storage/types.ts";
import { nowSeconds, verifyToken } from "./tokens.ts";

export type AuthResult = { ok: true; payload: TokenPayload } | { ok: false; reason: "missing" | "malformed" | "bad_signature" | "expired" | "revoked" };

/** Signature, expiry and revocation: the same check for sync upgrades and the invite API. */
export function authenticate(
  token: string | null,
  secret: string,
  storage: RelayStorage,
  now = nowSeconds(),
): AuthResult {
  if (token === null || token.length === 0) return { ok: false, reason: "missing" };
  const verified = verifyToken(secret, token, now);
  if (!verified.ok) return verified;
  if (storage.isRevoked(verified.payload.jti)) return { ok: false, reason: "revoked" };
  return verified;
}
