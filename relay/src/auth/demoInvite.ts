import type { TokenPayload } from "@shared/model/index.ts";
import type { RelayStorage } from "../storage/types.ts";
import { mintInvite } from "./mintInvite.ts";
import { nowSeconds, signToken } from "./tokens.ts";

const NAME = "Lurah Desa Contoh";
const LABEL = "Lurah Desa Contoh (tautan demo)";
const DAYS = 30;
/** A demo link with less than this left is replaced by a fresh one. */
const MIN_LEFT_SECONDS = 7 * 86_400;

/**
 * The demo lurah link printed at start. Every start used to mint a new invite,
 * so the lurah's invite list grew by one per restart; now the newest demo
 * invite that is neither revoked nor close to expiry is signed again (the same
 * payload gives the same token: the token string itself is never stored).
 */
export function demoInvite(secret: string, storage: RelayStorage, workspace: string, now = nowSeconds()): { token: string; payload: TokenPayload; reused: boolean } {
  const current = storage
    .listInvites(workspace)
    .filter((i) => i.label === LABEL && i.role === "lurah" && i.revokedAt === null && i.expiresAt - now >= MIN_LEFT_SECONDS)
    .sort((a, b) => b.createdAt - a.createdAt)[0];
  if (current) {
    // the field order of mintToken's payload, so the token is byte-for-byte the one printed before
    const payload: TokenPayload = { v: 1, jti: current.jti, ws: workspace, role: "lurah", iat: current.createdAt, exp: current.expiresAt, name: NAME };
    return { token: signToken(secret, payload), payload, reused: true };
  }
  return { ...mintInvite(secret, storage, { workspace, role: "lurah", name: NAME, days: DAYS }, LABEL, now), reused: false };
}
