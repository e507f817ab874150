import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { onCleanup } from "./cleanup.ts";
import { waitFor } from "./waitFor.ts";
import { TEST_SECRET } from "./tokens.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface ChildRelay {
  process: ChildProcess;
  port: number;
  stdout(): string;
  /** The demo lurah link: not printed (the child's output is no terminal) but written where the output says. */
  demoLink(): string;
  kill9(): Promise<void>;
}

/** `node --import tsx relay/src/main.ts` as a real child process, PORT=0, parsing `REMBUK_LISTENING port=`. */
export async function spawnRelay(dataDir: string, env: Record<string, string> = {}): Promise<ChildRelay> {
  const child = spawn(process.execPath, ["--import", "tsx", "relay/src/main.ts"], {
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
