import { join } from "node:path";
import * as Y from "yjs";
import { addHousehold, addMember, applyFamilyImport, applySocialLinks, recordMatchDecision, type Writer } from "@shared/crdt/roster/index.ts";
import { emptyHousehold, roomName, type FamilyImportInput, type SocialRow } from "@shared/model/index.ts";
import { SqliteStorage } from "../../../relay/src/storage/sqlite.ts";
import { RelayProcess } from "./relayProcess.ts";

/**
 * A small kelurahan imported through the roster's import API (shared/src/crdt/roster: a BKKBN
 * family list, a Dinsos social list, a doubtful pair a person linked), stored in a real relay's
 * SQLite as the relay stores rooms. Five KRS families: Agus Salim (desil 2, no aid: the gap),
 * Budi Santoso (desil 3, PKH), Citra Lestari (desil 7), Dedi Kurniawan (not on the social list),
 * Yohanes Bria (typed by hand, linked by Bidan Ani: desil 4, no aid: the gap); Eko Prasetyo is
 * poor but not KRS.
 */
export const IMPORTED_AT = new Date("2026-11-20T03:00:00Z");
const LATER = new Date("2026-11-21T02:00:00Z");
let n = 0;
const writer = (by: string): Writer => ({ by, newId: () => `e${(n++).toString(36).padStart(4, "0")}` });

const wife = (nama: string) => ({ nama, relation: "istri" as const, sex: "F" as const, birthDate: "1995-03-14", childrenCount: 1 });
function family(listId: string, kepala: string, rt: number, rw: number, risk: Partial<FamilyImportInput["fields"]>): FamilyImportInput {
  return {
    householdId: null,
    listId,
    rowNumber: 2,
    fields: { kepala, rt, rw, noKk: "5371011810181295", alamat: "Jl. Anggrek", sumberAir: "ledeng", jamban: "jamban_septik", ...risk },
    members: [{ nama: kepala, relation: "kepala", sex: "M", nik: "5371011304900001" }, wife(`Istri ${kepala.split(" ")[0]}`)],
  };
}
const row = (id: string, name: string, desil: number, aid: SocialRow["aid"]): SocialRow => ({ id, nik: "5371015608950007", noKk: "", name, birthDate: "", rt: 1, rw: 1, alamat: "", desil, aid });

export function importedRosterDoc(): Y.Doc {
  const doc = new Y.Doc();
  addHousehold(doc, "handyohanes1", { ...emptyHousehold(), kepala: "Yohanes Bria", rt: 3, rw: 1, sumberAir: "ledeng", jamban: "tidak_ada" }, IMPORTED_AT, writer("Bidan Ani"));
  addMember(doc, "handyohanes1", "w1", wife("Maria Bria"), IMPORTED_AT, writer("Bidan Ani"));
  const families = [
    family("PK-1", "Agus Salim", 1, 1, { jamban: "tidak_ada" }),
    family("PK-2", "Budi Santoso", 1, 1, { sumberAir: "sungai" }),
    family("PK-3", "Citra Lestari", 2, 1, { jamban: "jamban_tanpa_septik" }),
    family("PK-4", "Dedi Kurniawan", 2, 2, { jamban: "tidak_ada" }),
    family("PK-5", "Eko Prasetyo", 3, 2, {}),
  ];
  const source = (fileName: string, sheet: string) => ({ fileName, sheet, listName: "" });
  const imported = applyFamilyImport(doc, { id: "k0001", kind: "keluarga", source: source("bkkbn_pk.csv", ""), ruleVersion: "", rows: 5 }, families, writer("Pak Lurah"), IMPORTED_AT);
  const id = (i: number) => imported.created[i]!;
  applySocialLinks(
    doc,
    { id: "s0001", kind: "sosial", source: source("dinsos_dtsen.xlsx", "Data"), ruleVersion: "fs-1", rows: 5 },
    {
      links: [
        { householdId: id(0), row: row("DT-1", "AGUS SALIM", 2, []), score: 21.3, evidence: ["nik_sama", "nama_sama"] },
        { householdId: id(1), row: row("DT-2", "BUDI SANTOSO", 3, ["PKH"]), score: 18, evidence: ["nik_sama"] },
        { householdId: id(2), row: row("DT-3", "CITRA LESTARI", 7, ["BPNT"]), score: 16.5, evidence: ["nik_sama"] },
        { householdId: id(4), row: row("DT-5", "EKO PRASETYO", 1, ["PKH"]), score: 19.2, evidence: ["nik_sama"] },
      ],
      reviews: [{ row: row("DT-9", "YOHANES BRIA", 4, []), candidates: [{ householdId: "handyohanes1", score: 6.4, evidence: [{ code: "nama_sama", weight: 4.1 }] }] }],
      unmatched: [],
      complete: true,
    },
    writer("Pak Lurah"),
    IMPORTED_AT,
  );
  recordMatchDecision(doc, { list: "sosial", rowId: "DT-9", householdId: "handyohanes1", outcome: "link", ruleVersion: "fs-1", score: 6.4, evidence: ["nama_sama"] }, writer("Bidan Ani"), LATER);
  return doc;
}

/** A started relay whose workspace's roster is importedRosterDoc(). */
export async function relayWithImportedRoster(workspace: string): Promise<RelayProcess> {
  const relay = new RelayProcess();
  const storage = new SqliteStorage(join(relay.dataDir, "rembuk.sqlite"));
  storage.appendUpdate(roomName(workspace, "roster"), Y.encodeStateAsUpdate(importedRosterDoc()));
  storage.close();
  await relay.start();
  return relay;
}
