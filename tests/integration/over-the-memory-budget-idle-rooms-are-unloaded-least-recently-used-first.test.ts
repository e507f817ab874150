import { expect, it } from "vitest";
import { openSyncedClient, type Client } from "./support/clients.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17 item 7: a memory budget for loaded rooms. Over it, the least recently used idle
// rooms are unloaded; a room whose phones are connected but quiet loses only its document, and
// the next sync message loads it again. (What a room costs: relay/README.md.)
it("six quiet rooms over a budget for about three: the oldest are unloaded, every phone stays connected, and an edit loads its room again", async () => {
  const relay = await startRelay({ memoryBudgetBytes: 3_500_000, idleAfterMs: 150, heartbeatMs: 100 });
  const phones: Client[] = [];
  for (let i = 1; i <= 6; i++) {
    const phone = await openSyncedClient(relay.syncUrl, `desa-${i}/minutes`, token(`desa-${i}`, "kader"));
    // about 50 KB stored: about 1 MB in memory by the relay's estimate
    phone.doc.getText("catatan").insert(0, `Notulen desa ${i}. `.padEnd(50_000, "."));
    await waitFor(() => relay.storage.listUpdateAudit(`desa-${i}/minutes`).length === 1, `desa-${i} stored`);
    phones.push(phone);
  }
  await waitFor(async () => (await health(relay.httpUrl)).rooms <= 3, "rooms over the budget unloaded", 10_000);
  expect((await health(relay.httpUrl)).connections).toBe(6);
  const unloaded = relay.log.lines.filter((l) => l.includes("room.unload_for_memory")).map((l) => /ws=(desa-\d)/.exec(l)?.[1]);
  expect(unloaded.slice(0, 3)).toEqual(["desa-1", "desa-2", "desa-3"]);

  // desa-1's phone edits again: its room loads, and a second phone there gets the whole document
  phones[0]!.doc.getText("catatan").insert(0, "Tambahan: ");
  const second = await openSyncedClient(relay.syncUrl, "desa-1/minutes", token("desa-1", "lurah"));
  await waitFor(() => second.doc.getText("catatan").toString().startsWith("Tambahan: Notulen desa 1."), "desa-1 loaded again with the edit");
  expect(phones.flatMap((p) => p.closeCodes)).toEqual([]);
});
