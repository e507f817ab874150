/**
 * A real PostgreSQL server for tests (issue 18): Debian's binaries (scripts/test.sh installs the
 * `postgresql` package when they are missing), a fresh cluster in a temporary directory on a
 * private port, stopped and deleted after. `initdb` refuses root, so as root the cluster is made
 * and run by the `postgres` user (runuser), as the brief says; as anyone else, by that user.
 *
 * One server per test file (a cluster starts in about a second); each test that needs a clean
 * database asks for its own with `createDatabase()`.
 */
import { execFile, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  /** A new empty database; returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server at once (immediate shutdown) and deletes its directory. */
  stop(): Promise<void>;
  /** Stops the server (the database out of reach), keeping its data, until `resume`. */
  pause(): Promise<void>;
  /** Starts it again on the same port with the same data. */
  resume(): Promise<void>;
}

/** The newest installed server's bin directory, or null when PostgreSQL is not installed. */
export function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** Runs a PostgreSQL tool, as the postgres user when we are root. */
async function tool(bin: string, name: string, args: string[]): Promise<string> {
  const file = join(bin, name);
  const { stdout } = asRoot ? await run("runuser", ["-u", "postgres", "--", file, ...args]) : await run(file, args);
  return stdout;
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed: run `apt-get install -y postgresql` (npm test does it when missing)");
  const dir = mkdtempSync(join(tmpdir(), "rembuk-pg-"));
  // the server runs as postgres: it must own its directory (mkdtemp makes it 0700 for root)
  if (asRoot) spawnSync("chown", ["-R", "postgres:postgres", dir]);
  else chmodSync(dir, 0o700);
  const data = join(dir, "data");
  await tool(bin, "initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  let port = 0;
  const start = (at: number) =>
    tool(bin, "pg_ctl", [
      "-D", data, "-w", "-t", "60", "-l", join(dir, "server.log"),
      // fsync off: these clusters are thrown away and never crash (a killed relay is the
      // subject of the tests, not a killed database); the unix socket stays in the temp dir
      "-o", `-p ${at} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      "start",
    ]);
  // another process can take the free port between the probe and the start: try a few
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      await start(port);
      break;
    } catch (error) {
      if (attempt >= 3) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  let created = 0;
  const url = (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    async createDatabase() {
      const name = `t${process.pid}_${++created}`;
      await tool(bin, "createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name]);
      return url(name);
    },
    async pause() {
      await tool(bin, "pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    },
    async resume() {
      await start(port);
    },
    async stop() {
      await tool(bin, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
