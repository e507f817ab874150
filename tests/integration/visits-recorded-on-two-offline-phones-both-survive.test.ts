import { expect, it } from "vitest";
import { addHousehold, addVisit, readHousehold, updateVisit, type Writer } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { openSyncedClient } from "./support/clients.ts";
import { startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

let n = 0;
const as = (by: string): Writer => ({ by, newId: () => `e${n++}` });

it("TPK visits recorded to one family on two offline phones both reach both phones, and edits of one visit's fields merge", async () => {
  const { syncUrl } = await startRelay();
  const a = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));
  const b = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));
  addHousehold(a.doc, "kel-1", { ...emptyHousehold(), kepala: "Maria Bria", rt: 3, rw: 1, jamban: "tidak_ada" }, new Date());
  addVisit(a.doc, "kel-1", "v-first", { date: "2026-11-02", visitor: "Bidan Sari", activities: ["konseling"], notes: "", nextVisit: "2026-11-16" }, new Date(), as("Bidan Sari"));
  await waitFor(() => readHousehold(b.doc, "kel-1")?.visits?.length === 1, "shared starting point");

  a.provider.disconnect();
  b.provider.disconnect();
  addVisit(a.doc, "kel-1", "v-sari", { date: "2026-11-16", visitor: "Bidan Sari", activities: ["pengukuran"], notes: "BB naik", nextVisit: "" }, new Date(), as("Bidan Sari"));
  addVisit(b.doc, "kel-1", "v-yuli", { date: "2026-11-16", visitor: "Kader Yuli", activities: ["bantuan"], notes: "", nextVisit: "2026-11-30" }, new Date(), as("Kader Yuli"));
  updateVisit(a.doc, "kel-1", "v-first", { notes: "Ibu hamil 7 bulan" }, new Date(), as("Bidan Sari"));
  updateVisit(b.doc, "kel-1", "v-first", { activities: ["konseling", "rujukan_puskesmas"] }, new Date(), as("Kader Yuli"));

  a.provider.connect();
  b.provider.connect();
  const merged = (doc: typeof a.doc) => {
    const visits = readHousehold(doc, "kel-1")?.visits ?? [];
    const first = visits.find((v) => v.id === "v-first");
    return visits.length === 3 && first?.notes === "Ibu hamil 7 bulan" && first.activities.length === 2;
  };
  await waitFor(() => merged(a.doc) && merged(b.doc), "both phones' visits and both edits on both phones");
  const visits = readHousehold(a.doc, "kel-1")!.visits!;
  expect(readHousehold(b.doc, "kel-1")!.visits).toEqual(visits);
  expect(visits.map((v) => [v.id, v.visitor])).toEqual([
    ["v-first", "Bidan Sari"],
    ["v-sari", "Bidan Sari"],
    ["v-yuli", "Kader Yuli"],
  ]);
  expect(visits[0]!.activities).toEqual(["konseling", "rujukan_puskesmas"]);
});
