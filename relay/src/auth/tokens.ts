import { createHmac, timingSafeEqual } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT, type JWTHeaderParameters } from "jose";
import {
  asTokenPayload,
  base64UrlDecode,
  newId,
  type Role,
  type TokenPayload,
} from "@shared/model/index.ts";
import type { Keyring } from "./keys.ts";

/**
 * Access tokens (relay/PROTOCOL.md section 2): JWTs signed HS256 through jose with the keyring's current
 * key, its id in the header (`kid`), so keys can be rotated without cutting anyone off. Tokens of the
 * old form (`<base64url(JSON)>.<base64url(HMAC-SHA256)>`, one secret, no key id) are still verified, with
 * the old secret, until they expire; none is minted. The relay is the only party that signs or verifies;
 * devices just read the claims.
 */
export type VerifyResult =
  | { ok: true; payload: TokenPayload }
  | { ok: false; reason: "malformed" | "bad_signature" | "expired" };

/** Bound the work a stranger can make us do before the signature check. */
const MAX_TOKEN_LENGTH = 4096;
const decoder = new TextDecoder();

class UnknownKey extends Error {}

/** Signs `payload` as a JWT with the current key. The name never goes in (the relay keeps it beside the jti). */
export async function signToken(keys: Keyring, payload: TokenPayload): Promise<string> {
  const key = keys.current();
  const claims: Record<string, unknown> = { v: 2, ws: payload.ws, role: payload.role };
  if (payload.opd !== undefined) claims.opd = payload.opd;
  if (payload.wilayah !== undefined) claims.wilayah = payload.wilayah;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT", kid: key.kid })
    .setJti(payload.jti)
    .setIssuedAt(payload.iat)
    .setExpirationTime(payload.exp)
    .sign(key.secret);
}

export async function verifyToken(keys: Keyring, token: string, nowSeconds: number): Promise<VerifyResult> {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: "malformed" };
  const parts = token.split(".").length;
  if (parts === 2) return verifyLegacyToken(keys.legacySecret, token, nowSeconds);
  if (parts !== 3) return { ok: false, reason: "malformed" };
  let claims: unknown;
  try {
    const verified = await jwtVerify(
      token,
      (header: JWTHeaderParameters) => {
        const key = typeof header.kid === "string" ? keys.find(header.kid) : null;
        if (!key) throw new UnknownKey();
        return key.secret;
      },
      { algorithms: ["HS256"], typ: "JWT", requiredClaims: ["jti", "iat", "exp"], currentDate: new Date(nowSeconds * 1000) },
    );
    claims = verified.payload;
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
  const payload = asTokenPayload(claims);
  if (!payload || payload.v !== 2) return { ok: false, reason: "malformed" };
  // jose checked it too; kept so that both forms share the one rule
  if (payload.exp <= nowSeconds) return { ok: false, reason: "expired" };
  return { ok: true, payload };
}

/** jose's error → the relay's reasons: a key it does not hold, another algorithm or a wrong signature is a token it did not sign. */
function reasonOf(error: unknown): "malformed" | "bad_signature" | "expired" {
  if (error instanceof UnknownKey) return "bad_signature";
  if (error instanceof joseErrors.JWTExpired) return "expired";
  if (error instanceof joseErrors.JWSSignatureVerificationFailed || error instanceof joseErrors.JOSEAlgNotAllowed || error instanceof joseErrors.JOSENotSupported) {
    return "bad_signature";
  }
  return "malformed";
}

/**
 * A token of the old form (before issue 17), verified with the old secret until it expires: phones in the
 * field hold such links for up to a year, and cutting them all off at an upgrade would send every kader
 * back to the lurah for a new link. Without the old secret, none is valid.
 */
export function verifyLegacyToken(secret: string | null, token: string, nowSeconds: number): VerifyResult {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: "malformed" };
  const parts = token.split(".");
  if (parts.length !== 2) return { ok: false, reason: "malformed" };
  const [body, sig] = parts as [string, string];
  const given = base64UrlDecode(sig);
  const bodyBytes = base64UrlDecode(body);
  if (!given || !bodyBytes || body.length === 0) return { ok: false, reason: "malformed" };
  if (secret === null) return { ok: false, reason: "bad_signature" };
  const expected = createHmac("sha256", secret).update(body).digest();
  // Constant-time compare; lengths are public (always 32 for a real signature).
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad_signature" };
  let payload: TokenPayload | null;
  try {
    payload = asTokenPayload(JSON.parse(decoder.decode(bodyBytes)));
  } catch {
    payload = null;
  }
  if (!payload || payload.v !== 1) return { ok: false, reason: "malformed" };
  if (payload.exp <= nowSeconds) return { ok: false, reason: "expired" };
  return { ok: true, payload };
}

/** Whether `token` has the old form (a stock client of an older app build may still send one in the URL). */
export function isLegacyToken(token: string): boolean {
  return token.split(".").length === 2;
}

export interface MintRequest {
  /** a workspace id, or for role district its space (the prefix the relay operator minted for) */
  workspace: string;
  role: Role;
  opd?: string | undefined;
  /** role district only: the prefix it reads under (the space's own or a narrower one) */
  wilayah?: string | undefined;
  /** the invitee's name: kept by the relay beside the jti (mintInvite), never in the token */
  name?: string | undefined;
  days: number;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Builds a fresh payload (new jti) and signs it. The returned payload has no name: the token has none. */
export async function mintToken(keys: Keyring, req: MintRequest, now = nowSeconds()): Promise<{ token: string; payload: TokenPayload }> {
  const payload: TokenPayload = {
    v: 2,
    jti: newId(12),
    ws: req.workspace,
    role: req.role,
    iat: now,
    exp: now + Math.round(req.days * 86_400),
  };
  if (req.opd !== undefined) payload.opd = req.opd;
  if (req.wilayah !== undefined) payload.wilayah = req.wilayah;
  // the one shape check devices and the relay apply: never sign a payload it would refuse
  if (!asTokenPayload(payload)) throw new Error("mintToken: payload refused by asTokenPayload");
  return { token: await signToken(keys, payload), payload };
}
