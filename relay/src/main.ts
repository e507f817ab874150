import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadOrCreateSecret } from "./auth/secret.ts";
import { demoInvite } from "./auth/demoInvite.ts";
import { demoLinkNotice } from "./auth/demoLinkNotice.ts";
import { readConfig } from "./config.ts";
import { createRelay } from "./createRelay.ts";
import { DEMO_WORKSPACE, seedDemoWorkspace } from "./demo.ts";
import { consoleLogger, errorText } from "./log.ts";
import { SqliteStorage } from "./storage/sqlite.ts";

/** Wiring only: environment → storage, secret, demo seed → relay → listen → print the link. */
const log = consoleLogger();
const config = readConfig(process.env);
// owner-only when created: the database holds personal data (storage/sqlite.ts)
mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
const secret = loadOrCreateSecret(config.dataDir, config.secretFromEnv);
const storage = new SqliteStorage(join(config.dataDir, "rembuk.sqlite"));

const hasApp = existsSync(join(config.staticDir, "index.html"));
if (!hasApp) {
  console.warn(`Aplikasi belum dibangun (${config.staticDir}/index.html tidak ada): jalankan \`npm run build\`. Relay tetap berjalan.`);
}

if (seedDemoWorkspace(storage)) log.info("demo.seeded", { ws: DEMO_WORKSPACE });

const tls = config.tlsCertFile && config.tlsKeyFile
  ? { cert: readFileSync(config.tlsCertFile), key: readFileSync(config.tlsKeyFile) }
  : undefined;
const relay = createRelay({ storage, secret, log, staticDir: hasApp ? config.staticDir : undefined, tls, publicUrl: config.publicUrl });
const { port } = await relay.listen(config.port, config.host);

const demo = demoInvite(secret, storage, DEMO_WORKSPACE);
const origin = `${tls ? "https" : "http"}://localhost:${port}`;
// The demo link holds a token: shown on a terminal only, else written to a file (demoLinkNotice.ts).
const demoNotice = demoLinkNotice({ interactive: process.stdout.isTTY === true, dataDir: config.dataDir, link: `${origin}/#/gabung?token=${demo.token}` });
// Machine-readable first (tests and scripts parse it), then the human line; one write, so a
// reader that saw the first line has the notice too.
console.log(`REMBUK_LISTENING port=${port}\n${demoNotice}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info("relay.stopping", { signal });
  try {
    await relay.close();
  } catch (error) {
    log.error("relay.close_failed", { error: errorText(error) });
  }
  storage.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
