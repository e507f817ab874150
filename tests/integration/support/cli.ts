import { spawn } from "node:child_process";
import { REPO_ROOT } from "./childRelay.ts";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run --silent <script> -- <args>` in the repository, with DATA_DIR and more environment. */
export function runNpm(script: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, REMBUK_SECRET: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The token a `npm run token` printed (its last line). */
export function lastLine(result: CliResult): string {
  return result.stdout.trim().split("\n").at(-1) ?? "";
}
