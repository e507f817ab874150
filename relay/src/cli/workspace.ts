import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { readConfig } from "../config.ts";
import { SqliteStorage } from "../storage/sqlite.ts";
import { runCli } from "./run.ts";
import { parseWorkspaceArgs, WORKSPACE_USAGE } from "./workspaceArgs.ts";

/**
 * The relay operator's registry of village workspaces (which kode wilayah each reports under), in the
 * relay's database. A workspace with no registration cannot send its monthly report.
 */
const args = parseWorkspaceArgs(process.argv.slice(2));
if (typeof args === "string") {
  console.error(args);
  console.error(WORKSPACE_USAGE);
  process.exit(2);
}

await runCli("npm run workspace", () => {
  const config = readConfig(process.env);
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const storage = new SqliteStorage(join(config.dataDir, "rembuk.sqlite"));
  try {
    if (args.action === "register") {
      const before = storage.getWorkspace(args.id);
      const saved = storage.registerWorkspace(args, Date.now());
      const verb = before ? `diubah (sebelumnya ${before.kodeWilayah} ${before.name})` : "didaftarkan";
      console.log(`${saved.id}\t${saved.kodeWilayah}\t${saved.name}\t${verb}`);
    } else {
      const list = storage.listWorkspaces(args.prefix);
      for (const w of list) console.log(`${w.id}\t${w.kodeWilayah}\t${w.name}`);
      console.error(`# ${list.length} ruang kerja${args.prefix ? ` di bawah ${args.prefix}` : ""}`);
    }
  } finally {
    storage.close();
  }
});
