import type { IncomingMessage, ServerResponse } from "node:http";
import { networkInterfaces } from "node:os";
import { canManageInvites } from "@shared/model/index.ts";
import { relayAddresses, type RelayListen } from "@shared/rules/invite/addresses.ts";
import { authenticate } from "../auth/authenticate.ts";
import type { Keyring } from "../auth/keys.ts";
import type { RelayStorage } from "../storage/types.ts";
import { bearerToken, sendError, sendJson } from "./respond.ts";

export interface AddressesContext {
  keys: Keyring;
  storage: RelayStorage;
  /** where the relay listens, or null before it does */
  listen(): RelayListen | null;
}

/**
 * GET /api/addresses (relay/PROTOCOL.md): the addresses invite links can carry, best first, so a
 * lurah who opened the app as localhost sends links a kader's phone can open. Read from the
 * interfaces at each request: a laptop joins the office Wi-Fi after the relay started.
 */
export async function handleAddresses(req: IncomingMessage, res: ServerResponse, ctx: AddressesContext): Promise<void> {
  if (req.method !== "GET") {
    res.setHeader("Allow", "GET");
    return sendError(res, 405, "metode_tidak_diizinkan", "Metode tidak diizinkan.");
  }
  const auth = await authenticate(bearerToken(req), ctx.keys, ctx.storage);
  if (!auth.ok) return sendError(res, 401, "token_tidak_sah", "Token tidak ada, tidak sah, kedaluwarsa atau dicabut.");
  if (!canManageInvites(auth.payload.role)) return sendError(res, 403, "bukan_lurah", "Hanya lurah yang dapat mengelola undangan.");
  const listen = ctx.listen();
  sendJson(res, 200, { addresses: listen ? relayAddresses(networkInterfaces(), listen) : [] });
}
