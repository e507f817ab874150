import { readTokenPayload, type TokenPayload } from "@shared/model/index.ts";

/**
 * The workspaces this device has joined, each with its invite token. Tokens are
 * kept on the device (an invite link is the only way in); the relay checks them.
 */
export interface Session {
  token: string;
  payload: TokenPayload;
  joinedAt: number;
}

const KEY = "rembuk:sessions";

export function listSessions(): Session[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((s: { token?: unknown; joinedAt?: unknown }) => {
      if (typeof s?.token !== "string") return [];
      const payload = readTokenPayload(s.token);
      return payload ? [{ token: s.token, payload, joinedAt: Number(s.joinedAt) || 0 }] : [];
    });
  } catch {
    return [];
  }
}

function save(sessions: Session[]): void {
  localStorage.setItem(KEY, JSON.stringify(sessions.map(({ token, joinedAt }) => ({ token, joinedAt }))));
}

export type JoinResult = { ok: true; session: Session } | { ok: false; reason: "token_rusak" | "token_kedaluwarsa" };

/** Joins (or re-joins with a new role) the workspace an invite token is for. */
export function joinWithToken(token: string, now = Date.now()): JoinResult {
  const payload = readTokenPayload(token.trim());
  if (!payload) return { ok: false, reason: "token_rusak" };
  if (payload.exp * 1000 <= now) return { ok: false, reason: "token_kedaluwarsa" };
  const session: Session = { token: token.trim(), payload, joinedAt: now };
  save([...listSessions().filter((s) => s.payload.ws !== payload.ws), session]);
  return { ok: true, session };
}

export function findSession(workspaceId: string): Session | null {
  return listSessions().find((s) => s.payload.ws === workspaceId) ?? null;
}

export function forgetSession(workspaceId: string): void {
  save(listSessions().filter((s) => s.payload.ws !== workspaceId));
}

/** The relay is the server that served the app: same host, ws or wss. */
export function relaySyncUrl(location: Location): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/sync`;
}
