import type { Role } from "@shared/model/index.ts";
import { Keyring } from "../../../relay/src/auth/keys.ts";
import type { InviteRecord } from "../../../relay/src/storage/types.ts";
import { signJwt, signLegacy, testKey, tokenClaims, writeKeyFile, type TestKey } from "../../support/testTokens.ts";

/** The old HMAC secret of the test relays: it verifies tokens of the old form (v 1) only. */
export const TEST_SECRET = "integration-test-secret-0123456789";
/** The key the test relays sign and verify JWTs with. */
export const TEST_KEY: TestKey = testKey("integration-test-key", "k-test-1");

/** The test relays' keys, in memory (an in-process relay: support/relay.ts). */
export function testKeyring(): Keyring {
  return Keyring.fixed([{ ...TEST_KEY, createdAt: 0, retiredAt: null }], TEST_SECRET);
}

/** DATA_DIR/keys.json with the test key, for a relay process (support/childRelay.ts) or a CLI. */
export function writeTestKeys(dataDir: string): void {
  writeKeyFile(dataDir, [TEST_KEY]);
}

export interface TokenOptions {
  opd?: string;
  days?: number;
  /** sign with another key (another relay's), under the same kid */
  secret?: string;
  /** seconds since epoch; default now */
  now?: number;
  jti?: string;
  /** a token of the old form (v 1), signed with TEST_SECRET, carrying `name` if given */
  legacy?: { name?: string };
}

/** A token the test relays accept (a JWT with the test key), recorded nowhere: no name, no minter. */
export function token(workspace: string, role: Role, options: TokenOptions = {}): string {
  const opd = options.opd ?? (role === "opd" ? "DINKES" : undefined);
  const claims = tokenClaims(workspace, role, { opd, days: options.days, now: options.now, jti: options.jti });
  if (options.legacy) {
    const { v: _v, ...rest } = claims;
    return signLegacy(TEST_SECRET, { v: 1, ...rest, ...(options.legacy.name ? { name: options.legacy.name } : {}) });
  }
  const key = options.secret ? { kid: TEST_KEY.kid, secret: testKey(options.secret).secret } : TEST_KEY;
  return signJwt(key, claims);
}

export interface InviteOptions extends Omit<TokenOptions, "legacy" | "secret"> {
  /** the invitee's name, kept by the relay beside the jti (never in the token) */
  name?: string;
  wilayah?: string;
  /** the jti of the token that minted it; null: the operator */
  mintedBy?: string | null;
}

/**
 * A token recorded as an invite in `storage`, as the relay's mintInvite records it (name and minter kept
 * beside the jti): the relay knows who sends with it, and the lurah can list and revoke it.
 */
export function invitedToken(
  storage: { createInvite(invite: InviteRecord): void },
  workspace: string,
  role: Role,
  options: InviteOptions = {},
): { token: string; jti: string } {
  const opd = options.opd ?? (role === "opd" ? "DINKES" : undefined);
  const claims = tokenClaims(workspace, role, { opd, days: options.days, now: options.now, jti: options.jti, wilayah: options.wilayah });
  storage.createInvite({
    jti: claims.jti as string,
    workspace,
    role,
    opd: opd ?? null,
    wilayah: options.wilayah ?? null,
    label: options.name ?? null,
    mintedBy: options.mintedBy ?? null,
    createdAt: claims.iat as number,
    expiresAt: claims.exp as number,
    revokedAt: null,
  });
  return { token: signJwt(TEST_KEY, claims), jti: claims.jti as string };
}
