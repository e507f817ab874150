import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The HMAC secret: REMBUK_SECRET if set, else DATA_DIR/secret, generated once
 * (mode 0600) so tokens survive restarts. The relay and the token CLI share this rule.
 */
export function loadOrCreateSecret(dataDir: string, envSecret: string | undefined): string {
  if (envSecret !== undefined && envSecret.length > 0) {
    if (envSecret.length < 16) throw new Error("REMBUK_SECRET harus minimal 16 karakter");
    return envSecret;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, "secret");
  if (existsSync(file)) {
    const text = readFileSync(file, "utf8").trim();
    if (text.length >= 16) return text;
    throw new Error(`${file} rusak (terlalu pendek); hapus berkas itu untuk membuat rahasia baru`);
  }
  const secret = randomBytes(32).toString("base64url");
  // "wx": never overwrite a secret another process created a moment ago.
  try {
    writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
  chmodSync(file, 0o600);
  return secret;
}
