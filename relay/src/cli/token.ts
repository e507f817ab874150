import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { loadOrCreateSecret } from "../auth/secret.ts";
import { mintInvite } from "../auth/mintInvite.ts";
import { readConfig } from "../config.ts";
import { SqliteStorage } from "../storage/sqlite.ts";
import { parseTokenArgs, USAGE } from "./tokenArgs.ts";

/**
 * Mints an access token with the relay's secret and records it in the relay's
 * database (so the lurah can list and revoke it). The token is the LAST line of stdout.
 */
const args = parseTokenArgs(process.argv.slice(2));
if (typeof args === "string") {
  console.error(args);
  console.error(USAGE);
  process.exit(2);
}

const config = readConfig(process.env);
mkdirSync(config.dataDir, { recursive: true });
const secret = loadOrCreateSecret(config.dataDir, config.secretFromEnv);
const storage = new SqliteStorage(join(config.dataDir, "rembuk.sqlite"));
let minted: ReturnType<typeof mintInvite>;
try {
  minted = mintInvite(secret, storage, args);
} finally {
  storage.close();
}
const { token, payload } = minted;
const until = new Date(payload.exp * 1000).toISOString().slice(0, 10);
const target = payload.role === "district" ? `wilayah ${payload.wilayah}` : payload.ws;
console.log(`# token ${payload.role}${payload.opd ? ` (${payload.opd})` : ""} untuk ${target}, berlaku sampai ${until}, jti ${payload.jti}`);
console.log(`# tautan undangan: <alamat relay>/#/gabung?token=<token di bawah>`);
console.log(token);
