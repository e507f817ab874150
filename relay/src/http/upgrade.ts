import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { canRead, isDocKind, isWorkspaceId, type DocKind, type TokenPayload } from "@shared/model/index.ts";
import { authenticate } from "../auth/authenticate.ts";
import type { RelayStorage } from "../storage/types.ts";

export type UpgradeDecision =
  | { ok: true; payload: TokenPayload; workspaceId: string; doc: DocKind }
  | { ok: false; status: 401 | 403 | 404; why: string };

/**
 * Decides a `/sync/<workspaceId>/<doc>?token=` upgrade before any document byte
 * is sent: 404 bad path or doc kind, 401 missing/invalid/expired/revoked token,
 * 403 a district token (it opens no village document, whatever the workspace), other workspace, or a
 * role that may not read the doc.
 */
export function decideUpgrade(
  rawUrl: string | undefined,
  secret: string,
  storage: RelayStorage,
): UpgradeDecision {
  let url: URL;
  try {
    url = new URL(rawUrl ?? "/", "http://relay.invalid");
  } catch {
    return { ok: false, status: 404, why: "bad_url" };
  }
  const match = /^\/sync\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (!match) return { ok: false, status: 404, why: "bad_path" };
  const [, workspaceId, doc] = match as unknown as [string, string, string];
  if (!isWorkspaceId(workspaceId) || !isDocKind(doc)) return { ok: false, status: 404, why: "unknown_room" };
  const auth = authenticate(url.searchParams.get("token"), secret, storage);
  if (!auth.ok) return { ok: false, status: 401, why: auth.reason };
  // before the workspace check: a district reads reports over HTTP, never a document (canRead says the same)
  if (auth.payload.role === "district") return { ok: false, status: 403, why: "district_no_documents" };
  if (auth.payload.ws !== workspaceId) return { ok: false, status: 403, why: "other_workspace" };
  if (!canRead(auth.payload.role, doc)) return { ok: false, status: 403, why: "role_cannot_read" };
  return { ok: true, payload: auth.payload, workspaceId, doc };
}

/** Writes a plain HTTP error on the raw upgrade socket and destroys it. */
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
