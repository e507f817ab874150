import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * The real relay (as `npm start` runs it: dist-relay/main.mjs once built, else relay/src/main.ts through tsx) as a child process on
 * port 0, serving the built app from dist/ with the given DATA_DIR and secret.
 */
export class BenchRelay {
  private child: ChildProcess | null = null;
  port = 0;

  constructor(private readonly opts: { repoRoot: string; dataDir: string; secret: string; staticDir?: string }) {}

  get url(): string {
    return `http://localhost:${this.port}`;
  }

  async start(): Promise<void> {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: this.opts.dataDir, REMBUK_SECRET: this.opts.secret };
    if (this.opts.staticDir) env.STATIC_DIR = this.opts.staticDir;
    const built = existsSync(join(this.opts.repoRoot, "dist-relay/main.mjs"));
    const entry = built ? ["dist-relay/main.mjs"] : ["--import", "tsx", "relay/src/main.ts"];
    const child = spawn(process.execPath, entry, { cwd: this.opts.repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    this.port = await new Promise<number>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`relay did not start in 60 s: ${stderr}`)), 60_000);
      child.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /REMBUK_LISTENING port=(\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`relay exited (${code}) before listening: ${stderr}`));
      });
    });
    // keep draining stdout so the pipe never fills
    child.stdout?.resume();
  }

  /** SIGTERM (clean stop); SIGKILL if it has not exited after 10 s. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
