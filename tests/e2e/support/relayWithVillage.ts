import { join } from "node:path";
import * as Y from "yjs";
import { roomName } from "@shared/model/index.ts";
import { writeProfile } from "@shared/crdt/meta.ts";
import { SqliteStorage } from "../../../relay/src/storage/sqlite.ts";
import { RelayProcess } from "./relayProcess.ts";

/**
 * A started relay whose workspace already has its village's name (the meta document, stored as the relay
 * stores rooms): the header shows the name, not the workspace id, and screenshots come out the same each run.
 */
export async function relayWithVillage(workspace: string, name: string): Promise<RelayProcess> {
  const relay = new RelayProcess();
  const doc = new Y.Doc();
  writeProfile(doc, { name, kodeWilayah: "53.71.01.1001" });
  const storage = new SqliteStorage(join(relay.dataDir, "rembuk.sqlite"));
  storage.appendUpdate(roomName(workspace, "meta"), Y.encodeStateAsUpdate(doc));
  storage.close();
  await relay.start();
  return relay;
}
