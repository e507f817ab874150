import { join } from "node:path";
import * as Y from "yjs";
import {
  addActionItem, addActivity, addBudgetLine, addDecision, addIntervention, addMeasurement, addMeeting, addMember, addSpending, linkActionItem, readHouseholds, updateIntervention, writePlanLink,
  writeProfile, addDirectoryMember, type Writer,
} from "@shared/crdt/index.ts";
import { roomName } from "@shared/model/index.ts";
import { SqliteStorage } from "../../../relay/src/storage/sqlite.ts";
import { importedRosterDoc } from "./importedRoster.ts";
import { RelayProcess } from "./relayProcess.ts";

/** A civil date in the browsers' time zone (playwright.config.ts: Asia/Makassar), `days` from today. */
export function makassarDate(days = 0): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Makassar", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + days * 86_400_000));
}

/** YYYY-MM, `offset` months from this month (Asia/Makassar). */
export function makassarMonth(offset = 0): string {
  const [y, m] = makassarDate().split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** "November 2026" for a YYYY-MM, as the app writes months. */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric" }).format(new Date(y, m - 1, 1));
}

const writer: Writer = { by: "Bidan Ani", newId: (() => { let n = 0; return () => `r${(n++).toString(36).padStart(4, "0")}`; })() };

/**
 * The imported kelurahan of importedRoster.ts (six families, five KRS, a social list: the irisan is filled)
 * with three under-fives: Agus Salim's boy measured on the 1st of this month (short), Budi Santoso's girl
 * measured on the 1st of this month (normal), Dedi Kurniawan's boy measured last month only. The board has two
 * cards (DINSOS delivered, DINKES open) and the minutes one meeting this month with two decisions and an action item
 * made into the DINSOS card. Nothing was measured two months ago. The year's plan has one activity, latrines for 8
 * families of RT 1 (Dana Desa Rp 12.500.000, Rp 2.500.000 spent this month), whose card is the DINSOS one: it
 * reached 5.
 */
export function reportVillageDocs(): Record<"roster" | "board" | "minutes" | "meta" | "plan", Y.Doc> {
  const now = new Date();
  const thisMonth = `${makassarMonth(0)}-01`;
  const lastMonth = `${makassarMonth(-1)}-15`;
  const roster = importedRosterDoc();
  const byName = new Map(readHouseholds(roster).map((h) => [h.kepala, h.id]));
  const child = (kepala: string, id: string, sex: "M" | "F", birthDate: string, measured: Array<[string, number, number]>) => {
    const hid = byName.get(kepala)!;
    addMember(roster, hid, id, { nama: `Anak ${kepala.split(" ")[0]}`, relation: "anak", sex, birthDate }, now, writer);
    measured.forEach(([date, lengthCm, weightKg], i) => addMeasurement(roster, hid, `${id}m${i}`, { memberId: id, date, position: "lying", measuredBy: "Bidan Ani", lengthCm, weightKg }, now, writer));
  };
  // ages about 20 and 14 months on the 1st of this month
  const born = (monthsBefore: number) => `${makassarMonth(-monthsBefore)}-01`;
  child("Agus Salim", "anakag", "M", born(20), [[thisMonth, 76, 9.2]]);
  child("Budi Santoso", "anakbu", "F", born(14), [[thisMonth, 75, 9]]);
  child("Dedi Kurniawan", "anakde", "M", born(30), [[lastMonth, 88, 12]]);

  const board = new Y.Doc();
  // a moment of this month (Asia/Makassar) that has passed
  const monthStart = Date.parse(`${thisMonth}T00:00:00+08:00`);
  const past = new Date(Math.min(now.getTime(), Math.max(monthStart, now.getTime() - 3 * 86_400_000)));
  addIntervention(board, "kartu1", { title: "Jamban sehat RT 1", agency: "DINSOS", domain: "pantas_tempat_tinggal", status: "open" }, past, "Pak Lurah");
  updateIntervention(board, "kartu1", { status: "claimed" }, past, "Pak Dinsos");
  updateIntervention(board, "kartu1", { status: "delivered" }, past, "Pak Dinsos");
  addIntervention(board, "kartu2", { title: "Kelas gizi", agency: "DINKES", domain: "pantas_sehat", status: "open" }, past, "Pak Lurah");

  const minutes = new Y.Doc();
  addMeeting(minutes, "rapat1", { title: "Rembuk stunting bulan ini", date: thisMonth, place: "Balai kelurahan" }, now);
  addDecision(minutes, "rapat1", "kep1", "Kelas ibu hamil tiap bulan", now);
  addDecision(minutes, "rapat1", "kep2", "Jamban sehat untuk RT 1", now);
  addActionItem(minutes, "rapat1", "tl1", { what: "Jamban sehat RT 1", who: "Bu Yuli", agency: "DINSOS", due: "" }, now);
  linkActionItem(minutes, "rapat1", "tl1", "kartu1");

  const meta = new Y.Doc();
  writeProfile(meta, { name: "Kelurahan Namosain", kodeWilayah: "53.71.01.1001" });
  // who signs the report: the directory's lurah and ketua pokja
  addDirectoryMember(meta, "m-lurah", { name: "Yohanis Bria", role: "lurah", agency: "", position: "Lurah Namosain" }, now);
  addDirectoryMember(meta, "m-ketua", { name: "Siti Aminah", role: "kader", agency: "", position: "Ketua Pokja Kampung KB" }, now);

  const plan = new Y.Doc();
  const year = Number(makassarMonth(0).slice(0, 4));
  addActivity(plan, "keg1", { year, seksi: "pembinaan_lingkungan", domain: "pantas_tempat_tinggal", title: "Jamban sehat RT 1", targetGroup: "Keluarga KRS dengan jamban tidak layak", target: 8, unit: "keluarga", rt: 1 }, writer, past);
  addBudgetLine(plan, "keg1", "ang1", { label: "Semen, pipa dan kloset", source: "dana_desa", amount: 12_500_000 }, writer, past);
  addSpending(plan, "keg1", "bel1", { lineId: "ang1", amount: 2_500_000, date: makassarDate(0), note: "Semen" }, "Bu Yuli", past);
  writePlanLink(board, "kartu1", { activityId: "keg1", planTarget: 8, reached: 5 });
  return { roster, board, minutes, meta, plan };
}

/** A started relay whose workspace holds reportVillageDocs(), stored as the relay stores rooms. */
export async function relayWithReportVillage(workspace: string): Promise<RelayProcess> {
  const relay = new RelayProcess();
  const storage = new SqliteStorage(join(relay.dataDir, "rembuk.sqlite"));
  for (const [kind, doc] of Object.entries(reportVillageDocs())) storage.appendUpdate(roomName(workspace, kind as "roster"), Y.encodeStateAsUpdate(doc));
  storage.close();
  await relay.start();
  return relay;
}
