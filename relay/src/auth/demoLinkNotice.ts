import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What the relay says at start about the demo lurah link. The link carries a bearer token valid
 * for weeks, and a relay run as a service has its output kept in logs, where tokens must never
 * be (PROTOCOL.md). So the link is shown only to a person at a terminal; otherwise it is written
 * to DATA_DIR/demo-link.txt (mode 0600, beside the token secret) and the output says where.
 */
export function demoLinkNotice(opts: { interactive: boolean; dataDir: string; link: string }): string {
  if (opts.interactive) return `Buka Rembuk (desa contoh): ${opts.link}`;
  const file = join(opts.dataDir, "demo-link.txt");
  writeFileSync(file, `${opts.link}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // an older file keeps its mode on overwrite
  return `Tautan demo (lurah desa contoh) tersimpan di ${file}`;
}
