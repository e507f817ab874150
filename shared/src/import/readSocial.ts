/** The social list (Dinsos DTKS/DTSEN): one row per registered person, with desil and aid. */
import { DuplicateIds, DuplicateValues } from "./duplicates.ts";
import type { ReadContext } from "./readContext.ts";
import type { ImportedSocialRow } from "./types.ts";

export function readSocialRows(ctx: ReadContext): ImportedSocialRow[] {
  const { reader, log } = ctx;
  const out: ImportedSocialRow[] = [];
  const ids = new DuplicateIds();
  const niks = new DuplicateValues("nik_ganda");
  ctx.forEachRow((row) => {
    const { id, hasListId } = ctx.rowId(ids);
    if (id === null) return;
    const nama = reader.text("nama");
    const sex = reader.sex("jenisKelamin");
    const birthDate = reader.date("tglLahir");
    const nik = reader.identity("nik", { sex, birthDate });
    niks.check(log, row, "nik", reader.column("nik"), nik);
    const noKk = reader.identity("noKk");
    const relation = reader.relation("hubungan", sex);
    const { rt, rw } = reader.rtRw();
    const desa = reader.text("desa");
    const kodeWilayah = reader.text("kodeWilayah");
    const record: ImportedSocialRow = {
      id,
      hasListId,
      row,
      nik,
      noKk,
      nama,
      sex,
      birthDate,
      relation: relation.relation,
      alamat: reader.text("alamat"),
      rt,
      rw,
      desa,
      kodeWilayah,
      desil: reader.desil(),
      pkh: reader.yesNo("pkh"),
      bpnt: reader.yesNo("bpnt"),
      pbi: reader.yesNo("pbi"),
    };
    if (nama === "") {
      log.add(row, "nama", reader.column("nama"), "nama_kosong", "error", {}, true);
      return;
    }
    if (reader.area(kodeWilayah, desa)) out.push(record);
  });
  ctx.duplicateIds(ids);
  return out;
}
