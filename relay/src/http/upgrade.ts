import { STATUS_CODES, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { canRead, isDocKind, isWorkspaceId, type DocKind, type TokenPayload } from "@shared/model/index.ts";
import { authenticate } from "../auth/authenticate.ts";
import type { Keyring } from "../auth/keys.ts";
import { isLegacyToken } from "../auth/tokens.ts";
import type { RelayStorage } from "../storage/types.ts";

/**
 * The token rides in the WebSocket subprotocol list (`Sec-WebSocket-Protocol`), never in the URL: URLs
 * end up in reverse-proxy and browser logs, headers of this kind do not. A client offers two protocols,
 * `rembuk` and `rembuk-token.<token>` (a token is base64url and dots: valid protocol characters); the
 * relay answers `rembuk`, so the token is not sent back (relay/PROTOCOL.md section 1).
 */
export const APP_PROTOCOL = "rembuk";
export const TOKEN_PROTOCOL_PREFIX = "rembuk-token.";

export type UpgradeDecision =
  | { ok: true; payload: TokenPayload; workspaceId: string; doc: DocKind; tokenInUrl: boolean }
  | { ok: false; status: 401 | 403 | 404; why: string };

/** The token a request carries: from the subprotocol list, else (older app builds, v 1 tokens only) `?token=`. */
export function upgradeToken(req: Pick<IncomingMessage, "headers">, url: URL): { token: string | null; inUrl: boolean } {
  const header = req.headers["sec-websocket-protocol"];
  const offered = typeof header === "string" ? header.split(",").map((p) => p.trim()) : [];
  const fromProtocol = offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  if (fromProtocol !== undefined) return { token: fromProtocol.slice(TOKEN_PROTOCOL_PREFIX.length), inUrl: false };
  const fromUrl = url.searchParams.get("token");
  return { token: fromUrl, inUrl: fromUrl !== null };
}

/**
 * The protocol the relay answers with: `rembuk` when offered; else the only other one offered (a client
 * that offered one protocol fails without it); else none.
 */
export function chooseProtocol(protocols: Set<string>): string | false {
  if (protocols.has(APP_PROTOCOL)) return APP_PROTOCOL;
  return protocols.size === 1 ? [...protocols][0]! : false;
}

/**
 * Decides a `/sync/<workspaceId>/<doc>` upgrade before any document byte is sent: 404 bad path or doc
 * kind, 401 missing/invalid/expired/revoked token (or a JWT in the URL), 403 a district token (it opens no
 * village document, whatever the workspace), other workspace, or a role that may not read the doc.
 */
export async function decideUpgrade(
  req: Pick<IncomingMessage, "url" | "headers">,
  keys: Keyring,
  storage: RelayStorage,
): Promise<UpgradeDecision> {
  let url: URL;
  try {
    url = new URL(req.url ?? "/", "http://relay.invalid");
  } catch {
    return { ok: false, status: 404, why: "bad_url" };
  }
  const match = /^\/sync\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (!match) return { ok: false, status: 404, why: "bad_path" };
  const [, workspaceId, doc] = match as unknown as [string, string, string];
  if (!isWorkspaceId(workspaceId) || !isDocKind(doc)) return { ok: false, status: 404, why: "unknown_room" };
  const { token, inUrl } = upgradeToken(req, url);
  // Only a v 1 token (which only an app build from before JWTs holds) may still come in the URL, until
  // it expires; a JWT never: it would be in the logs of every proxy on the way.
  if (inUrl && token !== null && token.length > 0 && !isLegacyToken(token)) return { ok: false, status: 401, why: "token_in_url" };
  const auth = await authenticate(token, keys, storage);
  if (!auth.ok) return { ok: false, status: 401, why: auth.reason };
  // before the workspace check: a district reads reports over HTTP, never a document (canRead says the same)
  if (auth.payload.role === "district") return { ok: false, status: 403, why: "district_no_documents" };
  if (auth.payload.ws !== workspaceId) return { ok: false, status: 403, why: "other_workspace" };
  if (!canRead(auth.payload.role, doc)) return { ok: false, status: 403, why: "role_cannot_read" };
  return { ok: true, payload: auth.payload, workspaceId, doc, tokenInUrl: inUrl };
}

/** Writes a plain HTTP error on the raw socket (a refused upgrade, a request the parser refused) and destroys it. */
export function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  const body = `${status} ${message}\n`;
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}`,
    "Connection: close",
    "Content-Type: text/plain; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    "",
  ].join("\r\n");
  if (socket.writable) socket.end(head + body, () => socket.destroy());
  else socket.destroy();
  // If the peer never reads, do not keep the socket around.
  setTimeout(() => socket.destroy(), 1000).unref();
}
