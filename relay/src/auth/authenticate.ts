import type { TokenPayload } from "@shared/model/index.ts";
import type { RelayStorage } from "../storage/types.ts";
import type { Keyring } from "./keys.ts";
import { nowSeconds, verifyToken } from "./tokens.ts";

export type AuthResult = { ok: true; payload: TokenPayload } | { ok: false; reason: "missing" | "malformed" | "bad_signature" | "expired" | "revoked" };

/**
 * Signature, expiry and revocation: the same check for sync upgrades and every API. (Revoking an invite
 * revokes what its holder minted too, at that moment: http/api.ts.)
 *
 * The payload returned carries, as `name`, who sends with this token as the relay knows it: the name its
 * invite record keeps for the jti ("" when the invite named nobody), or the name a v 1 token signed in.
 * The board guard accepts records signed only with that name (rooms/boardPolicy.ts). A token the relay
 * holds no record of (only a relay whose database was restored from an older backup meets one: every
 * token it mints is recorded) keeps `name` undefined: there is nothing to check a name against.
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
  if (invite && payload.name === undefined) payload.name = invite.label ?? "";
  return { ok: true, payload };
}
