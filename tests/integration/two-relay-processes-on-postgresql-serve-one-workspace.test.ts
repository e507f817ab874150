import pg from "pg";
import { expect, it } from "vitest";
import { postgresForThisFile } from "./support/postgresServer.ts";
import { spawnRelay } from "./support/childRelay.ts";
import { openSyncedClient } from "./support/clients.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";
import "./support/cleanup.ts";

// Issue 18: two relay processes with the same DATABASE_URL serve one workspace; clients of the same room on
// different processes see each other's changes, through the one process that holds the room.
const postgres = postgresForThisFile();

it("clients of one room on two processes see each other's changes; one process holds the room and stores every update in PostgreSQL", async () => {
  const url = await postgres().createDatabase();
  const env = { DATABASE_URL: url };
  const [one, two] = await Promise.all([spawnRelay(tempDataDir(), env, { args: ["--no-demo"] }), spawnRelay(tempDataDir(), env, { args: ["--no-demo"] })]);
  const kader = token("desa-a", "kader");
  const a = await openSyncedClient(`ws://127.0.0.1:${one.port}/sync`, "desa-a/roster", kader);
  const b = await openSyncedClient(`ws://127.0.0.1:${two.port}/sync`, "desa-a/roster", kader);
  a.doc.getMap("households").set("h-a", "dari proses satu");
  b.doc.getMap("households").set("h-b", "dari proses dua");
  for (const client of [a, b]) await waitFor(() => client.doc.getMap("households").size === 2, "both changes on both clients");

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const owners = (await db.query<{ room: string; address: string }>("SELECT room, address FROM room_owners")).rows;
    expect(owners.map((o) => o.room)).toEqual(["desa-a/roster"]);
    expect([`ws://127.0.0.1:${one.port}`, `ws://127.0.0.1:${two.port}`]).toContain(owners[0]!.address);
    const stored = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM updates WHERE room = 'desa-a/roster'");
    expect(stored.rows[0]!.n).toBeGreaterThanOrEqual(2);
  } finally {
    await db.end();
  }

  // a fresh device on either process gets the whole document
  for (const relay of [one, two]) {
    const fresh = await openSyncedClient(`ws://127.0.0.1:${relay.port}/sync`, "desa-a/roster", kader);
    expect(fresh.doc.getMap("households").toJSON()).toEqual({ "h-a": "dari proses satu", "h-b": "dari proses dua" });
  }
}, 120_000);
