import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

/** Drives heavyClient.ts (the big-roster client) in its own process; each command resolves with its answer. */
export class HeavyClient {
  private readonly child: ChildProcess;
  private readonly waiting: Array<(answer: Record<string, unknown>) => void> = [];

  constructor(repo: string) {
    this.child = spawn(process.execPath, ["--max-old-space-size=4096", "--import", "tsx", "tests/bench/support/relay/heavyClient.ts"], { cwd: repo, stdio: ["pipe", "pipe", "inherit"] });
    createInterface({ input: this.child.stdout! }).on("line", (line) => {
      if (!line.startsWith("{")) return;
      this.waiting.shift()?.(JSON.parse(line) as Record<string, unknown>);
    });
  }

  send(command: Record<string, unknown>): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      this.waiting.push((answer) => (answer.error ? reject(new Error(String(answer.error))) : resolve(answer)));
      this.child.stdin!.write(`${JSON.stringify(command)}\n`);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once("exit", r));
    this.child.stdin!.end();
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
}
