import type { TokenPayload } from "@shared/model/index.ts";
import type { RelayStorage } from "../storage/types.ts";
import type { Keyring } from "./keys.ts";
import { mintInvite } from "./mintInvite.ts";
import { nowSeconds, signToken } from "./tokens.ts";

const NAME = "Lurah Desa Contoh";
const DAYS = 30;
/** A demo link with less than this left is replaced by a fresh one. */
const MIN_LEFT_SECONDS = 7 * 86_400;

/**
 * The demo lurah link printed at start (only where the demo workspace is made: main.ts). Every start used
 * to mint a new invite, so the lurah's invite list grew by one per restart; now the newest demo invite
 * (the operator's, named NAME) that is neither revoked nor close to expiry is signed again: the same
 * claims with the same key give the same token (the token string itself is never stored).
 */
export async function demoInvite(keys: Keyring, storage: RelayStorage, workspace: string, now = nowSeconds()): Promise<{ token: string; payload: TokenPayload; reused: boolean }> {
  const current = storage
    .listInvites(workspace)
    .filter((i) => i.label === NAME && i.role === "lurah" && i.mintedBy === null && i.revokedAt === null && i.expiresAt - now >= MIN_LEFT_SECONDS)
    .sort((a, b) => b.createdAt - a.createdAt)[0];
  if (current) {
    const payload: TokenPayload = { v: 2, jti: current.jti, ws: workspace, role: "lurah", iat: current.createdAt, exp: current.expiresAt };
    return { token: await signToken(keys, payload), payload, reused: true };
  }
  return { ...(await mintInvite(keys, storage, { workspace, role: "lurah", name: NAME, days: DAYS }, { now })), reused: false };
}
