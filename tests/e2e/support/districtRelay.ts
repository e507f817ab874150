import { join } from "node:path";
import * as Y from "yjs";
import { roomName, type SentReport } from "@shared/model/index.ts";
import { writeProfile } from "@shared/crdt/meta.ts";
import { SqliteStorage } from "../../../relay/src/storage/sqlite.ts";
import { RelayProcess } from "./relayProcess.ts";

export interface Village {
  id: string;
  kode: string;
  name: string;
  /** reports already received, as the relay keeps them */
  reports?: SentReport[];
}

/**
 * A started relay whose operator registered villages (`npm run workspace`), some of which have already sent
 * reports; the first village's meta document has its name, for the lurah's header.
 */
export async function relayWithDistrict(villages: Village[]): Promise<RelayProcess> {
  const relay = new RelayProcess();
  const storage = new SqliteStorage(join(relay.dataDir, "rembuk.sqlite"));
  const doc = new Y.Doc();
  writeProfile(doc, { name: villages[0]!.name, kodeWilayah: villages[0]!.kode });
  storage.appendUpdate(roomName(villages[0]!.id, "meta"), Y.encodeStateAsUpdate(doc));
  for (const v of villages) {
    storage.registerWorkspace({ id: v.id, kodeWilayah: v.kode, name: v.name }, Date.now());
    for (const r of v.reports ?? []) {
      storage.appendReport({ ...r, workspace: v.id, kodeWilayah: v.kode, villageName: v.name, receivedAt: Date.now(), sentByRole: "lurah", sentByJti: "seeded", sendId: null });
    }
  }
  storage.close();
  await relay.start();
  return relay;
}

/** A district token as the relay operator mints it (`npm run token -- --role district --wilayah <prefix>`). */
export function districtToken(relay: RelayProcess, wilayah: string, name?: string): string {
  return relay.token(wilayah, "district", { wilayah, ...(name ? { name } : {}) });
}

/** The month before this one in the app's time zone (Asia/Makassar, UTC+8): the report month both sides default to. */
export function lastMonth(now = new Date()): string {
  const local = new Date(now.getTime() + 8 * 3600_000);
  const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}
