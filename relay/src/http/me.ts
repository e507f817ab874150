import type { IncomingMessage, ServerResponse } from "node:http";
import { authenticate } from "../auth/authenticate.ts";
import type { Keyring } from "../auth/keys.ts";
import type { RelayStorage } from "../storage/types.ts";
import { bearerToken, sendError, sendJson } from "./respond.ts";

/**
 * `GET /api/me` (relay/PROTOCOL.md section 2): what the relay knows of the caller's own token, its name
 * above all. A token carries no name (it travels on every connection); the relay keeps it beside the jti,
 * and a device learns its own here when it joins, to sign what it writes as the relay expects.
 */
export async function handleMe(req: IncomingMessage, res: ServerResponse, ctx: { keys: Keyring; storage: RelayStorage }): Promise<void> {
  if (req.method !== "GET") {
    res.setHeader("Allow", "GET");
    return sendError(res, 405, "metode_tidak_diizinkan", "Metode tidak diizinkan.");
  }
  const auth = await authenticate(bearerToken(req), ctx.keys, ctx.storage);
  if (!auth.ok) return sendError(res, 401, "token_tidak_sah", "Token tidak ada, tidak sah, kedaluwarsa atau dicabut.");
  const p = auth.payload;
  sendJson(res, 200, {
    jti: p.jti,
    ws: p.ws,
    role: p.role,
    opd: p.opd ?? null,
    wilayah: p.wilayah ?? null,
    name: p.name || null,
    expiresAt: new Date(p.exp * 1000).toISOString(),
  });
}
