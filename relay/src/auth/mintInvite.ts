import type { TokenPayload } from "@shared/model/index.ts";
import type { RelayStorage } from "../storage/types.ts";
import type { Keyring } from "./keys.ts";
import { mintToken, type MintRequest } from "./tokens.ts";

/**
 * Mints a token and records it as an invite, so the lurah can list and revoke it. The one way tokens are
 * made: the invite API, `npm run token` and the demo link. The invitee's name is kept in the record (the
 * relay's word for who sends with this jti), never in the token; `mintedBy` is the jti of the token that
 * minted it (null: the relay operator), so revoking a person revokes what they minted (PROTOCOL.md 3).
 */
export async function mintInvite(
  keys: Keyring,
  storage: RelayStorage,
  req: MintRequest,
  opts: { label?: string | null; mintedBy?: string | null; now?: number } = {},
): Promise<{ token: string; payload: TokenPayload }> {
  const minted = await mintToken(keys, req, opts.now);
  const { payload } = minted;
  storage.createInvite({
    jti: payload.jti,
    workspace: payload.ws,
    role: payload.role,
    opd: payload.opd ?? null,
    wilayah: payload.wilayah ?? null,
    label: opts.label === undefined ? (req.name ?? null) : opts.label,
    mintedBy: opts.mintedBy ?? null,
    createdAt: payload.iat,
    expiresAt: payload.exp,
    revokedAt: null,
  });
  return minted;
}
