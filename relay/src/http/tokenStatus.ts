import type { IncomingMessage, ServerResponse } from "node:http";
import type { TokenStatus } from "@shared/model/index.ts";
import { authenticate } from "../auth/authenticate.ts";
import type { Keyring } from "../auth/keys.ts";
import { nowSeconds } from "../auth/tokens.ts";
import type { Logger } from "../log.ts";
import type { RelayStorage } from "../storage/types.ts";
import { bearerToken, sendError, sendJson } from "./respond.ts";

/**
 * `GET /api/token-status` (relay/PROTOCOL.md, "Why a token is refused"). A browser cannot read the
 * HTTP status of a refused WebSocket upgrade (it sees a socket that closed with 1006, the same as a
 * relay it cannot reach), so the app asks here why, and stops dialling when the answer is final.
 * It says no more than the upgrade already decides: the caller must hold the token, a revocation or
 * expiry is only told for a token this relay signed, and nothing about the workspace is returned.
 */
export async function handleTokenStatus(req: IncomingMessage, res: ServerResponse, ctx: { keys: Keyring; storage: RelayStorage; log: Logger }): Promise<void> {
  if (req.method !== "GET") {
    res.setHeader("Allow", "GET");
    return sendError(res, 405, "metode_tidak_diizinkan", "Metode tidak diizinkan.");
  }
  const auth = await authenticate(bearerToken(req), ctx.keys, ctx.storage, nowSeconds());
  const status: TokenStatus = auth.ok ? "valid" : auth.reason;
  // one line per refused token, as for a refused upgrade: the status only, never the token
  if (status !== "valid") ctx.log.info("token.status", { status });
  sendJson(res, 200, { status });
}
