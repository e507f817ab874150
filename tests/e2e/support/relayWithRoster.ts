import { join } from "node:path";
import * as Y from "yjs";
import { roomName } from "@shared/model/index.ts";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import { SqliteStorage } from "../../../relay/src/storage/sqlite.ts";
import { RelayProcess } from "./relayProcess.ts";

/** A started relay whose workspace already holds a generated kelurahan roster (stored as the relay stores rooms). */
export async function relayWithRoster(workspace: string, households: number, seed = 11): Promise<RelayProcess> {
  const relay = new RelayProcess();
  const doc = new Y.Doc();
  generateRoster(doc, { households, seed });
  const storage = new SqliteStorage(join(relay.dataDir, "rembuk.sqlite"));
  storage.appendUpdate(roomName(workspace, "roster"), Y.encodeStateAsUpdate(doc));
  storage.close();
  await relay.start();
  return relay;
}
