import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import * as Y from "yjs";
import { applyFamilyImport, applySocialLinks, type SocialImportInput, type Writer } from "@shared/crdt/index.ts";
import type { ImportBatchInput } from "@shared/model/index.ts";
import { familiesOfBkkbn, parseCsv, socialRowsOfDtsen, truthPairs } from "@shared/testing/importFixtures.ts";
import { openSyncedClient } from "./support/clients.ts";
import { REPO_ROOT } from "./support/childRelay.ts";
import { startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

const LISTS = join(REPO_ROOT, "tests/fixtures/lists/kelurahan-lists-20k");
const NOW = new Date("2026-11-22T02:00:00Z");
const writer: Writer = { by: "Pak Lurah", newId: (() => { let n = 0; return () => `id${(n++).toString(36)}`; })() };
const batch = (id: string, kind: "keluarga" | "sosial", rows: number): ImportBatchInput => ({
  id, kind, source: { fileName: kind === "keluarga" ? "bkkbn_pk.csv" : "dinsos_dtsen.csv", sheet: "", listName: "kelurahan-lists-20k" }, ruleVersion: kind === "sosial" ? "uji" : "", rows,
});

// Issue 17 item 2: the quotas must let honest use through. The biggest honest messages the app
// sends: the lurah's first import of the family list (20,800 families, one update of ~4.6 MiB)
// and of the social list (~1 MiB) into the roster (tests/bench/IMPORT_WRITE.md).
it("the 20,800-family list and the social list, each imported as one update, are stored and reach a kader's phone; no quota is met", async () => {
  const relay = await startRelay();
  const lurah = await openSyncedClient(relay.syncUrl, "desa-a/roster", token("desa-a", "lurah"));
  const sizes: number[] = [];
  lurah.doc.on("update", (u: Uint8Array) => sizes.push(u.length));

  const families = familiesOfBkkbn(parseCsv(readFileSync(join(LISTS, "bkkbn_pk.csv"), "utf8")));
  const created = applyFamilyImport(lurah.doc, batch("k0001", "keluarga", families.length), families, writer, NOW).created;
  const householdOf = new Map(families.map((f, i) => [f.listId, created[i]!]));
  const rows = socialRowsOfDtsen(parseCsv(readFileSync(join(LISTS, "dinsos_dtsen.csv"), "utf8")));
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const social: SocialImportInput = { links: [], reviews: [], unmatched: [], complete: true };
  const linked = new Set<string>();
  for (const pair of truthPairs(parseCsv(readFileSync(join(LISTS, "truth.csv"), "utf8")))) {
    const householdId = householdOf.get(pair.familyId);
    const row = rowById.get(pair.socialId);
    if (!householdId || !row) continue;
    linked.add(row.id);
    social.links.push({ householdId, row, score: 20, evidence: ["nik_sama"] });
  }
  for (const row of rows) if (!linked.has(row.id)) social.unmatched.push(row);
  applySocialLinks(lurah.doc, batch("s0001", "sosial", rows.length), social, writer, NOW);
  expect(sizes).toHaveLength(2);
  expect(sizes[0]).toBeGreaterThan(4 * 1024 * 1024);
  expect(sizes[1]).toBeGreaterThan(700 * 1024);

  await waitFor(() => relay.storage.listUpdateAudit("desa-a/roster").length === 2, "both imports stored", 30_000);
  const kader = await openSyncedClient(relay.syncUrl, "desa-a/roster", token("desa-a", "kader"));
  await waitFor(() => Buffer.from(Y.encodeStateVector(kader.doc)).equals(Buffer.from(Y.encodeStateVector(lurah.doc))), "the kader's phone holds both imports", 30_000);
  expect(lurah.closeCodes).toEqual([]);
  expect(relay.log.lines.filter((l) => l.includes("quota.exceeded"))).toEqual([]);
  expect(relay.storage.listUpdateAudit("desa-a/roster").map((a) => a.role)).toEqual(["lurah", "lurah"]);
  // the import-sized update moved the room off the main thread before it was applied
  expect(relay.log.lines.some((l) => l.includes("room.moving") && l.includes("doc=roster"))).toBe(true);
}, 60_000);
