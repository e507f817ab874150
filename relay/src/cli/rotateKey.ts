import { rotateKeyFile } from "../auth/keys.ts";
import { readConfig } from "../config.ts";
import { runCli } from "./run.ts";

/**
 * `npm run rotate-key`: a new key signs every token minted from now on; tokens signed with the older keys
 * stay valid until they expire (their key is kept that long, then dropped at a later rotation). A running
 * relay reads the new key from DATA_DIR/keys.json by itself: no restart.
 */
if (process.argv.length > 2) {
  console.error(`Argumen tidak dikenal: ${process.argv.slice(2).join(" ")}\nPakai: npm run rotate-key`);
  process.exit(2);
}

await runCli("npm run rotate-key", () => {
  const config = readConfig(process.env);
  const { added, retired, dropped } = rotateKeyFile(config.dataDir);
  console.log(`Kunci baru ${added} menandatangani token mulai sekarang.`);
  if (retired.length > 0) console.log(`Kunci lama ${retired.join(", ")} tetap memeriksa token yang sudah dibuat sampai token itu kedaluwarsa.`);
  if (dropped.length > 0) console.log(`Dibuang (semua tokennya sudah kedaluwarsa): ${dropped.join(", ")}.`);
});
