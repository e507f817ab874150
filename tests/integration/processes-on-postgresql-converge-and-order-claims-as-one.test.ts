import * as prng from "lib0/prng";
import { expect, it } from "vitest";
import * as Y from "yjs";
import { claim, claimTargetOf, readBoardView, readConfirmations } from "@shared/crdt/index.ts";
import { postgresForThisFile } from "./support/postgresServer.ts";
import { spawnRelay, type ChildRelay } from "./support/childRelay.ts";
import { openClient, openSyncedClient, type Client } from "./support/clients.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";
import "./support/cleanup.ts";

// Issue 18: clients of one workspace spread over several relay processes with the same DATABASE_URL.
const postgres = postgresForThisFile();

async function processes(count: number): Promise<ChildRelay[]> {
  const url = await postgres().createDatabase();
  return Promise.all(Array.from({ length: count }, () => spawnRelay(tempDataDir(), { DATABASE_URL: url }, { args: ["--no-demo"] })));
}

const syncUrl = (relay: ChildRelay) => `ws://127.0.0.1:${relay.port}/sync`;

it("two liaisons claiming the same family offline, connected to different processes, end with one winner everywhere: the one the room's holder saw first", async () => {
  const [one, two] = await processes(2);
  const ws = "desa-papan";
  const dinsos = await openSyncedClient(syncUrl(one!), `${ws}/board`, token(ws, "opd", { opd: "DINSOS" }));
  const baznas = await openSyncedClient(syncUrl(two!), `${ws}/board`, token(ws, "opd", { opd: "BAZNAS" }));
  dinsos.provider.disconnect();
  baznas.provider.disconnect();
  const fields = { target: claimTargetOf("family", "kel-9"), familyId: "kel-9", domain: "pantas_pangan", note: "" };
  claim(baznas.doc, "c-baznas", { ...fields, agency: "BAZNAS" }, "Ibu Rina", new Date("2031-01-01T00:00:00Z"));
  claim(dinsos.doc, "c-dinsos", { ...fields, agency: "DINSOS" }, "Pak Yos", new Date("2026-11-22T09:00:00Z"));

  baznas.provider.connect();
  await waitFor(() => readConfirmations(baznas.doc).has("c-baznas"), "BAZNAS's claim to be confirmed first");
  dinsos.provider.connect();
  await waitFor(() => readConfirmations(dinsos.doc).size === 2 && readConfirmations(baznas.doc).size === 2, "both verdicts on both phones");
  const fresh = await Promise.all([one!, two!].map((relay) => openSyncedClient(syncUrl(relay), `${ws}/board`, token(ws, "lurah"))));
  for (const doc of [dinsos.doc, baznas.doc, ...fresh.map((c) => c.doc)]) {
    const key = readBoardView(doc).keys.find((k) => k.familyId === "kel-9")!;
    expect(key.winner?.agency).toBe("BAZNAS");
    expect(key.losers.map((c) => c.agency)).toEqual(["DINSOS"]);
    // one confirmation per claim, numbered once: no process confirmed a claim twice
    expect([...readConfirmations(doc).values()].map((c) => c.seq).sort((a, b) => a - b)).toEqual([...new Set([...readConfirmations(doc).values()].map((c) => c.seq))].sort((a, b) => a - b));
  }
}, 120_000);

for (const count of [2, 3]) {
  it(`${count} processes, devices spread over them, seeded edits to the roster and the minutes with disconnects: every device and a fresh one on each process converge`, async () => {
    const relays = await processes(count);
    const ws = "desa-acak";
    const rooms = [`${ws}/roster`, `${ws}/minutes`];
    const devices: Array<{ client: Client; room: string }> = [];
    for (let i = 0; i < count * 2; i++) {
      for (const room of rooms) devices.push({ client: openClient(syncUrl(relays[i % count]!), room, token(ws, "kader", { days: 1 })), room });
    }
    await waitFor(() => devices.every((d) => d.client.provider.synced), "the devices to sync", 20_000);
    const rand = prng.create(count * 1009);
    for (let step = 0; step < 300; step++) {
      const device = devices[prng.int32(rand, 0, devices.length - 1)]!;
      const doc = device.client.doc;
      const roll = prng.int32(rand, 0, 9);
      if (roll < 4) doc.getMap("households").set(`h${prng.int32(rand, 0, 30)}`, prng.int32(rand, 0, 1000));
      else if (roll < 6) doc.getMap("households").delete(`h${prng.int32(rand, 0, 30)}`);
      else if (roll < 9) {
        const text = doc.getText("notes");
        text.insert(prng.int32(rand, 0, text.length), prng.word(rand, 1, 6));
      } else if (device.client.provider.wsconnected) device.client.provider.disconnect();
      else device.client.provider.connect();
      if (step % 25 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    for (const d of devices) d.client.provider.connect();
    for (const room of rooms) {
      const same = devices.filter((d) => d.room === room);
      await waitFor(() => {
        const first = Y.encodeStateVector(same[0]!.client.doc).toString();
        return same.every((d) => d.client.provider.synced && Y.encodeStateVector(d.client.doc).toString() === first);
      }, `${room}: every device to converge`, 30_000);
      const expected = { households: same[0]!.client.doc.getMap("households").toJSON(), notes: same[0]!.client.doc.getText("notes").toString() };
      for (const relay of relays) {
        const fresh = await openSyncedClient(syncUrl(relay), room, token(ws, "kader"));
        expect({ households: fresh.doc.getMap("households").toJSON(), notes: fresh.doc.getText("notes").toString() }).toEqual(expected);
      }
      for (const d of same) expect(d.client.doc.getText("notes").toString()).toBe(expected.notes);
    }
  }, 180_000);
}
