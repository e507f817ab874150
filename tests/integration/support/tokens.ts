import type { Role } from "@shared/model/index.ts";
import { mintToken } from "../../../relay/src/auth/tokens.ts";

export const TEST_SECRET = "integration-test-secret-0123456789";

export interface TokenOptions {
  opd?: string;
  days?: number;
  secret?: string;
  /** seconds since epoch; default now */
  now?: number;
}

export function token(workspace: string, role: Role, options: TokenOptions = {}): string {
  const opd = options.opd ?? (role === "opd" ? "DINKES" : undefined);
  return mintToken(options.secret ?? TEST_SECRET, { workspace, role, opd, days: options.days ?? 1 }, options.now).token;
}
