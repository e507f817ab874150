/**
 * Import benchmark (issue 15): what applying the kelurahan-lists-20k lists costs the roster
 * document, in Node. Run with `npm run bench:import-write`. Not a test: it measures and reports
 * (tests/bench/results/importWrite.json and tests/bench/IMPORT_WRITE.md). See tests/bench/README.md.
 *
 * 1. The family list (20,800 families, head and wife) applied to an empty roster with
 *    applyFamilyImport, as one transaction: time, the update it emits, the document after.
 *    Beside it the same families typed in through addHousehold/addMember with the app's ids
 *    (a roster without provenance), so the cost of the list ids and batch shows apart.
 * 2. The social list (16,999 rows): the truth pairs stand in for the matcher's sure pairs
 *    (one in 50 as a doubtful pair queued for review instead), other rows unmatched; applied
 *    with applySocialLinks: time and bytes.
 * 3. The same two lists imported again, and a newer family list (2% of families moved RT,
 *    1% new, 1% gone): the preview diff (pure) and the write, time and bytes.
 * 4. Reading the document back as the app does at start (apply the update, read every household).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import { addHousehold, addMember, applyFamilyImport, applySocialLinks, readHouseholds, type SocialImportInput, type Writer } from "@shared/crdt/index.ts";
import { emptyHousehold, shortId, type ImportBatchInput, type FamilyImportInput } from "@shared/model/index.ts";
import { diffFamilyList } from "@shared/rules/familyListDiff.ts";
import { familiesOfBkkbn, parseCsv, socialRowsOfDtsen, truthPairs } from "@shared/testing/importFixtures.ts";
import { machineInfo } from "./support/report.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const LISTS = join(REPO, "tests/fixtures/lists/kelurahan-lists-20k");
const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const NOW = new Date("2026-11-22T02:00:00Z");
const writer: Writer = { by: "Pak Lurah", newId: () => shortId(5) };
const EVIDENCE = ["nik_sama", "kk_sama", "nama_kepala_mirip", "nama_istri_mirip", "rt_sama", "rw_sama", "jalan_sama"];

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (v: number): string => `${Math.round(v).toLocaleString("en-US")} ms`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function batch(id: string, kind: "keluarga" | "sosial", rows: number): ImportBatchInput {
  return { id, kind, source: { fileName: kind === "keluarga" ? "bkkbn_pk.csv" : "dinsos_dtsen.csv", sheet: "", listName: "kelurahan-lists-20k" }, ruleVersion: kind === "sosial" ? "bench" : "", rows };
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Runs `fn` on `doc` and returns its time and the bytes of the updates it emitted. The time is
 * the process's CPU time (user + system): on a machine shared with other jobs the wall clock
 * measures the neighbours as much as the code (this process is single-threaded apart from the
 * garbage collector's helpers).
 */
function measured<T>(doc: Y.Doc, fn: () => T): { result: T; ms: number; updateBytes: number; updates: number } {
  let updateBytes = 0;
  let updates = 0;
  const onUpdate = (u: Uint8Array) => {
    updateBytes += u.byteLength;
    updates += 1;
  };
  doc.on("update", onUpdate);
  const start = cpuMs();
  const result = fn();
  const elapsed = cpuMs() - start;
  doc.off("update", onUpdate);
  return { result, ms: elapsed, updateBytes, updates };
}

const families = familiesOfBkkbn(parseCsv(readFileSync(join(LISTS, "bkkbn_pk.csv"), "utf8")));
const rows = socialRowsOfDtsen(parseCsv(readFileSync(join(LISTS, "dinsos_dtsen.csv"), "utf8")));
const truth = truthPairs(parseCsv(readFileSync(join(LISTS, "truth.csv"), "utf8")));
const rowById = new Map(rows.map((r) => [r.id, r]));

function socialInput(householdOf: (listId: string) => string | undefined): SocialImportInput {
  const input: SocialImportInput = { links: [], reviews: [], unmatched: [], complete: true };
  const paired = new Set<string>();
  truth.forEach((pair, i) => {
    const householdId = householdOf(pair.familyId);
    const row = rowById.get(pair.socialId);
    if (!householdId || !row) return;
    paired.add(row.id);
    const evidence = EVIDENCE.filter((_, k) => (i + k) % 3 !== 0);
    if (i % 50 === 0) input.reviews.push({ row, candidates: [{ householdId, score: 6.5, evidence: evidence.map((code) => ({ code, weight: 2.5 })) }] });
    else input.links.push({ householdId, row, score: 18 + (i % 40) / 4, evidence });
  });
  for (const row of rows) if (!paired.has(row.id)) input.unmatched.push(row);
  return input;
}

