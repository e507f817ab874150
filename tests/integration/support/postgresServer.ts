import { afterAll, beforeAll } from "vitest";
import { startPostgres, type PostgresServer } from "../../support/postgres.ts";

/**
 * One real PostgreSQL server for the calling test file (tests/support/postgres.ts): started before its
 * tests, stopped after them. Call it at the file's top level; the tests read the server through the
 * returned function (a fresh database per test: `postgres().createDatabase()`).
 */
export function postgresForThisFile(): () => PostgresServer {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error("the PostgreSQL server of this file did not start");
    return server;
  };
}
