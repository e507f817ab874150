/**
 * PostgreSQL schema, by version (issue 18). The relay migrates it itself on start (under an
 * advisory lock, so several processes starting at once migrate once), as SQLite's migrations
 * do (sqlite.ts). Version 1 is SQLite's schema 4 in PostgreSQL types: the same tables and
 * columns, so `npm run migrate:postgres` copies rows one to one.
 *
 * Add a version for every change; never edit a released one.
 */
export const POSTGRES_SCHEMA_VERSION = 1;

export const POSTGRES_MIGRATIONS: Record<number, string> = {
  1: `
    CREATE TABLE updates (
      room text NOT NULL,
      seq bigint NOT NULL,
      data bytea NOT NULL,
      created_at bigint NOT NULL,
      jti text,
      role text,
      agency text,
      ids bytea,
      PRIMARY KEY (room, seq)
    );
    CREATE TABLE snapshots (
      room text PRIMARY KEY,
      data bytea NOT NULL,
      upto_seq bigint NOT NULL,
      updated_at bigint NOT NULL
    );
    CREATE TABLE update_audit (
      room text NOT NULL,
      seq bigint NOT NULL,
      at bigint NOT NULL,
      jti text,
      role text,
      agency text,
      bytes integer NOT NULL,
      ids bytea,
      PRIMARY KEY (room, seq)
    );
    CREATE TABLE tokens (
      jti text PRIMARY KEY,
      workspace text NOT NULL,
      role text NOT NULL,
      opd text,
      label text,
      wilayah text,
      minted_by text,
      created_at bigint NOT NULL,
      expires_at bigint NOT NULL,
      revoked_at bigint
    );
    CREATE INDEX tokens_workspace ON tokens (workspace, created_at);
    CREATE INDEX tokens_minted_by ON tokens (minted_by) WHERE minted_by IS NOT NULL;
    CREATE TABLE workspaces (
      id text PRIMARY KEY,
      kode_wilayah text NOT NULL,
      name text NOT NULL,
      registered_at bigint NOT NULL,
      updated_at bigint NOT NULL
    );
    CREATE INDEX workspaces_kode ON workspaces (kode_wilayah COLLATE "C", id COLLATE "C");
    CREATE TABLE reports (
      workspace text NOT NULL,
      month text NOT NULL,
      version integer NOT NULL,
      kode_wilayah text NOT NULL,
      village_name text NOT NULL,
      indicators jsonb NOT NULL,
      by_rw jsonb NOT NULL,
      received_at bigint NOT NULL,
      sent_by_role text NOT NULL,
      sent_by_jti text NOT NULL,
      send_id text,
      PRIMARY KEY (workspace, month, version)
    );
    CREATE UNIQUE INDEX reports_send_id ON reports (workspace, send_id) WHERE send_id IS NOT NULL;
    CREATE INDEX reports_kode_month ON reports (kode_wilayah, month);
    -- several relay processes (cluster/ownership.ts): where the holder of a room's advisory lock is reached
    CREATE TABLE room_owners (
      room text PRIMARY KEY,
      address text NOT NULL,
      since bigint NOT NULL
    );
  `,
};