function newerFamilies(): FamilyImportInput[] {
  const out: FamilyImportInput[] = [];
  families.forEach((f, i) => {
    if (i % 100 === 7) return; // 1% gone
    if (i % 50 === 3) out.push({ ...f, fields: { ...f.fields, rt: (f.fields.rt ?? 0) + 1 } }); // 2% moved one RT
    else out.push(f);
  });
  for (let i = 0; i < families.length / 100; i++) {
    const f = families[i * 100 + 11]!;
    out.push({ ...f, listId: `PK-NEW-${i}`, fields: { ...f.fields, kepala: `${f.fields.kepala} Baru` } }); // 1% new
  }
  return out;
}

console.log(`families ${families.length}, social rows ${rows.length}, truth pairs ${truth.length}`);

// 1. the family list, RUNS times on fresh documents
const familyRuns: Array<{ ms: number; updateBytes: number; updates: number; docBytes: number }> = [];
let doc = new Y.Doc();
let listToHousehold = new Map<string, string>();
for (let run = 0; run < RUNS; run++) {
  doc = new Y.Doc();
  const m = measured(doc, () => applyFamilyImport(doc, batch("k0001", "keluarga", families.length), families, writer, NOW));
  familyRuns.push({ ms: m.ms, updateBytes: m.updateBytes, updates: m.updates, docBytes: Y.encodeStateAsUpdate(doc).byteLength });
  listToHousehold = new Map(families.map((f, i) => [f.listId, m.result.created[i]!]));
}
const familyDoc = doc;
console.log(`family import: ${familyRuns.map((r) => ms(r.ms)).join(", ")}; ${mib(familyRuns[0]!.docBytes)}`);

// the same families typed in (no list ids, no batch)
const typed = new Y.Doc();
const typedRun = measured(typed, () =>
  typed.transact(() => {
    for (const f of families) {
      const id = shortId(12);
      addHousehold(typed, id, { ...emptyHousehold(), ...f.fields }, NOW, writer);
      for (const p of f.members) addMember(typed, id, shortId(6), p, NOW, writer);
    }
  }),
);
const typedBytes = Y.encodeStateAsUpdate(typed).byteLength;
console.log(`typed: ${mib(typedBytes)}`);

// 2. the social list
const social = socialInput((listId) => listToHousehold.get(listId));
const socialRuns: Array<{ ms: number; updateBytes: number }> = [];
let withSocial = familyDoc;
for (let run = 0; run < RUNS; run++) {
  withSocial = new Y.Doc();
  Y.applyUpdate(withSocial, Y.encodeStateAsUpdate(familyDoc));
  const m = measured(withSocial, () => applySocialLinks(withSocial, batch("s0001", "sosial", rows.length), social, writer, NOW));
  socialRuns.push({ ms: m.ms, updateBytes: m.updateBytes });
}
const afterSocialBytes = Y.encodeStateAsUpdate(withSocial).byteLength;
console.log(`social import: ${socialRuns.map((r) => ms(r.ms)).join(", ")}; +${kib(socialRuns[0]!.updateBytes)}`);

// 3. again, and a newer family list
const againFamily = measured(withSocial, () => applyFamilyImport(withSocial, batch("k0002", "keluarga", families.length), families, writer, NOW));
const againSocial = measured(withSocial, () => applySocialLinks(withSocial, batch("s0002", "sosial", rows.length), social, writer, NOW));
const newer = newerFamilies();
const diffStart = cpuMs();
const households = readHouseholds(withSocial);
const readForDiffMs = cpuMs() - diffStart;
const diffRun = measured(withSocial, () => diffFamilyList(households, newer));
const newerRun = measured(withSocial, () => applyFamilyImport(withSocial, batch("k0003", "keluarga", newer.length), newer, writer, NOW));
console.log(`again: family ${ms(againFamily.ms)} +${againFamily.updateBytes} B, social ${ms(againSocial.ms)} +${againSocial.updateBytes} B; newer: diff ${ms(diffRun.ms)}, apply ${ms(newerRun.ms)} +${kib(newerRun.updateBytes)}`);

// 4. reading back
function readBack(bytes: Uint8Array): { applyMs: number; readMs: number; households: number } {
  const fresh = new Y.Doc();
  const a = cpuMs();
  Y.applyUpdate(fresh, bytes);
  const b = cpuMs();
  const n = readHouseholds(fresh).length;
  return { applyMs: b - a, readMs: cpuMs() - b, households: n };
}
const finalBytes = Y.encodeStateAsUpdate(withSocial);
const readImported = [0, 1, 2].map(() => readBack(finalBytes));
const typedUpdate = Y.encodeStateAsUpdate(typed);
const readTyped = [0, 1, 2].map(() => readBack(typedUpdate));

