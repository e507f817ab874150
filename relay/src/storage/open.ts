import { join } from "node:path";
import { PostgresStorage } from "./postgres.ts";
import { SqliteStorage } from "./sqlite.ts";
import type { RelayStorage, RoomStore } from "./types.ts";

/** The relay's store as its settings say: PostgreSQL when DATABASE_URL is set (issue 18), else DATA_DIR/rembuk.sqlite. */
export type OpenedStorage = RelayStorage & RoomStore;

export async function openStorage(config: { dataDir: string; databaseUrl: string | null }): Promise<OpenedStorage> {
  if (config.databaseUrl) return PostgresStorage.open(config.databaseUrl);
  return new SqliteStorage(join(config.dataDir, "rembuk.sqlite"));
}
