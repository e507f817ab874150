import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { base64UrlDecode, base64UrlEncode } from "@shared/model/index.ts";
import { OperatorError } from "../operatorError.ts";
import { writeFileAtomic } from "./atomicFile.ts";

/**
 * The keys tokens are signed with (HS256 JWTs, relay/PROTOCOL.md section 2), kept in DATA_DIR/keys.json
 * (mode 0600). Every token names its key in its header (`kid`), so a new key can take over signing
 * (`npm run rotate-key`) while the tokens signed with an older one stay valid until they expire: a
 * retired key is kept as long as a token it signed can live, then dropped at the next rotation.
 *
 * The old single HMAC secret (DATA_DIR/secret, or REMBUK_SECRET) only verifies tokens of the old form
 * (v 1) until the last of them expires; nothing is signed with it any more.
 */
export interface SigningKey {
  kid: string;
  secret: Uint8Array;
  /** seconds since the epoch */
  createdAt: number;
  /** when a newer key took over signing; null for the current key */
  retiredAt: number | null;
}

/** The longest a token can live (the operator's `npm run token --days`): a retired key is kept this long. */
export const MAX_TOKEN_SECONDS = 365 * 86_400;
export const KEYS_FILE = "keys.json";
export const LEGACY_SECRET_FILE = "secret";

interface KeyFileEntry {
  kid: string;
  secret: string;
  createdAt: number;
  retiredAt: number | null;
}

interface KeyFile {
  format: "rembuk-keys";
  v: 1;
  keys: KeyFileEntry[];
}

/** The keys a relay verifies with and the one it signs with; reread from the file when it changed (a rotation). */
export class Keyring {
  private keys: SigningKey[];
  private fileMtimeMs = -1;
  private lastUnknownReload = 0;

  private constructor(
    private readonly file: string | null,
    keys: SigningKey[],
    /** the old HMAC secret: verifies v 1 tokens only */
    readonly legacySecret: string | null,
  ) {
    this.keys = keys;
    if (file) this.fileMtimeMs = mtimeOf(file);
  }

  /** DATA_DIR/keys.json, created with a first key when it does not exist (written whole or not at all). */
  static open(dataDir: string, legacySecret: string | null, now = nowSeconds()): Keyring {
    const file = join(dataDir, KEYS_FILE);
    let keys = readKeyFile(file);
    if (keys === null) {
      const fresh = newKey(now);
      try {
        writeFileAtomic(file, serialize([fresh]), { mode: 0o600, exclusive: true });
        keys = [fresh];
      } catch (error) {
        // another process (the token CLI, a second start) created it a moment ago: use theirs
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        keys = readKeyFile(file) ?? [];
      }
    }
    if (keys.length === 0) throw new OperatorError(`${file} tidak berisi kunci: pulihkan dari cadangan (npm run restore -- --from <berkas>)`);
    return new Keyring(file, keys, legacySecret);
  }

  /** Keys held in memory only (tests, benchmarks). */
  static fixed(keys: SigningKey[], legacySecret: string | null = null): Keyring {
    if (keys.length === 0) throw new Error("Keyring.fixed: no key");
    return new Keyring(null, keys, legacySecret);
  }

  /** The key new tokens are signed with: the newest that is not retired. Rereads the file if a rotation changed it. */
  current(): SigningKey {
    this.reloadIfChanged();
    return this.keys.find((k) => k.retiredAt === null) ?? this.keys[this.keys.length - 1]!;
  }

  /** The key a token names, or null. An unknown kid rereads the file (at most once a second): it may be a key rotated in since. */
  find(kid: string): SigningKey | null {
    const known = this.keys.find((k) => k.kid === kid);
    if (known || !this.file) return known ?? null;
    const now = Date.now();
    if (now - this.lastUnknownReload < 1000) return null;
    this.lastUnknownReload = now;
    this.reloadIfChanged();
    return this.keys.find((k) => k.kid === kid) ?? null;
  }

  kids(): string[] {
    return this.keys.map((k) => k.kid);
  }

  private reloadIfChanged(): void {
    if (!this.file) return;
    const mtime = mtimeOf(this.file);
    if (mtime === this.fileMtimeMs) return;
    const keys = readKeyFile(this.file);
    // a file made unreadable under a running relay: keep verifying with what it had
    if (keys && keys.length > 0) this.keys = keys;
    this.fileMtimeMs = mtime;
  }
}

