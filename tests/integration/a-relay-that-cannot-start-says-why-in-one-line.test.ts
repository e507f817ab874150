import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startRelayProcess } from "./support/childRelay.ts";
import { onCleanup } from "./support/cleanup.ts";
import { fillDisk, mountTmpfs, readOnlyDir } from "./support/smallDisk.ts";
import { tempDataDir } from "./support/tempDir.ts";

/** What an operator reads: one line, in Bahasa, no stack trace, exit code 1. */
function expectOneLine(result: { code: number | null; stderr: string; listening: boolean }, ...says: RegExp[]): void {
  expect(result.listening).toBe(false);
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^Rembuk tidak dapat mulai: /);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  for (const words of says) expect(lines[0]).toMatch(words);
}

// Issue 17, item 8: a read-only DATA_DIR, a full disk or a damaged database ended in a Node stack trace, and
// a disk full on the first start left an empty `secret` that blocked every later start.
describe("a relay that cannot start says what is wrong and what to do, in one line", () => {
  it("a DATA_DIR it cannot write", async () => {
    const { dir } = readOnlyDir();
    expectOneLine(await startRelayProcess(dir), /DATA_DIR|izin/, /(hanya-baca|chown)/);
  });

  it("a full disk on the first start leaves no empty key file behind, and the next start (with space) works", async (ctx) => {
    const disk = mountTmpfs(4096);
    if (!disk) return ctx.skip(); // needs root to mount a small disk: said in the report
    const filler = fillDisk(join(disk, "filler"));
    expectOneLine(await startRelayProcess(disk), /disk penuh/, /kosongkan ruang/);
    // nothing half-written: no empty keys.json, no empty secret, no temporary file
    expect(readdirSync(disk).filter((name) => name !== "filler" && statSync(join(disk, name)).size === 0)).toEqual([]);
    expect(existsSync(join(disk, "keys.json"))).toBe(false);
    rmSync(filler);
    const next = await startRelayProcess(disk);
    expect(next.listening, next.stderr).toBe(true);
    expect(statSync(join(disk, "keys.json")).size).toBeGreaterThan(0);
  });

  it("an empty secret an older relay left on a full disk does not block the start", async () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, "secret"), "", { mode: 0o600 });
    const started = await startRelayProcess(dataDir);
    expect(started.listening, started.stderr).toBe(true);
  });

  it("a damaged database", async () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, "rembuk.sqlite"), "ini bukan basis data SQLite, ini teks biasa ".repeat(200));
    expectOneLine(await startRelayProcess(dataDir), /rusak/, /npm run restore -- --from/);
  });

  it("a damaged key file", async () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, "keys.json"), "{ tidak lengkap", { mode: 0o600 });
    expectOneLine(await startRelayProcess(dataDir), /keys\.json rusak/, /npm run restore/);
  });

  it("a port another process holds, and a bad setting", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    onCleanup(() => holder.close());
    const port = (holder.address() as { port: number }).port;
    expectOneLine(await startRelayProcess(tempDataDir(), { PORT: String(port) }), /sudah dipakai/, /PORT lain/);
    expectOneLine(await startRelayProcess(tempDataDir(), { LOG_LEVEL: "cerewet" }), /LOG_LEVEL tidak sah/);
    const missing = mkdtempSync(join(tempDataDir(), "x"));
    expectOneLine(await startRelayProcess(tempDataDir(), { TLS_CERT: join(missing, "cert.pem"), TLS_KEY: join(missing, "key.pem") }), /berkas tidak ada/);
  });
});
