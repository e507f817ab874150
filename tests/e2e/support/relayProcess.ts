import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Role } from "@shared/model/index.ts";
import { SqliteStorage } from "../../../relay/src/storage/sqlite.ts";
import { signJwt, testKey, tokenClaims, writeKeyFile, type TestKey } from "../../support/testTokens.ts";

const BUILT_RELAY = "dist-relay/main.mjs";

/**
 * A real relay process (the same entry as `npm start`, serving the built app in
 * dist/) on port 0 with its own SQLite file. Tokens are signed with the key we
 * hand it (DATA_DIR/keys.json) and recorded in its database with the invitee's
 * name, exactly as `npm run token` would: a token carries no name, the relay
 * keeps it beside the jti.
 */
export class RelayProcess {
  readonly secret = `e2e-secret-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  readonly key: TestKey = testKey(this.secret);
  readonly dataDir = mkdtempSync(join(tmpdir(), "rembuk-e2e-"));
  private child: ChildProcess | null = null;
  port = 0;

  /**
   * staticDir: serve the app from this folder instead of dist/ (a "deployment" a test can change);
   * env: more environment for the relay (PUBLIC_URL, HOST).
   */
  constructor(private readonly options: { staticDir?: string; env?: Record<string, string> } = {}) {
    writeKeyFile(this.dataDir, [this.key]);
  }

  get url(): string {
    return `http://localhost:${this.port}`;
  }

  async start(): Promise<void> {
    // the relay as `npm start` runs it: built (scripts/test.sh builds it before these specs)
    if (!existsSync(BUILT_RELAY)) throw new Error(`${BUILT_RELAY} is missing: run \`npm run build\` (or \`npm run build:relay\`) first`);
    const child = spawn(process.execPath, [BUILT_RELAY], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: "127.0.0.1",
        DATA_DIR: this.dataDir,
        REMBUK_SECRET: this.secret,
        ...(this.options.staticDir ? { STATIC_DIR: this.options.staticDir } : {}),
        ...this.options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    this.port = await new Promise<number>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /REMBUK_LISTENING port=(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.once("exit", (code) => reject(new Error(`relay exited (${code}) before listening: ${stderr}`)));
    });
  }

  /** `days`: how long the token is valid (1 unless a spec moves a phone's clock further). */
  token(workspace: string, role: Role, extra: { opd?: string; name?: string; days?: number; wilayah?: string } = {}): string {
    const claims = tokenClaims(workspace, role, { opd: extra.opd, days: extra.days ?? 1, wilayah: extra.wilayah });
    const storage = new SqliteStorage(join(this.dataDir, "rembuk.sqlite"));
    try {
      storage.createInvite({
        jti: claims.jti as string,
        workspace,
        role,
        opd: extra.opd ?? null,
        wilayah: extra.wilayah ?? null,
        label: extra.name ?? null,
        mintedBy: null,
        createdAt: claims.iat as number,
        expiresAt: claims.exp as number,
        revokedAt: null,
      });
    } finally {
      storage.close();
    }
    return signJwt(this.key, claims);
  }

  /** Stops the process; `kill` true is SIGKILL (a crash), else a clean SIGTERM. */
  async stop(kill = false): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(kill ? "SIGKILL" : "SIGTERM");
    await exited;
    this.child = null;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
