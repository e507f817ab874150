import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The relays the benchmark compares, each a child process on 127.0.0.1 and port 0:
 * - "rembuk": the relay as `npm start` runs it (dist-relay/main.mjs, built), on a fresh DATA_DIR;
 *   `root` may be another checkout (the code before a change, taken out with git archive);
 * - "reference": @y/websocket-server (the y-websocket reference server, which persists nothing),
 *   installed with `npm install --no-save` into a folder outside the repository, never into
 *   package.json. When that install is impossible (no registry), `referenceAvailable` says why.
 */
export interface RunningRelay {
  name: string;
  pid: number;
  /** every relay process of the subject (several on PostgreSQL behind a balancer); default [pid] */
  pids?: number[];
  /** serverUrl for WebsocketProvider */
  serverUrl: string;
  /** the room name and params a client of workspace `ws`, document `doc`, uses */
  room(ws: string, doc: string): { room: string; params: Record<string, string> };
  stdout(): string;
  stop(): Promise<void>;
}

const REFERENCE_VERSION = "0.1.1"; // the last release on yjs 13 (0.1.5 needs yjs 14 pre-releases)
const REFERENCE_DIR = join(tmpdir(), "rembuk-relay-bench-reference");

/** Installs the reference once (outside the repo); returns null when it is there, else why not. */
export function installReference(): string | null {
  const marker = join(REFERENCE_DIR, "node_modules/@y/websocket-server/package.json");
  if (!existsSync(marker)) {
    mkdirSync(REFERENCE_DIR, { recursive: true });
    writeFileSync(join(REFERENCE_DIR, "package.json"), `{"name":"rembuk-relay-bench-reference","private":true}\n`);
    const result = spawnSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", `@y/websocket-server@${REFERENCE_VERSION}`], { cwd: REFERENCE_DIR, encoding: "utf8", timeout: 300_000 });
    if (result.status !== 0 || !existsSync(marker)) return `npm install @y/websocket-server@${REFERENCE_VERSION} failed: ${(result.stderr || result.error?.message || "").slice(-300)}`;
  }
  // the reference's own server.js, with port 0 and the chosen port printed
  writeFileSync(
    join(REFERENCE_DIR, "server.mjs"),
    `import http from "node:http";
import WebSocket from "ws";
import { setupWSConnection } from "@y/websocket-server/utils";
const wss = new WebSocket.Server({ noServer: true });
wss.on("connection", setupWSConnection);
const server = http.createServer((_req, res) => { res.writeHead(200, { "Content-Type": "text/plain" }); res.end("okay"); });
server.on("upgrade", (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req)));
server.listen(0, "127.0.0.1", () => console.log("REFERENCE_LISTENING port=" + server.address().port));
// an orderly exit on SIGTERM, so that --cpu-prof (profileFanOut.ts) writes its profile
process.on("SIGTERM", () => process.exit(0));
`,
  );
  return null;
}

async function started(child: ChildProcess, pattern: RegExp, what: string): Promise<{ port: number; out: () => string }> {
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => (out = (out + d.toString()).slice(-200_000)));
  child.stderr?.on("data", (d: Buffer) => (err = (err + d.toString()).slice(-20_000)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start in 60 s: ${err}`)), 60_000);
    const check = () => {
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off("data", check);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before listening: ${err}`));
    });
  });
  return { port, out: () => out + err };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await exited;
  clearTimeout(timer);
}

export async function startReference(nodeArgs: string[] = []): Promise<RunningRelay> {
  const child = spawn(process.execPath, [...nodeArgs, "server.mjs"], { cwd: REFERENCE_DIR, stdio: ["ignore", "pipe", "pipe"] });
  const { port, out } = await started(child, /REFERENCE_LISTENING port=(\d+)/, "reference relay");
  return {
    name: "reference",
    pid: child.pid!,
    serverUrl: `ws://127.0.0.1:${port}`,
    room: (ws, doc) => ({ room: `${ws}/${doc}`, params: {} }),
    stdout: out,
    stop: () => stopChild(child),
  };
}

export async function startRembuk(options: { root: string; dataDir: string; secret: string; token: (ws: string) => string; env?: Record<string, string>; nodeArgs?: string[] }): Promise<RunningRelay> {
  // as `npm start` runs it (built: bench:relay builds it first); a checkout from before the build ran its TypeScript
  const built = existsSync(join(options.root, "dist-relay/main.mjs"));
  const entry = built ? ["dist-relay/main.mjs"] : ["--import", "tsx", "relay/src/main.ts"];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...entry], {
    cwd: options.root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: options.dataDir, REMBUK_SECRET: options.secret, STATIC_DIR: join(options.dataDir, "no-app"), ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const { port, out } = await started(child, /REMBUK_LISTENING port=(\d+)/, "rembuk relay");
  return {
    name: "rembuk",
    pid: child.pid!,
    serverUrl: `ws://127.0.0.1:${port}/sync`,
    room: (ws, doc) => ({ room: `${ws}/${doc}`, params: { token: options.token(ws) } }),
    stdout: out,
    stop: () => stopChild(child),
  };
}

/**
 * Several rembuk processes on one PostgreSQL (issue 18) behind the tests' TCP balancer
 * (tests/support/balancer.ts, standing in for nginx): the clients connect to the balancer, which
 * spreads their sockets over the processes; each process forwards a socket to the room's holder.
 */
export async function startRembukCluster(options: { root: string; dataDirs: string[]; secret: string; token: (ws: string) => string; databaseUrl: string }): Promise<RunningRelay> {
  const { startBalancer } = await import("../../../support/balancer.ts");
  const processes: RunningRelay[] = [];
  for (const dataDir of options.dataDirs) processes.push(await startRembuk({ ...options, dataDir, env: { DATABASE_URL: options.databaseUrl } }));
  const balancer = await startBalancer(processes.map((p) => Number(new URL(p.serverUrl).port)));
  return {
    name: `rembuk x${processes.length}`,
    pid: processes[0]!.pid,
    pids: processes.map((p) => p.pid),
    serverUrl: `ws://127.0.0.1:${balancer.port}/sync`,
    room: processes[0]!.room,
    stdout: () => processes.map((p) => p.stdout()).join("\n"),
    stop: async () => {
      await balancer.close();
      await Promise.all(processes.map((p) => p.stop()));
    },
  };
}