const result = {
  benchmark: "import",
  measuredAt: new Date().toISOString(),
  machine: machineInfo("(not used)"),
  lists: { families: families.length, socialRows: rows.length, truthPairs: truth.length, links: social.links.length, reviews: social.reviews.length, unmatched: social.unmatched.length },
  familyImport: { runs: familyRuns, medianMs: median(familyRuns.map((r) => r.ms)) },
  typed: { ms: typedRun.ms, docBytes: typedBytes },
  socialImport: { runs: socialRuns, medianMs: median(socialRuns.map((r) => r.ms)), docBytesAfter: afterSocialBytes },
  again: { family: { ms: againFamily.ms, updateBytes: againFamily.updateBytes, counts: againFamily.result.batch.counts }, social: { ms: againSocial.ms, updateBytes: againSocial.updateBytes, counts: againSocial.result.counts } },
  newer: { families: newer.length, readMs: readForDiffMs, diffMs: diffRun.ms, diff: { new: diffRun.result.new.length, changed: diffRun.result.changed.length, unchanged: diffRun.result.unchanged.length, gone: diffRun.result.gone.length }, applyMs: newerRun.ms, updateBytes: newerRun.updateBytes, counts: newerRun.result.batch.counts },
  final: { docBytes: finalBytes.byteLength, readBack: { imported: readImported, typed: readTyped } },
};
mkdirSync(join(REPO, "tests/bench/results"), { recursive: true });
writeFileSync(join(REPO, "tests/bench/results/importWrite.json"), `${JSON.stringify(result, null, 2)}\n`);

const f0 = familyRuns[0]!;
const perFamily = (bytes: number) => `${(bytes / families.length).toFixed(1)} B per family`;
const md = `# Import benchmark results

Written by \`npm run bench:import-write\` (tests/bench/importWrite.bench.ts) from \`results/importWrite.json\`; do not edit by hand.
Node, no browser; times are CPU time of the process (user + system), the machine being shared. The lists: tests/fixtures/lists/kelurahan-lists-20k (${families.length.toLocaleString("en-US")} families, ${rows.length.toLocaleString("en-US")} social-list rows).

Measured ${result.measuredAt.slice(0, 16).replace("T", " ")} UTC on ${result.machine.os}, ${result.machine.cpuModel} x${result.machine.cpuCount}, Node ${result.machine.node} (load average at start ${result.machine.loadAverage.map((l) => l.toFixed(2)).join(" / ")}).
Shared, noisy machine: treat single figures as indicative.

| figure | value |
|---|---|
| family list applied to an empty roster, one transaction (runs) | ${familyRuns.map((r) => ms(r.ms)).join(", ")} (median ${ms(result.familyImport.medianMs)}); ${f0.updates} update of ${mib(f0.updateBytes)} |
| document after it | ${mib(f0.docBytes)} (${perFamily(f0.docBytes)}) |
| the same families typed in (app ids, no list id or batch) | ${mib(typedBytes)} (${perFamily(typedBytes)}); the list ids and their batch add ${kib(f0.docBytes - typedBytes)} (${((f0.docBytes / typedBytes - 1) * 100).toFixed(1)}%) |
| social list applied: ${social.links.length.toLocaleString("en-US")} sure links, ${social.reviews.length} doubtful pairs queued, ${social.unmatched.length.toLocaleString("en-US")} rows unmatched (runs) | ${socialRuns.map((r) => ms(r.ms)).join(", ")} (median ${ms(result.socialImport.medianMs)}); update ${kib(socialRuns[0]!.updateBytes)} (${(socialRuns[0]!.updateBytes / social.links.length).toFixed(1)} B per link, reviews included) |
| document after both lists | ${mib(afterSocialBytes)} |
| the same family list again | ${ms(againFamily.ms)}; +${againFamily.updateBytes.toLocaleString("en-US")} B (counts: unchanged ${againFamily.result.batch.counts.unchanged.toLocaleString("en-US")}) |
| the same social list again | ${ms(againSocial.ms)}; +${againSocial.updateBytes.toLocaleString("en-US")} B |
| newer family list (${newer.length.toLocaleString("en-US")} families): reading the roster / the preview diff | ${ms(readForDiffMs)} / ${ms(diffRun.ms)}: new ${result.newer.diff.new}, changed ${result.newer.diff.changed}, unchanged ${result.newer.diff.unchanged.toLocaleString("en-US")}, gone ${result.newer.diff.gone} |
| newer family list applied | ${ms(newerRun.ms)}; +${kib(newerRun.updateBytes)} |
| document at the end | ${mib(finalBytes.byteLength)} |
| reading it back (apply the update / read every household), 3 runs | ${readImported.map((r) => `${ms(r.applyMs)} / ${ms(r.readMs)}`).join("; ")} |
| the typed roster read back, for comparison | ${readTyped.map((r) => `${ms(r.applyMs)} / ${ms(r.readMs)}`).join("; ")} |

For scale: the generated 20,000-family roster of the roster benchmark (about 3.7 members and 1.2 measurements per
family) is 8.3 MiB (RESULTS.md); the lists name only the head and the wife.

Run again: \`npm run bench:import-write\` (\`BENCH_IMPORT_RUNS=1\` for one run of each import).
`;
writeFileSync(join(REPO, "tests/bench/IMPORT_WRITE.md"), md);
console.log("written tests/bench/IMPORT_WRITE.md");
