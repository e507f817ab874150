import { isRole, type Role } from "./roles.ts";
import { isWorkspaceId } from "./documents.ts";
import { isWilayahPrefix, wilayahWithin } from "../rules/wilayah.ts";

/**
 * What an access token says. The relay signs and verifies it; devices only read it to know their
 * workspace, role and expiry (relay/PROTOCOL.md section 2). Two wire forms:
 * - v 2, a JWT (HS256, with the key id `kid` in its header): `<header>.<claims>.<signature>`, minted by
 *   every relay since issue 17. It never carries the invitee's name: the relay keeps it beside the jti.
 * - v 1, the old form `<base64url(JSON payload)>.<base64url(HMAC-SHA256)>`, still accepted until each one
 *   expires (it may carry `name`, signed with it).
 */
export interface TokenPayload {
  v: 1 | 2;
  /** token id: revocation is by this id */
  jti: string;
  /**
   * workspace id; for role "district" the district's own space instead: the kode wilayah prefix its
   * operator-minted token was made for (e.g. "53.71"), never a workspace id (those have no dots). Its
   * invites are listed and revoked in that space.
   */
  ws: string;
  role: Role;
  /** agency code, only for role "opd" */
  opd?: string;
  /**
   * kode wilayah prefix a district token reads the reports under (53, 53.71, 53.71.01), only and always for
   * role "district": the space's own prefix or a narrower one (a kecamatan's staff invited by the kota)
   */
  wilayah?: string;
  /**
   * display name of the person the invite is for: signed into v 1 tokens only. At the relay, the name it keeps
   * for the jti (its invite record) is filled in here after verification; devices learn theirs from
   * `GET /api/me`. Never in a v 2 token.
   */
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
  if (p.v !== 1 && p.v !== 2) return null;
  if (typeof p.jti !== "string" || p.jti.length === 0 || p.jti.length > 64) return null;
  if (typeof p.role !== "string" || !isRole(p.role)) return null;
  if (p.role === "district") {
    // a district's space is a prefix, its reach that prefix or a narrower one, segment-wise
    if (!isWilayahPrefix(p.ws) || !isWilayahPrefix(p.wilayah) || !wilayahWithin(p.wilayah, p.ws)) return null;
  } else if (typeof p.ws !== "string" || !isWorkspaceId(p.ws) || p.wilayah !== undefined) {
    return null;
  }
  if (typeof p.iat !== "number" || typeof p.exp !== "number") return null;
  if (p.opd !== undefined && (typeof p.opd !== "string" || p.opd.length > 32)) return null;
  if (p.name !== undefined && (typeof p.name !== "string" || p.name.length > 120)) return null;
  if (p.role === "opd" && typeof p.opd !== "string") return null;
  const payload: TokenPayload = { v: p.v, jti: p.jti, ws: p.ws, role: p.role, iat: p.iat, exp: p.exp };
  if (typeof p.opd === "string") payload.opd = p.opd;
  // a name signed into a v 2 token is ignored: the relay's own record of the jti is the one that counts
  if (typeof p.name === "string" && p.v === 1) payload.name = p.name;
  if (typeof p.wilayah === "string") payload.wilayah = p.wilayah;
  return payload;
}

/** Reads a token's payload WITHOUT checking its signature (devices cannot): a JWT's claims, or an old token's body. */
export function readTokenPayload(token: string): TokenPayload | null {
  const parts = token.split(".");
  if (parts.length !== 2 && parts.length !== 3) return null;
  if (parts.some((part) => part.length === 0)) return null;
  const body = parts.length === 3 ? parts[1]! : parts[0]!;
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
