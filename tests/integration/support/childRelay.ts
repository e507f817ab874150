import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { onCleanup } from "./cleanup.ts";
import { waitFor } from "./waitFor.ts";
import { TEST_SECRET, writeTestKeys } from "./tokens.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface ChildRelay {
  process: ChildProcess;
  port: number;
  stdout(): string;
  /** The demo lurah link: not printed (the child's output is no terminal) but written where the output says. */
  demoLink(): string;
  kill9(): Promise<void>;
}

export interface SpawnOptions {
  /** the relay's flags (`--demo`, `--no-demo`) */
  args?: string[];
  /**
   * false: let the relay make its own keys (DATA_DIR/keys.json) instead of the test key, e.g. to prove a
   * backup carries them. Default: the test key is written first (unless keys.json exists), so `token()` works.
   */
  testKeys?: boolean;
  /** the relay's entry as node's arguments; default its TypeScript through tsx (a built one: [".../main.mjs"]) */
  entry?: string[];
}

/** `node --import tsx relay/src/main.ts` as a real child process, PORT=0, parsing `REMBUK_LISTENING port=`. */
export async function spawnRelay(dataDir: string, env: Record<string, string> = {}, options: SpawnOptions = {}): Promise<ChildRelay> {
  if (options.testKeys !== false && !existsSync(join(dataDir, "keys.json"))) writeTestKeys(dataDir);
  const child = spawn(process.execPath, [...(options.entry ?? ["--import", "tsx", "relay/src/main.ts"]), ...(options.args ?? [])], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, REMBUK_SECRET: TEST_SECRET, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  onCleanup(async () => {
    if (!exited) {
      child.kill("SIGKILL");
      await exitedPromise;
    }
  });
  await waitFor(() => /REMBUK_LISTENING port=\d+/.test(out) || exited, "relay child to listen", 20_000);
  const match = /REMBUK_LISTENING port=(\d+)/.exec(out);
  if (!match) throw new Error(`relay child did not start:\n${out}\n${err}`);
  return {
    process: child,
    port: Number(match[1]),
    stdout: () => out,
    demoLink: () => {
      const file = /Tautan demo \(lurah desa contoh\) tersimpan di (\S+)/.exec(out)?.[1];
      if (!file) throw new Error(`the relay named no demo link file:\n${out}`);
      return readFileSync(file, "utf8").trim();
    },
    kill9: async () => {
      child.kill("SIGKILL");
      await exitedPromise;
    },
  };
}

/** Starts the relay process and waits until it listens or exits: for starts that must fail, and how. */
export function startRelayProcess(dataDir: string, env: Record<string, string> = {}, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string; listening: boolean }> {
  const child = spawn(process.execPath, ["--import", "tsx", "relay/src/main.ts", ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, REMBUK_SECRET: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  onCleanup(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  return new Promise((resolve) => {
    child.stdout.on("data", () => {
      if (/REMBUK_LISTENING port=\d+/.test(stdout)) {
        child.kill("SIGTERM");
        resolve({ code: null, stdout, stderr, listening: true });
      }
    });
    child.once("exit", (code) => resolve({ code, stdout, stderr, listening: false }));
  });
}
