import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Keyring, loadLegacySecret } from "../auth/keys.ts";
import { mintInvite } from "../auth/mintInvite.ts";
import { readConfig } from "../config.ts";
import { SqliteStorage } from "../storage/sqlite.ts";
import { runCli } from "./run.ts";
import { parseTokenArgs, USAGE } from "./tokenArgs.ts";

/**
 * Mints an access token with the relay's current key (DATA_DIR/keys.json) and records it in the relay's
 * database (so the lurah can list and revoke it, and the relay knows the invitee's name: the token carries
 * none). The token is the LAST line of stdout.
 */
const args = parseTokenArgs(process.argv.slice(2));
if (typeof args === "string") {
  console.error(args);
  console.error(USAGE);
  process.exit(2);
}

await runCli("npm run token", async () => {
  const config = readConfig(process.env);
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const keys = Keyring.open(config.dataDir, loadLegacySecret(config.dataDir, config.secretFromEnv));
  const storage = new SqliteStorage(join(config.dataDir, "rembuk.sqlite"));
  let minted: Awaited<ReturnType<typeof mintInvite>>;
  try {
    minted = await mintInvite(keys, storage, args);
  } finally {
    storage.close();
  }
  const { token, payload } = minted;
  const until = new Date(payload.exp * 1000).toISOString().slice(0, 10);
  const target = payload.role === "district" ? `wilayah ${payload.wilayah}` : payload.ws;
  console.log(`# token ${payload.role}${payload.opd ? ` (${payload.opd})` : ""} untuk ${target}, berlaku sampai ${until}, jti ${payload.jti}`);
  console.log(`# tautan undangan: <alamat relay>/#/gabung?token=<token di bawah>`);
  console.log(token);
});
