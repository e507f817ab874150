import { isRole, type Role } from "./roles.ts";
import { isWorkspaceId } from "./documents.ts";

/**
 * What an access token says. The relay signs and verifies it (HMAC-SHA256);
 * devices only read it to know their workspace, role and expiry. Wire form:
 * `<base64url(JSON payload)>.<base64url(signature)>` (relay/PROTOCOL.md).
 */
export interface TokenPayload {
  v: 1;
  /** token id: revocation is by this id */
  jti: string;
  /** workspace id */
  ws: string;
  role: Role;
  /** agency code, only for role "opd" */
  opd?: string;
  /** display name of the person the invite is for */
  name?: string;
  /** issued at, seconds since epoch */
  iat: number;
  /** expires at, seconds since epoch */
  exp: number;
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function base64UrlDecode(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  try {
    const binary = atob(padded);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** Checks the shape of an untrusted payload; returns null when anything is off. */
export function asTokenPayload(value: unknown): TokenPayload | null {
  if (typeof value !== "object" || value === null) return null;
  const p = value as Record<string, unknown>;
  if (p.v !== 1) return null;
  if (typeof p.jti !== "string" || p.jti.length === 0 || p.jti.length > 64) return null;
  if (typeof p.ws !== "string" || !isWorkspaceId(p.ws)) return null;
  if (typeof p.role !== "string" || !isRole(p.role)) return null;
  if (typeof p.iat !== "number" || typeof p.exp !== "number") return null;
  if (p.opd !== undefined && (typeof p.opd !== "string" || p.opd.length > 32)) return null;
  if (p.name !== undefined && (typeof p.name !== "string" || p.name.length > 120)) return null;
  if (p.role === "opd" && typeof p.opd !== "string") return null;
  const payload: TokenPayload = { v: 1, jti: p.jti, ws: p.ws, role: p.role, iat: p.iat, exp: p.exp };
  if (typeof p.opd === "string") payload.opd = p.opd;
  if (typeof p.name === "string") payload.name = p.name;
  return payload;
}

/** Reads a token's payload WITHOUT checking its signature (devices cannot). */
export function readTokenPayload(token: string): TokenPayload | null {
  const [body, sig, extra] = token.split(".");
  if (!body || !sig || extra !== undefined) return null;
  const bytes = base64UrlDecode(body);
  if (!bytes) return null;
  try {
    return asTokenPayload(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

/**
 * The relay's answer to `GET /api/token-status` (relay/PROTOCOL.md): why it would refuse a token at
 * the sync upgrade, or "valid". Every status but "valid" is final for that token.
 */
export const TOKEN_STATUSES = ["valid", "revoked", "expired", "bad_signature", "malformed", "missing"] as const;
export type TokenStatus = (typeof TOKEN_STATUSES)[number];

export function isTokenStatus(value: unknown): value is TokenStatus {
  return typeof value === "string" && (TOKEN_STATUSES as readonly string[]).includes(value);
}
