import type { TokenPayload } from "@shared/model/index.ts";
import type { RelayStorage } from "../storage/types.ts";
import type { Keyring } from "./keys.ts";
import { nowSeconds, verifyToken } from "./tokens.ts";

export type AuthResult = { ok: true; payload: TokenPayload } | { ok: false; reason: "missing" | "malformed" | "bad_signature" | "expired" | "revoked" };

/**
 * Signature, expiry and revocation: the same check for sync upgrades and every API. (Revoking an invite
 * revokes what its holder minted too, at that moment: http/api.ts.) The payload returned carries the name
 * the relay keeps for the jti (its invite record): that, not anything a device writes, is who sends with
 * this token. A v 1 token signed its name in, and keeps it.
 */
export async function authenticate(
  token: string | null,
  keys: Keyring,
  storage: RelayStorage,
  now = nowSeconds(),
): Promise<AuthResult> {
  if (token === null || token.length === 0) return { ok: false, reason: "missing" };
  const verified = await verifyToken(keys, token, now);
  if (!verified.ok) return verified;
  const payload = verified.payload;
  const invite = storage.getInvite(payload.jti);
  if (invite && invite.revokedAt !== null) return { ok: false, reason: "revoked" };
  if (payload.v === 2 && invite?.label) payload.name = invite.label;
  return { ok: true, payload };
}
