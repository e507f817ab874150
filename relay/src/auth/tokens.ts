import { createHmac, timingSafeEqual } from "node:crypto";
import {
  asTokenPayload,
  base64UrlDecode,
  base64UrlEncode,
  newId,
  type Role,
  type TokenPayload,
} from "@shared/model/index.ts";

/**
 * Access tokens: `<base64url(JSON payload)>.<base64url(HMAC-SHA256(secret, first part))>`.
 * The relay is the only party that signs or verifies; devices just read the payload.
 */
export type VerifyResult =
  | { ok: true; payload: TokenPayload }
  | { ok: false; reason: "malformed" | "bad_signature" | "expired" };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function sign(secret: string, body: string): Uint8Array {
  return createHmac("sha256", secret).update(body).digest();
}

export function signToken(secret: string, payload: TokenPayload): string {
  const body = base64UrlEncode(encoder.encode(JSON.stringify(payload)));
  return `${body}.${base64UrlEncode(sign(secret, body))}`;
}

export function verifyToken(secret: string, token: string, nowSeconds: number): VerifyResult {
  // Bound the work an attacker can make us do before the signature check.
  if (token.length === 0 || token.length > 4096) return { ok: false, reason: "malformed" };
  const parts = token.split(".");
  if (parts.length !== 2) return { ok: false, reason: "malformed" };
  const [body, sig] = parts as [string, string];
  const given = base64UrlDecode(sig);
  const bodyBytes = base64UrlDecode(body);
  if (!given || !bodyBytes || body.length === 0) return { ok: false, reason: "malformed" };
  const expected = sign(secret, body);
  // Constant-time compare; lengths are public (always 32 for a real signature).
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: "bad_signature" };
  }
  let payload: TokenPayload | null;
  try {
    payload = asTokenPayload(JSON.parse(decoder.decode(bodyBytes)));
  } catch {
    payload = null;
  }
  if (!payload) return { ok: false, reason: "malformed" };
  if (payload.exp <= nowSeconds) return { ok: false, reason: "expired" };
  return { ok: true, payload };
}

export interface MintRequest {
  /** a workspace id, or for role district its space (the prefix the relay operator minted for) */
  workspace: string;
  role: Role;
  opd?: string | undefined;
  /** role district only: the prefix it reads under (the space's own or a narrower one) */
  wilayah?: string | undefined;
  name?: string | undefined;
  days: number;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Builds a fresh payload (new jti) and signs it. */
export function mintToken(secret: string, req: MintRequest, now = nowSeconds()): { token: string; payload: TokenPayload } {
  const payload: TokenPayload = {
    v: 1,
    jti: newId(12),
    ws: req.workspace,
    role: req.role,
    iat: now,
    exp: now + Math.round(req.days * 86_400),
  };
  if (req.opd !== undefined) payload.opd = req.opd;
  if (req.name !== undefined) payload.name = req.name;
  if (req.wilayah !== undefined) payload.wilayah = req.wilayah;
  // the one shape check devices and the relay apply: never sign a payload it would refuse
  if (!asTokenPayload(payload)) throw new Error("mintToken: payload refused by asTokenPayload");
  return { token: signToken(secret, payload), payload };
}
