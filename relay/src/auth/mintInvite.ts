import type { TokenPayload } from "@shared/model/index.ts";
import type { RelayStorage } from "../storage/types.ts";
import { mintToken, type MintRequest } from "./tokens.ts";

/**
 * Mints a token and records it as an invite, so the lurah can list and revoke it.
 * The one way tokens are made: the invite API, `npm run token` and the demo link.
 */
export function mintInvite(secret: string, storage: RelayStorage, req: MintRequest, label = req.name ?? null, now?: number): { token: string; payload: TokenPayload } {
  const minted = mintToken(secret, req, now);
  const { payload } = minted;
  storage.createInvite({
    jti: payload.jti,
    workspace: payload.ws,
    role: payload.role,
    opd: payload.opd ?? null,
    wilayah: payload.wilayah ?? null,
    label,
    createdAt: payload.iat,
    expiresAt: payload.exp,
    revokedAt: null,
  });
  return minted;
}
