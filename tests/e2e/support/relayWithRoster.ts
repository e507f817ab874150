import { join } from "node:path";
import * as Y from "yjs";
import { roomName } from "@shared/model/index.ts";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import { SqliteStorage } from "../../../relay/src/storage/sqlite.ts";
import { expect, type Page } from "@playwright/test";
import { AppPage } from "../pages/AppPage.ts";
import { RosterPage } from "../pages/RosterPage.ts";
import { RelayProcess } from "./relayProcess.ts";

const SEED = 11;

/** The generated roster's document, the same for the relay and for a spec that works out what the table should show. */
export function generatedRosterDoc(households: number, seed = SEED): Y.Doc {
  const doc = new Y.Doc();
  generateRoster(doc, { households, seed });
  return doc;
}

/**
 * A started relay whose workspace already holds a generated kelurahan roster (stored as the relay stores rooms);
 * `prepare` may write more into the document first (a family a spec needs).
 */
export async function relayWithRoster(workspace: string, households: number, seed = SEED, prepare?: (doc: Y.Doc) => void): Promise<RelayProcess> {
  const relay = new RelayProcess();
  const doc = generatedRosterDoc(households, seed);
  prepare?.(doc);
  const storage = new SqliteStorage(join(relay.dataDir, "rembuk.sqlite"));
  storage.appendUpdate(roomName(workspace, "roster"), Y.encodeStateAsUpdate(doc));
  storage.close();
  await relay.start();
  return relay;
}

/**
 * A kader joins a relay whose workspace holds a generated roster and sees every family counted.
 * The caller disposes the relay (also when this fails, it is disposed here).
 */
export async function kaderOnGeneratedRoster(page: Page, workspace: string, households: number): Promise<{ relay: RelayProcess; roster: RosterPage }> {
  const relay = await relayWithRoster(workspace, households);
  try {
    const roster = new RosterPage(page);
    await new AppPage(page, relay.url).join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
    await expect(roster.count()).toHaveText(`${households} dari ${households} keluarga`);
    return { relay, roster };
  } catch (error) {
    await relay.dispose();
    throw error;
  }
}
