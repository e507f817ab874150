import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { demoInvite } from "./auth/demoInvite.ts";
import { demoLinkNotice } from "./auth/demoLinkNotice.ts";
import { Keyring, loadLegacySecret } from "./auth/keys.ts";
import { readConfig } from "./config.ts";
import { createRelay } from "./createRelay.ts";
import { DEMO_WORKSPACE, registerDemoWorkspace, seedDemoWorkspace } from "./demo.ts";
import { consoleLogger, errorText } from "./log.ts";
import { removePidFile, writePidFile } from "./pidFile.ts";
import { startupErrorLine } from "./startupError.ts";
import { openStorage, type OpenedStorage } from "./storage/open.ts";
import { SqliteStorage } from "./storage/sqlite.ts";

/**
 * Wiring only: settings → DATA_DIR, keys, storage, demo seed → relay → listen → print the link. Anything
 * that fails before the relay listens ends the process with ONE line saying what is wrong and what to do
 * (startupError.ts), never a stack trace.
 */
const opened: { storage: OpenedStorage | null } = { storage: null };
try {
  await start();
} catch (error) {
  console.error(startupErrorLine(error));
  try {
    await opened.storage?.close();
  } catch {
    /* the line above is what matters */
  }
  process.exit(1);
}

async function start(): Promise<void> {
  const config = readConfig(process.env, process.argv.slice(2));
  const log = consoleLogger(config.logLevel);
  // owner-only when created: the database holds personal data (storage/sqlite.ts)
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const keys = Keyring.open(config.dataDir, loadLegacySecret(config.dataDir, config.secretFromEnv));
  // SQLite in DATA_DIR by default; PostgreSQL when DATABASE_URL is set (DATA_DIR still holds the keys)
  const db = await openStorage(config);
  opened.storage = db;
  // what a killed relay acknowledged but had not folded into the database yet, before anything reads it
  // (createRelay does it too; here it comes before the demo's "is this DATA_DIR empty?")
  if (db instanceof SqliteStorage) {
    const replayed = db.recoverJournals();
    if (replayed > 0) log.warn("storage.journal_replayed", { updates: replayed });
  }

  const hasApp = existsSync(join(config.staticDir, "index.html"));

  // The demo workspace and its lurah link only where asked, never beside real workspaces (issue 17, item 11):
  // on a district server its registration would show a fake village under a real kode wilayah.
  const others = (await db.knownWorkspaces()).filter((id) => id !== DEMO_WORKSPACE);
  const withDemo = config.demo !== "no" && others.length === 0;
  if (config.demo === "yes" && others.length > 0) {
    console.warn(`Desa contoh tidak dibuat: relay ini sudah memegang ${others.length} ruang kerja lain (--demo hanya untuk DATA_DIR yang kosong).`);
  }
  if (withDemo) {
    if (await seedDemoWorkspace(db)) log.info("demo.seeded", { ws: DEMO_WORKSPACE });
    if (await registerDemoWorkspace(db)) log.info("demo.registered", { ws: DEMO_WORKSPACE, wilayah: "53.71.01.1001" });
  }

  const tls = config.tlsCertFile && config.tlsKeyFile
    ? { cert: readFileSync(config.tlsCertFile), key: readFileSync(config.tlsKeyFile) }
    : undefined;
  const relay = createRelay({
    storage: db, keys, log, staticDir: hasApp ? config.staticDir : undefined, tls, publicUrl: config.publicUrl,
    cluster: config.databaseUrl ? { databaseUrl: config.databaseUrl, address: config.clusterAddress } : undefined,
  });
  const { port } = await relay.listen(config.port, config.host);
  writePidFile(config.dataDir);
  if (!hasApp) {
    console.warn(`Aplikasi belum dibangun (${config.staticDir}/index.html tidak ada): jalankan \`npm run build\`. Relay tetap berjalan.`);
  }

  let notice = "";
  if (withDemo) {
    const demo = await demoInvite(keys, db, DEMO_WORKSPACE);
    const origin = `${tls ? "https" : "http"}://localhost:${port}`;
    // The demo link holds a token: shown on a terminal only, else written to a file (demoLinkNotice.ts).
    notice = `\n${demoLinkNotice({ interactive: process.stdout.isTTY === true, dataDir: config.dataDir, link: `${origin}/#/gabung?token=${demo.token}` })}`;
  }
  // Machine-readable first (tests and scripts parse it), then the human line; one write, so a
  // reader that saw the first line has the notice too.
  console.log(`REMBUK_LISTENING port=${port}${notice}`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info("relay.stopping", { signal });
    try {
      await relay.close();
    } catch (error) {
      log.error("relay.close_failed", { error: errorText(error) });
    }
    await db.close();
    removePidFile(config.dataDir);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