/**
 * `npm run rotate-key`: a new key signs from now on; the current one is retired but kept to verify the
 * tokens it signed until the last of them can have expired (MAX_TOKEN_SECONDS after its retirement);
 * keys retired longer ago than that are dropped.
 */
export function rotateKeyFile(dataDir: string, now = nowSeconds()): { added: string; retired: string[]; dropped: string[] } {
  const file = join(dataDir, KEYS_FILE);
  const keys = readKeyFile(file);
  if (keys === null || keys.length === 0) throw new OperatorError(`${file} belum ada: jalankan relay sekali dulu (npm start), atau pulihkan dari cadangan`);
  const retired: string[] = [];
  const kept = keys.map((k) => {
    if (k.retiredAt !== null) return k;
    retired.push(k.kid);
    return { ...k, retiredAt: now };
  });
  const dropped = kept.filter((k) => k.retiredAt !== null && k.retiredAt + MAX_TOKEN_SECONDS + 86_400 < now).map((k) => k.kid);
  const added = newKey(now);
  writeFileAtomic(file, serialize([...kept.filter((k) => !dropped.includes(k.kid)), added]), { mode: 0o600 });
  return { added: added.kid, retired, dropped };
}

/**
 * The old HMAC secret, to verify v 1 tokens until they expire: REMBUK_SECRET, else DATA_DIR/secret if an
 * older relay made one. Never created now. An empty file (an older relay that met a full disk on its first
 * start wrote it so) never signed anything: it counts as none.
 */
export function loadLegacySecret(dataDir: string, envSecret: string | undefined): string | null {
  if (envSecret !== undefined && envSecret.length > 0) {
    if (envSecret.length < 16) throw new OperatorError("REMBUK_SECRET terlalu pendek (minimal 16 karakter): perbaiki atau hapus variabel itu");
    return envSecret;
  }
  const file = join(dataDir, LEGACY_SECRET_FILE);
  if (!existsSync(file)) return null;
  const text = readFileSync(file, "utf8").trim();
  if (text.length === 0) return null;
  if (text.length < 16) throw new OperatorError(`${file} rusak (terlalu pendek): hapus berkas itu; token lama (sebelum JWT) dari relay ini tidak berlaku lagi`);
  return text;
}

function newKey(now: number): SigningKey {
  const day = new Date(now * 1000).toISOString().slice(0, 10).replace(/-/g, "");
  return { kid: `k${day}-${base64UrlEncode(randomBytes(4))}`, secret: new Uint8Array(randomBytes(32)), createdAt: now, retiredAt: null };
}

function serialize(keys: SigningKey[]): string {
  const file: KeyFile = {
    format: "rembuk-keys",
    v: 1,
    keys: keys.map((k) => ({ kid: k.kid, secret: base64UrlEncode(k.secret), createdAt: k.createdAt, retiredAt: k.retiredAt })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The keys of `file`, or null when it does not exist. A zero-length file counts as none: the relay writes the
 * file whole or not at all, so an empty one never held a key that signed anything. Anything else unreadable
 * is the operator's to fix: replacing it would silently cut off every device.
 */
function readKeyFile(file: string): SigningKey[] | null {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, "utf8");
  if (text.trim().length === 0) return null;
  const damaged = () => new OperatorError(`${file} rusak: pulihkan dari cadangan (npm run restore -- --from <berkas>); jika tidak ada, hapus berkas itu dan undang ulang semua anggota`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw damaged();
  }
  const f = parsed as Partial<KeyFile> | null;
  if (!f || f.format !== "rembuk-keys" || f.v !== 1 || !Array.isArray(f.keys)) throw damaged();
  const keys: SigningKey[] = [];
  for (const entry of f.keys as unknown[]) {
    const e = entry as Partial<KeyFileEntry> | null;
    const secret = typeof e?.secret === "string" ? base64UrlDecode(e.secret) : null;
    if (!e || typeof e.kid !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(e.kid) || !secret || secret.length < 32 || typeof e.createdAt !== "number") throw damaged();
    keys.push({ kid: e.kid, secret, createdAt: e.createdAt, retiredAt: typeof e.retiredAt === "number" ? e.retiredAt : null });
  }
  return keys;
}

function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
