/**
 * Visits benchmark (issue 16): what a year of TPK visits costs the roster document of a 20,000-family
 * kelurahan, in Node. Run with `npm run bench:visits`. Not a test: it measures and reports
 * (tests/bench/results/visits.json and tests/bench/VISITS.md). See tests/bench/README.md.
 *
 * 1. The generated roster (rosterGenerator.ts, the roster benchmark's seed) and its KRS families.
 * 2. A year of visits written through the roster's adapter (addVisit), one transaction each as the app
 *    does: every KRS family visited once a month, and one family in twenty of the others twice. Bytes of
 *    the updates and of the document, per visit; a bare visit and a full one apart.
 * 3. One visit in ten edited once (a note): bytes per edit.
 * 4. Reading the document back as the app does at start (apply the update, read every household), with
 *    and without the visits, and the rules the report and "Kunjungan saya" run over every family.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import { addVisit, readHouseholds, updateVisit, type Writer } from "@shared/crdt/index.ts";
import { shortId, VISIT_ACTIVITIES, type VisitFields } from "@shared/model/index.ts";
import { addDays, assessHousehold, DEFAULT_SCREENING_SETTINGS, krsDidampingi, visitDue, visitsOf } from "@shared/rules/index.ts";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import { Prng } from "@shared/testing/prng.ts";
import { machineInfo } from "./support/report.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const HOUSEHOLDS = Number(process.env.BENCH_VISIT_HOUSEHOLDS ?? 20_000);
const SEED = 11;
const TODAY = "2026-11-22";
const RUNS = 3;
const TPK = ["Bidan Sari Manafe", "Kader Yuli Bria", "Kader Maria Seran", "Bidan Ani Ndun", "Kader Yosefina Lake", "Kader Debora Tefa"];
const NOTES = ["Ibu hamil 7 bulan, belum periksa ke puskesmas", "Anak belum ditimbang bulan ini", "Sudah dapat PMT", "Keluarga tidak di rumah", "Jamban masih numpang tetangga"];

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const ms = (v: number): string => `${Math.round(v).toLocaleString("en-US")} ms`;
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const docBytes = (doc: Y.Doc): number => Y.encodeStateAsUpdate(doc).byteLength;

function bytesOf(doc: Y.Doc, fn: () => void): number {
  let bytes = 0;
  const on = (u: Uint8Array) => (bytes += u.byteLength);
  doc.on("update", on);
  fn();
  doc.off("update", on);
  return bytes;
}

const doc = new Y.Doc();
doc.clientID = 1;
generateRoster(doc, { households: HOUSEHOLDS, seed: SEED, today: TODAY });
const before = Y.encodeStateAsUpdate(doc);
const households = readHouseholds(doc);
const krs = new Set(households.filter((h) => assessHousehold(h, DEFAULT_SCREENING_SETTINGS, TODAY).screening.isKrs).map((h) => h.id));

// a kader's device: her name on the token, fresh ids as the app makes them
const prng = new Prng(SEED);
const writerOf = (by: string): Writer => ({ by, newId: () => shortId(5) });
function visitOn(date: string): { fields: VisitFields; by: string } {
  const team = prng.bool(0.3) ? [prng.pick(TPK), prng.pick(TPK)] : [prng.pick(TPK)];
  const visitor = [...new Set(team)].join(", ");
  return {
    fields: {
      date,
      visitor,
      activities: VISIT_ACTIVITIES.filter(() => prng.bool(0.25)),
      notes: prng.bool(0.3) ? prng.pick(NOTES) : "",
      nextVisit: prng.bool(0.7) ? addDays(date, prng.pick([7, 14, 30])) : "",
    },
    // mostly the first visitor records it on her own phone
    by: prng.bool(0.9) ? team[0]! : prng.pick(TPK),
  };
}

const written: Array<{ householdId: string; id: string }> = [];
let updateBytes = 0;
const start = cpuMs();
for (const h of households) {
  const months = krs.has(h.id) ? 12 : prng.bool(0.05) ? 2 : 0;
  for (let m = 0; m < months; m++) {
    const at = 2026 * 12 + 10 - m; // Nov 2026 back to Dec 2025, as year * 12 + month - 1
    const date = `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, "0")}-${String(prng.int(1, 28)).padStart(2, "0")}`;
    const { fields, by } = visitOn(date);
    const id = shortId(6);
    updateBytes += bytesOf(doc, () => addVisit(doc, h.id, id, fields, new Date(`${date}T03:00:00Z`), writerOf(by)));
    written.push({ householdId: h.id, id });
  }
}
const writeMs = cpuMs() - start;
const after = Y.encodeStateAsUpdate(doc);

// a bare visit (no note, no next date, recorded by its visitor) and a full one, on a copy
const probe = new Y.Doc();
Y.applyUpdate(probe, after);
const someone = households[0]!.id;
const bare = bytesOf(probe, () => addVisit(probe, someone, shortId(6), { date: TODAY, visitor: "Bidan Sari Manafe", activities: ["konseling"], notes: "", nextVisit: "" }, new Date(), writerOf("Bidan Sari Manafe")));
// (the probe is another client: its first item also adds that client to the document's state)
const bareDocGrowth = Y.encodeStateAsUpdate(probe).byteLength - after.byteLength;
const full = bytesOf(probe, () =>
  addVisit(probe, someone, shortId(6), { date: TODAY, visitor: "Bidan Sari Manafe, Kader Yuli Bria", activities: ["konseling", "rujukan_posyandu", "konseling_kb"], notes: NOTES[0]!, nextVisit: addDays(TODAY, 14) }, new Date(), writerOf("Kader Maria Seran")),
);

// one visit in ten edited once
let editBytes = 0;
let edits = 0;
for (let i = 0; i < written.length; i += 10) {
  const w = written[i]!;
  editBytes += bytesOf(doc, () => updateVisit(doc, w.householdId, w.id, { notes: prng.pick(NOTES) }, new Date(), writerOf(prng.pick(TPK))));
  edits += 1;
}
const afterEdits = docBytes(doc);

function readBack(update: Uint8Array): { applyMs: number; readMs: number; rulesMs: number } {
  const d = new Y.Doc();
  let t = cpuMs();
  Y.applyUpdate(d, update);
  const applyMs = cpuMs() - t;
  t = cpuMs();
  const read = readHouseholds(d);
  const readMs = cpuMs() - t;
  t = cpuMs();
  // the report's indicator and "Kunjungan saya" over every family (KRS known)
  krsDidampingi(krs, visitsOf(read), "2026-11");
  for (const h of read) visitDue(h.visits, krs.has(h.id), { today: TODAY, krsEveryDays: 30, aheadDays: 7 });
  return { applyMs, readMs, rulesMs: cpuMs() - t };
}
const readWithout = Array.from({ length: RUNS }, () => readBack(before));
const finalUpdate = Y.encodeStateAsUpdate(doc);
const readWith = Array.from({ length: RUNS }, () => readBack(finalUpdate));

const visits = written.length;
const result = {
  benchmark: "visits",
  measuredAt: new Date().toISOString(),
  machine: machineInfo("(not used)"),
  households: HOUSEHOLDS,
  krsFamilies: krs.size,
  visits,
  write: { cpuMs: writeMs, updateBytes, perVisitUpdate: updateBytes / visits },
  doc: { beforeBytes: before.byteLength, afterBytes: after.byteLength, perVisit: (after.byteLength - before.byteLength) / visits, afterEditsBytes: afterEdits },
  single: { bareUpdate: bare, bareDocGrowth, fullUpdate: full },
  edits: { count: edits, updateBytes: editBytes, perEdit: editBytes / edits },
  readBack: { without: readWithout, with: readWith },
};
mkdirSync(join(REPO, "tests/bench/results"), { recursive: true });
writeFileSync(join(REPO, "tests/bench/results/visits.json"), `${JSON.stringify(result, null, 2)}\n`);

const runs = (list: typeof readWith) => list.map((r) => `${ms(r.applyMs)} / ${ms(r.readMs)} / ${ms(r.rulesMs)}`).join("; ");
const md = `# Visits benchmark results

Written by \`npm run bench:visits\` (tests/bench/visits.bench.ts) from \`results/visits.json\`; do not edit by hand.
Node, no browser; times are CPU time of the process (user + system), the machine being shared.

Measured ${result.measuredAt.slice(0, 16).replace("T", " ")} UTC on ${result.machine.os}, ${result.machine.cpuModel} x${result.machine.cpuCount}, Node ${result.machine.node} (load average at start ${result.machine.loadAverage.map((l) => l.toFixed(2)).join(" / ")}).
Shared, noisy machine: treat single figures as indicative.

The roster: the roster benchmark's generated kelurahan (${HOUSEHOLDS.toLocaleString("en-US")} families, seed ${SEED}, ${krs.size.toLocaleString("en-US")} KRS). A year of
visits through \`addVisit\`, one transaction each: every KRS family once a month, one in twenty of the others twice;
a third by two TPK members, 30% with a note, 70% with a next visit, one in ten recorded on another member's phone.

| figure | value |
|---|---|
| visits written | ${visits.toLocaleString("en-US")} in ${ms(writeMs)} |
| their updates | ${mib(updateBytes)} (${(updateBytes / visits).toFixed(1)} B per visit) |
| document before / after | ${mib(before.byteLength)} / ${mib(after.byteLength)}: +${((after.byteLength - before.byteLength) / visits).toFixed(1)} B per visit |
| one bare visit (a day, one visitor who recorded it, one activity) | update ${bare} B, document +${bareDocGrowth} B (a new device's first write) |
| one full visit (two visitors, three activities, a note, a next visit, recorded by someone else) | update ${full} B |
| one visit in ten edited once (a note) | ${edits.toLocaleString("en-US")} edits, ${(editBytes / edits).toFixed(1)} B per edit; document ${mib(afterEdits)} |
| reading back without visits (apply / read every household / visit rules), ${RUNS} runs | ${runs(readWithout)} |
| reading back with the year of visits and edits | ${runs(readWith)} |

Run again: \`npm run bench:visits\` (\`BENCH_VISIT_HOUSEHOLDS=5000\` for a smaller kelurahan).
`;
writeFileSync(join(REPO, "tests/bench/VISITS.md"), md);
console.log(md);
