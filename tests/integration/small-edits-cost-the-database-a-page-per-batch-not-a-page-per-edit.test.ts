import { expect, it } from "vitest";
import * as Y from "yjs";
import { openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { encodeSyncUpdate, syncPayloads } from "./support/protocol.ts";
import { dbCounts, dbFile, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17 (write amplification, target under x10): a SQLite commit of one small update writes at least a
// whole 4 KiB page to the WAL, so 1,000 edits of 67 bytes to the roster, each after the last one's echo,
// wrote 6.9 MB (x103). The relay now appends small commits to its update journal (durable as a WAL commit
// under synchronous=NORMAL) and folds them into the database in batches (relay/src/storage/updateJournal.ts).
// Each edit is still durable (in what a restart loads) before it is echoed or relayed.
const EDITS = 100;
const FRAME = 4096 + 24;

it(`${EDITS} small edits, each sent after the last one's echo, are each durable before their echo and cost the database a few pages, not one or more each`, async () => {
  const relay = await startRelay();
  const room = "desa-a/minutes";
  const watcher = await openSyncedClient(relay.syncUrl, room, token("desa-a", "lurah"));
  const sender = await openRawConnected(roomUrl(relay.syncUrl, room, token("desa-a", "kader")));
  // the WAL exists, with the room's first update in it
  const local = new Y.Doc();
  const notes = local.getMap<string>("catatan");
  let last = Y.encodeStateVector(local);
  const sendEdit = async (i: number) => {
    notes.set(`k${i % 10}`, `catatan ${i}`);
    const update = Y.encodeStateAsUpdate(local, last);
    last = Y.encodeStateVector(local);
    const echoes = syncPayloads(sender.messages, 2).length;
    sender.socket.send(encodeSyncUpdate(update));
    await waitFor(() => syncPayloads(sender.messages, 2).length > echoes, `echo of edit ${i}`);
    return update.length;
  };
  await sendEdit(0);
  relay.storage.flush();
  const walBefore = dbFile(relay.dataDir).walBytes;

  let bytes = 0;
  for (let i = 1; i <= EDITS; i++) {
    bytes += await sendEdit(i);
    // durable at its echo: a restart would load it
    expect(dbCounts(relay.dataDir, room).updates, `edit ${i} durable at its echo`).toBe(i + 1);
  }
  expect(bytes).toBeLessThan(EDITS * 100); // small edits indeed
  await waitFor(() => watcher.doc.getMap("catatan").get("k0") === `catatan ${EDITS - (EDITS % 10)}`, "relayed to the watcher");

  relay.storage.flush();
  const frames = (dbFile(relay.dataDir).walBytes - walBefore) / FRAME;
  // before the journal: one commit per edit, 1.6 pages each (160 frames here)
  expect(frames).toBeLessThan(EDITS / 5);
  expect(relay.storage.listUpdateAudit(room, { limit: 1000 })).toHaveLength(EDITS + 1);
});
