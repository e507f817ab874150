import { join } from "node:path";
import * as Y from "yjs";
import { addHousehold, addMember, addVisit, type Writer } from "@shared/crdt/roster/index.ts";
import { addDirectoryMember, writeProfile } from "@shared/crdt/meta.ts";
import { emptyHousehold, roomName, type HouseholdFields, type Role, type VisitFields } from "@shared/model/index.ts";
import { SqliteStorage } from "../../../relay/src/storage/sqlite.ts";
import { RelayProcess } from "./relayProcess.ts";

export interface SmallFamily {
  id: string;
  kepala: string;
  rt: number;
  rw: number;
  /** a KRS family: a wife of reproductive age (PUS, a sasaran family) and no jamban */
  krs: boolean;
  /** visits already recorded (e.g. last month's) */
  visits?: VisitFields[];
}

let n = 0;
const writer = (by: string): Writer => ({ by, newId: () => `e${(n++).toString(36).padStart(4, "0")}` });
const SEEDED_AT = new Date("2026-01-05T02:00:00Z");

/**
 * A started relay whose workspace holds a few families (roster) and a member directory with the pokja's
 * TPK members (meta), stored in its SQLite as the relay stores rooms. Every family has a wife of 31 with
 * one child (a PUS: sasaran); a KRS family has no jamban, the others a septic tank and clean water.
 */
export async function relayWithFamilies(workspace: string, families: SmallFamily[], directory: Array<{ name: string; role: Role }>): Promise<RelayProcess> {
  const relay = new RelayProcess();
  const roster = new Y.Doc();
  for (const f of families) {
    const fields: HouseholdFields = { ...emptyHousehold(), kepala: f.kepala, rt: f.rt, rw: f.rw, sumberAir: "ledeng", jamban: f.krs ? "tidak_ada" : "jamban_septik" };
    addHousehold(roster, f.id, fields, SEEDED_AT, writer("Pak Lurah"));
    addMember(roster, f.id, "w1", { nama: `Istri ${f.kepala.split(" ")[0]}`, relation: "istri", sex: "F", birthDate: "1995-03-14", childrenCount: 1, contraception: "modern" }, SEEDED_AT, writer("Pak Lurah"));
    (f.visits ?? []).forEach((v, i) => addVisit(roster, f.id, `v${i}`, v, SEEDED_AT, writer(v.visitor)));
  }
  const meta = new Y.Doc();
  writeProfile(meta, { name: "Kelurahan Oesapa", kodeWilayah: "53.71.01.1001" });
  directory.forEach((m, i) => addDirectoryMember(meta, `u${i}`, { name: m.name, role: m.role, agency: "", position: "" }, SEEDED_AT));
  const storage = new SqliteStorage(join(relay.dataDir, "rembuk.sqlite"));
  storage.appendUpdate(roomName(workspace, "roster"), Y.encodeStateAsUpdate(roster));
  storage.appendUpdate(roomName(workspace, "meta"), Y.encodeStateAsUpdate(meta));
  storage.close();
  await relay.start();
  return relay;
}
