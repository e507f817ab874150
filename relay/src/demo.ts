import * as Y from "yjs";
import {
  addHousehold,
  addIntervention,
  addMeeting,
  meetingNotes,
  upsertAgency,
  writeProfile,
} from "@shared/crdt/index.ts";
import { emptyHousehold, roomName, STARTER_AGENCIES, type HouseholdFields } from "@shared/model/index.ts";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import type { RelayStorage } from "./storage/types.ts";

/**
 * The demo workspace "desa-contoh", so a fresh relay opens on something real.
 * All data is invented. Written through the shared CRDT adapters, straight into
 * storage, before the relay listens.
 */
export const DEMO_WORKSPACE = "desa-contoh";
const DEMO_GENERATED_FAMILIES = 80;

// Partial over emptyHousehold(): the household shape grows (members, measurements...) without breaking the demo.
const HOUSEHOLDS: Array<[string, Partial<HouseholdFields>]> = [
  ["demo-kel-01", { noKk: "5371010101230001", kepala: "Yohanes Bria", dusun: "Dusun I", rw: 1, rt: 1, alamat: "Jl. Kenanga No. 4", sumberAir: "ledeng", jamban: "jamban_septik" }],
  ["demo-kel-02", { noKk: "5371010101230002", kepala: "Maria Goreti Seran", dusun: "Dusun I", rw: 1, rt: 2, alamat: "Gg. Flamboyan", sumberAir: "sumur_tak_terlindung", jamban: "jamban_tanpa_septik" }],
  ["demo-kel-03", { noKk: "", kepala: "Abdul Rahman", dusun: "Dusun II", rw: 2, rt: 3, alamat: "Jl. Pelabuhan No. 17", sumberAir: "kemasan", jamban: "jamban_septik" }],
  ["demo-kel-04", { noKk: "5371010101230004", kepala: "Siti Aminah", dusun: "Dusun II", rw: 2, rt: 3, alamat: "Jl. Pelabuhan No. 21", sumberAir: "sungai", jamban: "tidak_ada" }],
  ["demo-kel-05", { noKk: "5371010101230005", kepala: "Fransiskus Lake", dusun: "Dusun III", rw: 3, rt: 5, alamat: "RT 05 dekat kapela", sumberAir: "mata_air_terlindung", jamban: "jamban_tanpa_septik" }],
  ["demo-kel-06", { noKk: "5371010101230006", kepala: "Nurhayati Daeng", dusun: "Dusun III", rw: 3, rt: 6, alamat: "Jl. Bakau", sumberAir: "air_hujan", jamban: "tidak_ada" }],
];

async function isEmpty(storage: RelayStorage, room: string): Promise<boolean> {
  const stored = await storage.loadRoom(room);
  return stored.snapshot === null && stored.updates.length === 0;
}

async function saveDoc(storage: RelayStorage, room: string, doc: Y.Doc): Promise<void> {
  await storage.appendUpdate(room, Y.encodeStateAsUpdate(doc));
  doc.destroy();
}

/**
 * The demo workspace's registration (which kode wilayah it reports under), as an operator would make it
 * with `npm run workspace`; made once, so an operator's correction is kept. Returns whether it did.
 */
export async function registerDemoWorkspace(storage: RelayStorage, now = Date.now()): Promise<boolean> {
  if (await storage.getWorkspace(DEMO_WORKSPACE)) return false;
  await storage.registerWorkspace({ id: DEMO_WORKSPACE, kodeWilayah: "53.71.01.1001", name: "Desa Contoh" }, now);
  return true;
}

/** Seeds the demo workspace if its meta document is empty; returns whether it did. */
export async function seedDemoWorkspace(storage: RelayStorage, now = new Date()): Promise<boolean> {
  if (!(await isEmpty(storage, roomName(DEMO_WORKSPACE, "meta")))) return false;

  const roster = new Y.Doc();
  for (const [id, fields] of HOUSEHOLDS) addHousehold(roster, id, { ...emptyHousehold(), ...fields }, now);
  // plus a small kelurahan of invented families with members, children and measurements, so the
  // screening, growth charts and filters have something to show (the benchmark's seeded generator)
  generateRoster(roster, { households: DEMO_GENERATED_FAMILIES, seed: 2026, today: now.toISOString().slice(0, 10), idPrefix: "demo-" });
  await saveDoc(storage, roomName(DEMO_WORKSPACE, "roster"), roster);

  const board = new Y.Doc();
  addIntervention(board, "demo-int-01", { title: "Jamban sehat untuk keluarga RT 03", agency: "DLHK", domain: "pantas_tempat_tinggal", status: "open" }, now);
  addIntervention(board, "demo-int-02", { title: "Pendampingan gizi ibu hamil", agency: "DINKES", domain: "pantas_sehat", status: "claimed" }, now);
  await saveDoc(storage, roomName(DEMO_WORKSPACE, "board"), board);

  const minutes = new Y.Doc();
  addMeeting(minutes, "demo-rapat-01", { title: "Rembuk stunting bulanan", date: now.toISOString().slice(0, 10), place: "Balai desa" }, now);
  meetingNotes(minutes, "demo-rapat-01")?.insert(
    0,
    "Disepakati: kader mendata ulang keluarga di RT 03 dan RT 06; DLHK meninjau kebutuhan jamban; rapat berikutnya bulan depan.",
  );
  await saveDoc(storage, roomName(DEMO_WORKSPACE, "minutes"), minutes);

  // Meta last: it is the "already seeded" marker, so a crash mid-seed re-seeds instead of leaving half a demo.
  const meta = new Y.Doc();
  writeProfile(meta, { name: "Desa Contoh", kodeWilayah: "53.71.01.1001" });
  for (const agency of STARTER_AGENCIES) upsertAgency(meta, agency);
  await saveDoc(storage, roomName(DEMO_WORKSPACE, "meta"), meta);
  return true;
}
