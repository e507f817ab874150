import { describe, expect, it } from "vitest";
import pg from "pg";
import { PostgresStorage } from "../../relay/src/storage/postgres.ts";
import { POSTGRES_SCHEMA_VERSION } from "../../relay/src/storage/postgresSchema.ts";
import { storageContract } from "../../relay/src/storage/storage.contract.ts";
import { postgresForThisFile } from "./support/postgresServer.ts";

// A real PostgreSQL server (Debian's), one for this file; a fresh database for every test.
const postgres = postgresForThisFile();

storageContract("postgresql", async () => {
  const storage = await PostgresStorage.open(await postgres().createDatabase());
  return { storage, cleanup: () => storage.close() };
});

describe("postgresql storage specifics", () => {
  it("creates its schema once when several relay processes start on an empty database at the same moment", async () => {
    const url = await postgres().createDatabase();
    const stores = await Promise.all([PostgresStorage.open(url), PostgresStorage.open(url), PostgresStorage.open(url)]);
    try {
      for (const store of stores) expect(await store.schemaVersion()).toBe(POSTGRES_SCHEMA_VERSION);
      const raw = new pg.Client({ connectionString: url });
      await raw.connect();
      expect((await raw.query("SELECT count(*)::int AS n FROM rembuk_schema")).rows[0]).toEqual({ n: 1 });
      await raw.end();
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it("refuses a database whose schema is newer than this relay, saying so", async () => {
    const url = await postgres().createDatabase();
    await (await PostgresStorage.open(url)).close();
    const raw = new pg.Client({ connectionString: url });
    await raw.connect();
    await raw.query("UPDATE rembuk_schema SET version = $1", [POSTGRES_SCHEMA_VERSION + 1]);
    await raw.end();
    await expect(PostgresStorage.open(url)).rejects.toThrow(/newer than this relay/);
  });

  it("numbers a room's updates without gaps or repeats when two processes append at once", async () => {
    const url = await postgres().createDatabase();
    const [a, b] = await Promise.all([PostgresStorage.open(url), PostgresStorage.open(url)]);
    try {
      const seqs = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).appendUpdate("w/roster", new Uint8Array([i]))),
      );
      expect([...seqs].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect((await b.loadRoom("w/roster")).updates.map((u) => u.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
