/**
 * Family lists: one row per family (BKKBN Pendataan Keluarga: head and wife on
 * the row) or one row per person grouped into families by No. KK, where the
 * SHDK column says who is head, wife and child.
 */
import { DuplicateIds, DuplicateValues } from "./duplicates.ts";
import type { ReadContext } from "./readContext.ts";
import type { ImportedFamily, ImportedPerson } from "./types.ts";

/** One row per family. */
export function readFamilyRows(ctx: ReadContext): ImportedFamily[] {
  const { reader, log } = ctx;
  const families: ImportedFamily[] = [];
  const ids = new DuplicateIds();
  const niks = new DuplicateValues("nik_ganda");
  const kks = new DuplicateValues("no_kk_ganda");
  ctx.forEachRow((row) => {
    const { id, hasListId } = ctx.rowId(ids);
    if (id === null) return;
    const noKk = reader.identity("noKk");
    kks.check(log, row, "noKk", reader.column("noKk"), noKk);

    const members: ImportedPerson[] = [];
    const headName = reader.text("namaKepala");
    const headSex = reader.sex("jkKepala");
    const headBirth = reader.date("tglLahirKepala");
    const headNik = reader.identity("nikKepala", { sex: headSex, birthDate: headBirth });
    niks.check(log, row, "nikKepala", reader.column("nikKepala"), headNik);
    const wifeName = reader.text("namaIstri");
    const wifeBirth = reader.date("tglLahirIstri");
    const wifeNik = reader.identity("nikIstri", { sex: "F", birthDate: wifeBirth });
    niks.check(log, row, "nikIstri", reader.column("nikIstri"), wifeNik);

    if (headName === "" && wifeName === "") {
      log.add(row, "namaKepala", reader.column("namaKepala"), "nama_kosong", "error", {}, true);
      return;
    }
    if (headName === "") log.add(row, "namaKepala", reader.column("namaKepala"), "nama_kepala_kosong", "warning");
    else members.push({ nik: headNik, nama: headName, sex: headSex, birthDate: headBirth, relation: "kepala", shdk: "", row });
    if (wifeName !== "" || wifeNik !== "") members.push({ nik: wifeNik, nama: wifeName, sex: "F", birthDate: wifeBirth, relation: "istri", shdk: "", row });

    const { rt, rw } = reader.rtRw();
    const kodeWilayah = reader.text("kodeWilayah");
    const desa = reader.text("desa");
    const family: ImportedFamily = {
      id,
      hasListId,
      rows: [row],
      noKk,
      members,
      rt,
      rw,
      dusun: reader.text("dusun"),
      alamat: reader.text("alamat"),
      kodeWilayah,
      desa,
      jumlahAnak: reader.count("jumlahAnak"),
      sumberAir: reader.waterSource(),
      jamban: reader.toilet(),
    };
    if (reader.area(kodeWilayah, desa)) families.push(family);
  });
  ctx.duplicateIds(ids);
  return families;
}

interface PersonRow {
  person: ImportedPerson;
  noKk: string;
  id: string;
  rt: number | null;
  rw: number | null;
  dusun: string;
  alamat: string;
  kodeWilayah: string;
  desa: string;
  sumberAir: ImportedFamily["sumberAir"];
  jamban: ImportedFamily["jamban"];
}

/** The first non-empty value of the family's rows, the head's row first. */
function firstOf<T>(rows: PersonRow[], pick: (r: PersonRow) => T, empty: T): T {
  for (const r of rows) {
    const value = pick(r);
    if (value !== empty) return value;
  }
  return empty;
}

/** One row per person, grouped by No. KK in the order families first appear. */
export function readFamilyPersons(ctx: ReadContext): ImportedFamily[] {
  const { reader, log } = ctx;
  const niks = new DuplicateValues("nik_ganda");
  const groups = new Map<string, PersonRow[]>();
  ctx.forEachRow((row) => {
    const nama = reader.text("nama");
    const sex = reader.sex("jenisKelamin");
    const birthDate = reader.date("tglLahir");
    const nik = reader.identity("nik", { sex, birthDate });
    niks.check(log, row, "nik", reader.column("nik"), nik);
    const relation = reader.relation("hubungan", sex);
    const noKk = reader.identity("noKk");
    const { rt, rw } = reader.rtRw();
    const kodeWilayah = reader.text("kodeWilayah");
    const desa = reader.text("desa");
    const entry: PersonRow = {
      person: { nik, nama, sex, birthDate, relation: relation.relation, shdk: relation.shdk, row },
      noKk,
      id: reader.text("id"),
      rt,
      rw,
      dusun: reader.text("dusun"),
      alamat: reader.text("alamat"),
      kodeWilayah,
      desa,
      sumberAir: reader.waterSource(),
      jamban: reader.toilet(),
    };
    if (nama === "") {
      log.add(row, "nama", reader.column("nama"), "nama_kosong", "error", {}, true);
      return;
    }
    if (noKk === "") {
      log.add(row, "noKk", reader.column("noKk"), "no_kk_wajib", "error", {}, true);
      return;
    }
    if (!reader.area(kodeWilayah, desa)) return;
    const group = groups.get(noKk);
    if (group) group.push(entry);
    else groups.set(noKk, [entry]);
  });

  const ids = new DuplicateIds();
  const families: ImportedFamily[] = [];
  for (const [noKk, rows] of groups) {
    const heads = rows.filter((r) => r.person.relation === "kepala");
    const firstRow = rows[0];
    if (!firstRow) continue;
    if (heads.length === 0) log.add(firstRow.person.row, "hubungan", reader.column("hubungan"), "kepala_tidak_ada", "warning", { baris: firstRow.person.row });
    for (const extra of heads.slice(1)) {
      log.add(extra.person.row, "hubungan", reader.column("hubungan"), "kepala_lebih_dari_satu", "warning", { baris_pertama: heads[0]?.person.row ?? firstRow.person.row });
    }
    const head = heads[0] ?? firstRow;
    const wives = rows.filter((r) => r !== head && r.person.relation === "istri");
    const ordered = [head, ...wives, ...rows.filter((r) => r !== head && !wives.includes(r))];
    const listId = firstOf(ordered, (r) => r.id, "");
    const id = listId !== "" ? listId : String(firstRow.person.row);
    if (listId !== "" && ids.check(log, head.person.row, reader.column("id"), listId)) continue;
    families.push({
      id,
      hasListId: listId !== "",
      rows: rows.map((r) => r.person.row),
      noKk,
      members: ordered.map((r) => r.person),
      rt: firstOf(ordered, (r) => r.rt, null),
      rw: firstOf(ordered, (r) => r.rw, null),
      dusun: firstOf(ordered, (r) => r.dusun, ""),
      alamat: firstOf(ordered, (r) => r.alamat, ""),
      kodeWilayah: firstOf(ordered, (r) => r.kodeWilayah, ""),
      desa: firstOf(ordered, (r) => r.desa, ""),
      // The KK lists the children living with the family, not those born alive (what "jumlah anak" asks): unknown.
      jumlahAnak: null,
      sumberAir: firstOf(ordered, (r) => r.sumberAir, ""),
      jamban: firstOf(ordered, (r) => r.jamban, ""),
    });
  }
  ctx.duplicateIds(ids);
  return families;
}
