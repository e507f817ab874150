import { readTokenPayload, type TokenPayload } from "@shared/model/index.ts";
import type { AccessVerdict } from "./accessCheck.ts";

/**
 * The workspaces this device has joined, each with its invite token. Tokens are
 * kept on the device (an invite link is the only way in); the relay checks them.
 */
export interface Session {
  token: string;
  payload: TokenPayload;
  /**
   * The name the relay keeps for this token (GET /api/me), which it expects on what this device signs
   * (claims, comments, history): a token carries no name. Null until the relay was asked (a device that
   * joined offline signs with its role until then). A token of the old form carries its name.
   */
  name: string | null;
  joinedAt: number;
  /**
   * The relay refused this token for good (revoked, or a token it does not accept): the device keeps
   * its copy for an export of unsynced changes, shows none of it, and never dials with this token again.
   * A new invite link for the workspace replaces the session, and this with it.
   */
  refused?: Exclude<AccessVerdict, "expired">;
}

/** The localStorage key of the joined workspaces (other tabs watch it: a session gone is a sign-out). */
export const SESSIONS_KEY = "rembuk:sessions";
const KEY = SESSIONS_KEY;

export function listSessions(): Session[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((s: { token?: unknown; joinedAt?: unknown; refused?: unknown; name?: unknown }) => {
      if (typeof s?.token !== "string") return [];
      const payload = readTokenPayload(s.token);
      if (!payload) return [];
      const name = typeof s.name === "string" ? s.name : (payload.name ?? null);
      const session: Session = { token: s.token, payload, name, joinedAt: Number(s.joinedAt) || 0 };
      if (s.refused === "revoked" || s.refused === "invalid") session.refused = s.refused;
      return [session];
    });
  } catch {
    return [];
  }
}

function save(sessions: Session[]): void {
  localStorage.setItem(
    KEY,
    JSON.stringify(sessions.map(({ token, joinedAt, refused, name }) => ({ token, joinedAt, ...(name !== null ? { name } : {}), ...(refused ? { refused } : {}) }))),
  );
}

export type JoinResult = { ok: true; session: Session } | { ok: false; reason: "token_rusak" | "token_kedaluwarsa" };

/** Joins (or re-joins with a new role) the workspace an invite token is for. */
export function joinWithToken(token: string, now = Date.now()): JoinResult {
  const payload = readTokenPayload(token.trim());
  if (!payload) return { ok: false, reason: "token_rusak" };
  if (payload.exp * 1000 <= now) return { ok: false, reason: "token_kedaluwarsa" };
  const session: Session = { token: token.trim(), payload, name: payload.name ?? null, joinedAt: now };
  save([...listSessions().filter((s) => s.payload.ws !== payload.ws), session]);
  return { ok: true, session };
}

export function findSession(workspaceId: string): Session | null {
  return listSessions().find((s) => s.payload.ws === workspaceId) ?? null;
}

/** Remembers that the relay refused this session's token for good (only if it is still the session's token). */
export function markRefused(workspaceId: string, token: string, verdict: Exclude<AccessVerdict, "expired">): void {
  save(listSessions().map((s) => (s.payload.ws === workspaceId && s.token === token ? { ...s, refused: verdict } : s)));
}

/** Keeps the name the relay gave for this session's token (only if it is still the session's token). */
export function rememberName(workspaceId: string, token: string, name: string | null): void {
  save(listSessions().map((s) => (s.payload.ws === workspaceId && s.token === token ? { ...s, name } : s)));
}

/**
 * Asks the relay (GET /api/me) the name it keeps for this token and keeps it with the session. Null when the
 * relay cannot be reached or refuses the token (the session then signs with its role until a later try).
 */
export async function learnName(session: Session, fetchImpl: typeof fetch = fetch): Promise<string | null> {
  try {
    const signal = typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(5000) : null;
    const res = await fetchImpl("/api/me", { headers: { Authorization: `Bearer ${session.token}` }, cache: "no-store", signal });
    if (!res.ok) return null;
    const body = (await res.json()) as { name?: unknown; jti?: unknown };
    if (body.jti !== session.payload.jti) return null;
    const name = typeof body.name === "string" && body.name.length > 0 ? body.name : null;
    rememberName(session.payload.ws, session.token, name);
    return name;
  } catch {
    return null;
  }
}

export function forgetSession(workspaceId: string): void {
  save(listSessions().filter((s) => s.payload.ws !== workspaceId));
}

/**
 * How the token reaches the relay on a sync socket (relay/PROTOCOL.md section 1): in the WebSocket
 * subprotocol list, never in the URL (URLs end up in proxy logs).
 */
export function syncProtocols(token: string): string[] {
  return ["rembuk", `rembuk-token.${token}`];
}

/** The relay is the server that served the app: same host, ws or wss. */
export function relaySyncUrl(location: Location): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/sync`;
}
