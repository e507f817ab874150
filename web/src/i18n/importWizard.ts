/**
 * Import wizard messages (issue 15): Indonesian first, English must cover every key.
 * Not merged into index.ts on purpose: only the import chunk (a lazy chunk) uses
 * them, so they stay out of the first load. The reader's problem messages and
 * field labels in Indonesian come from @shared/import (FILE_MESSAGES,
 * ROW_MESSAGES, the catalogue); their English is here under the same keys.
 */
import { FILE_MESSAGES, fillMessage, type ROW_MESSAGES, type FieldId, type FileProblem, type FileProblemKey, type ListKind, type RowProblem } from "@shared/import/index.ts";
import { fieldSpec, LIST_KIND_LABELS } from "@shared/import/catalogue.ts";
import { NIK_MESSAGES, NO_KK_MESSAGES } from "@shared/rules/idMessages.ts";
import type { NoKkError, NoKkWarning } from "@shared/rules/noKk.ts";
import type { NikError, NikWarning } from "@shared/rules/nik.ts";
import { householdEn } from "./household.ts";
import { locale } from "./index.ts";

export const importWizardId = {
  "import.title": "Impor daftar",
  "import.intro": "Masukkan daftar keluarga BKKBN (Pendataan Keluarga) atau daftar sosial Dinsos (DTKS/DTSEN) dari file CSV atau XLSX. Tidak ada yang disimpan sebelum Anda menekan Simpan.",
  "import.noAccess": "Hanya lurah dan pokja yang dapat mengimpor daftar.",
  "import.back": "← Kembali",
  "import.backToRoster": "← Daftar keluarga",
  "import.restart": "Mulai lagi dengan file lain",
  "import.step.file": "1. File",
  "import.step.mapping": "2. Kolom",
  "import.step.preview": "3. Periksa",
  "import.file.choose": "Pilih file daftar (CSV atau XLSX)",
  "import.file.hint": "CSV dengan koma atau titik koma, atau XLSX dari Excel. Baris judul di atas tabel dilewati.",
  "import.file.refused": "File ini tidak dapat diimpor",
  "import.file.nothingWritten": "Tidak ada yang disimpan ke daftar keluarga.",
  "import.failure": "Terjadi kesalahan saat membaca file: {message}. Coba lagi; jika terulang, simpan ulang file dari Excel.",
  "import.opening": "Membuka {file}…",
  "import.reading": "Memeriksa baris…",
  "import.progressRows": "{percent}%",
  "import.sheet.title": "Pilih lembar",
  "import.sheet.intro": "File ini punya beberapa lembar. Pilih lembar yang berisi daftar.",
  "import.sheet.rows": "{count} baris terisi",
  "import.sheet.header": "judul kolom di baris {row}",
  "import.sheet.noHeader": "judul kolom tidak dikenali",
  "import.sheet.empty": "kosong",
  "import.sheet.use": "Pakai lembar ini",
  "import.mapping.title": "Jenis daftar dan kolom",
  "import.mapping.file": "{file}, lembar {sheet}",
  "import.mapping.kind": "Jenis daftar",
  "import.mapping.kindGuessed": "ditebak dari judul kolom",
  "import.mapping.headerRow": "Baris judul kolom",
  "import.mapping.headerRowOption": "Baris {row}: {text}",
  "import.mapping.remembered": "Pilihan kolom diingat dari impor sebelumnya dengan judul kolom yang sama.",
  "import.mapping.columns": "Kolom di file untuk setiap data",
  "import.mapping.none": "(tidak ada)",
  "import.mapping.moreFields": "Data lain yang belum ada kolomnya ({count})",
  "import.mapping.otherColumns": "Kolom lain",
  "import.mapping.column": "Kolom {letter}: {header}",
  "import.mapping.required": "wajib",
  "import.mapping.missing": "Pilih kolom untuk: {fields}.",
  "import.mapping.unused": "Kolom yang tidak dipakai: {columns}",
  "import.mapping.next": "Periksa daftar",
  "import.preview.title": "Periksa daftar",
  "import.preview.rowsOk": "{ok} dari {rows} baris baik",
  "import.preview.rowsWarning": "{count} baris perlu diperiksa (tetap diimpor)",
  "import.preview.rowsError": "{count} baris dengan kesalahan (nilai yang salah tidak diimpor)",
  "import.preview.rowsSkipped": "{count} baris dilewati",
  "import.preview.records": "{count} keluarga terbaca",
  "import.preview.recordsSocial": "{count} baris daftar sosial terbaca",
  "import.preview.blocking": "Daftar ini belum dapat diimpor",
  "import.preview.warnings": "Perlu diperiksa",
  "import.preview.problems": "Masalah per baris",
  "import.preview.problemRows": "{count}×, baris {rows}",
  "import.preview.problemMore": "dan lainnya",
  "import.preview.showMore": "Tampilkan {count} lagi",
  "import.preview.where": "Baris {row}, kolom {column} ({header})",
  "import.preview.whereRow": "Baris {row}",
  "import.preview.sample": "Contoh {count} baris pertama",
  "import.preview.col.row": "Baris",
  "import.preview.col.id": "Kode",
  "import.preview.col.name": "Nama",
  "import.preview.col.nik": "NIK",
  "import.preview.col.noKk": "No. KK",
  "import.preview.col.rtrw": "RT/RW",
  "import.preview.col.members": "Anggota",
  "import.preview.col.desil": "Desil",
  "import.preview.col.status": "Periksa",
  "import.preview.status.ok": "baik",
  "import.preview.status.warning": "periksa",
  "import.preview.status.error": "salah",
  "import.preview.next": "Lanjut: cocokkan dengan daftar keluarga",
  "import.preview.notYet": "Pencocokan dan penyimpanan belum tersedia di versi ini.",
  "import.severity.error": "kesalahan",
  "import.severity.warning": "peringatan",
} as const;

export const importWizardEn: Record<keyof typeof importWizardId, string> = {
  "import.title": "Import a list",
  "import.intro": "Bring in a BKKBN family list (Pendataan Keluarga) or a Dinsos social list (DTKS/DTSEN) from a CSV or XLSX file. Nothing is saved before you press Save.",
  "import.noAccess": "Only the lurah and the pokja can import lists.",
  "import.back": "← Back",
  "import.backToRoster": "← Families",
  "import.restart": "Start again with another file",
  "import.step.file": "1. File",
  "import.step.mapping": "2. Columns",
  "import.step.preview": "3. Check",
  "import.file.choose": "Choose the list file (CSV or XLSX)",
  "import.file.hint": "CSV with commas or semicolons, or XLSX from Excel. Title rows above the table are skipped.",
  "import.file.refused": "This file cannot be imported",
  "import.file.nothingWritten": "Nothing was saved to the family roster.",
  "import.failure": "Something went wrong while reading the file: {message}. Try again; if it happens again, save the file again from Excel.",
  "import.opening": "Opening {file}…",
  "import.reading": "Checking rows…",
  "import.progressRows": "{percent}%",
  "import.sheet.title": "Choose a sheet",
  "import.sheet.intro": "This file has several sheets. Choose the one that holds the list.",
  "import.sheet.rows": "{count} filled rows",
  "import.sheet.header": "column titles on row {row}",
  "import.sheet.noHeader": "column titles not recognised",
  "import.sheet.empty": "empty",
  "import.sheet.use": "Use this sheet",
  "import.mapping.title": "Kind of list and columns",
  "import.mapping.file": "{file}, sheet {sheet}",
  "import.mapping.kind": "Kind of list",
  "import.mapping.kindGuessed": "guessed from the column titles",
  "import.mapping.headerRow": "Column title row",
  "import.mapping.headerRowOption": "Row {row}: {text}",
  "import.mapping.remembered": "Columns remembered from an earlier import with the same column titles.",
  "import.mapping.columns": "The file's column for each item",
  "import.mapping.none": "(none)",
  "import.mapping.moreFields": "Other items without a column yet ({count})",
  "import.mapping.otherColumns": "Other columns",
  "import.mapping.column": "Column {letter}: {header}",
  "import.mapping.required": "required",
  "import.mapping.missing": "Choose a column for: {fields}.",
  "import.mapping.unused": "Columns not used: {columns}",
  "import.mapping.next": "Check the list",
  "import.preview.title": "Check the list",
  "import.preview.rowsOk": "{ok} of {rows} rows fine",
  "import.preview.rowsWarning": "{count} rows to check (imported as they are)",
  "import.preview.rowsError": "{count} rows with errors (wrong values are not imported)",
  "import.preview.rowsSkipped": "{count} rows skipped",
  "import.preview.records": "{count} families read",
  "import.preview.recordsSocial": "{count} social-list rows read",
  "import.preview.blocking": "This list cannot be imported yet",
  "import.preview.warnings": "To check",
  "import.preview.problems": "Problems by row",
  "import.preview.problemRows": "{count}×, rows {rows}",
  "import.preview.problemMore": "and more",
  "import.preview.showMore": "Show {count} more",
  "import.preview.where": "Row {row}, column {column} ({header})",
  "import.preview.whereRow": "Row {row}",
  "import.preview.sample": "The first {count} rows",
  "import.preview.col.row": "Row",
  "import.preview.col.id": "Code",
  "import.preview.col.name": "Name",
  "import.preview.col.nik": "NIK",
  "import.preview.col.noKk": "No. KK",
  "import.preview.col.rtrw": "RT/RW",
  "import.preview.col.members": "Members",
  "import.preview.col.desil": "Desil",
  "import.preview.col.status": "Check",
  "import.preview.status.ok": "fine",
  "import.preview.status.warning": "check",
  "import.preview.status.error": "wrong",
  "import.preview.next": "Next: match with the family roster",
  "import.preview.notYet": "Matching and saving are not available in this version yet.",
  "import.severity.error": "error",
  "import.severity.warning": "warning",
};

export type ImportMessageKey = keyof typeof importWizardId;

/** Translates a wizard key, filling {placeholders}. Reactive: re-runs when the locale changes. */
export function ti(key: ImportMessageKey, params: Record<string, string | number> = {}): string {
  const template = (locale() === "en" ? importWizardEn : importWizardId)[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

type PlainRowKey = keyof typeof ROW_MESSAGES;

/** English of the reader's file problems (FILE_MESSAGES), same keys and placeholders. */
export const FILE_MESSAGES_EN: Record<FileProblemKey, string> = {
  terlalu_besar: "This file is {ukuran} MB, over the limit of {batas} MB. Split the list into several files (for example by RW), or save only the sheet that holds the list.",
  file_kosong: "This file is empty: it holds no data. Check that you chose the right file, then save it again from Excel.",
  bukan_daftar: "This file is neither CSV nor XLSX, so it cannot be read as a list. Open the list in Excel or LibreOffice and save it as XLSX or CSV.",
  xls_lama: "This file is in the old Excel format (.xls). Open it in Excel or LibreOffice, choose Save As, and save it as XLSX or CSV.",
  ods: "This file is in OpenDocument format (.ods). Open it in LibreOffice, choose Save As, and save it as XLSX or CSV.",
  terkunci: "This Excel file is locked with a password. Open it in Excel with its password, remove the password (File > Info > Protect Workbook), then save it as XLSX or CSV.",
  html_bukan_excel: "This file is a web page (HTML) named as an Excel file, as some applications download it. Open it in Excel, then save it as XLSX or CSV.",
  xml_2003: "This file is in XML Spreadsheet 2003 format. Open it in Excel, then save it as XLSX or CSV.",
  pdf: "This file is a PDF, not a table. Ask the sender for the list as Excel (XLSX) or CSV.",
  dokumen_word: "This file is a Word document, not a table. Copy its table into Excel, then save it as XLSX or CSV.",
  zip_lain: "This file is a ZIP archive, not XLSX. Extract it first, then choose the XLSX or CSV file inside.",
  xlsx_rusak: "This XLSX file is damaged or incomplete. Open it in Excel; if it opens, save it again as XLSX or CSV.",
  isi_terlalu_besar: "Unpacked, this XLSX file holds more than {batas} MB. Save only the sheet that holds the list, or save it as CSV.",
  semua_lembar_kosong: "Every sheet in this file is empty. Check that you chose the right file.",
  lembar_tidak_ada: "There is no sheet \"{lembar}\" in this file. Its sheets: {daftar}.",
  lembar_kosong: "Sheet \"{lembar}\" is empty. Choose another sheet that holds the list.",
  hanya_judul: "Sheet \"{lembar}\" holds only the column titles (row {baris}), with no data below them. Check whether the data is in another sheet or file.",
  kolom_tidak_dikenali: "No column title was recognised in sheet \"{lembar}\" (such as NIK, Nama, No. KK, RT, RW). Make sure the column title row is above the data, or choose the columns one by one.",
  kolom_wajib_tidak_ada: "A required column is not chosen yet: {kolom}. Choose the column that holds it.",
  id_ganda: "{jumlah} values of {kolom} are used more than once (for example \"{contoh}\" on row {baris}). Each row must have its own {kolom}: fix the file and import it again. Nothing was saved.",
  wilayah_lain: "This list is from area {kode}, not this workspace's area ({harapan}). Check that you chose the right file. Nothing was saved.",
  desa_lain: "This list is from the desa/kelurahan {nama}, not {harapan}. Check that you chose the right file. Nothing was saved.",
  rumus_dengan_nilai: "{jumlah} cells hold formulas (for example {contoh}); the last values saved in the file are used. If the data changed afterwards without being saved in Excel, open and save it again.",
  sel_gabungan: "There are merged cells in the data rows: {contoh}. Their value is used for every merged row; check the result in the preview.",
  tanggal_bulan_dulu: "Dates in column {kolom} are written month first (month/day/year, as English Excel writes them) and are read that way. Check a few dates in the preview.",
  tanda_kutip: "Row {baris} has a quote mark (\") that is not closed, so the rows after it may have run together. Check that row in the file.",
};

/** English of the reader's row problems (ROW_MESSAGES), same keys and placeholders. */
export const ROW_MESSAGES_EN: Record<PlainRowKey, string> = {
  id_kosong: "{kolom} is empty; the row number ({baris}) is used as its id. Fill in {kolom} so that the next import recognises this row.",
  id_ganda: "{kolom} \"{nilai}\" is already used on row {baris_pertama}. Each row must have its own {kolom}.",
  nik_notasi_ilmiah: "The NIK reads {nilai}: Excel turned it into a number and its digits are lost. Format the column as Text, then type the NIK again from the KTP or KK.",
  nik_angka_terpotong: "NIK {nilai} is stored as a number ending in 0: Excel keeps only 15 digits, so the 16th is probably lost. Format the column as Text and type the NIK again from the KTP or KK.",
  nik_sel_angka: "The NIK is stored as a number, not text. Its digits were read whole, but Excel can cut them when the file is saved again: format the column as Text.",
  no_kk_notasi_ilmiah: "The No. KK reads {nilai}: Excel turned it into a number and its digits are lost. Format the column as Text, then type the No. KK again from the family card.",
  no_kk_angka_terpotong: "No. KK {nilai} is stored as a number ending in 0: Excel keeps only 15 digits, so the 16th is probably lost. Format the column as Text and type the No. KK again from the family card.",
  no_kk_sel_angka: "The No. KK is stored as a number, not text. Its digits were read whole, but Excel can cut them when the file is saved again: format the column as Text.",
  nik_ganda: "This NIK is already on row {baris_pertama}. A person has one NIK: check whether the same person is listed twice or the NIK is mistyped.",
  no_kk_ganda: "This No. KK is already on row {baris_pertama}. Check whether the same family is listed twice, or a young family is still on its parents' KK.",
  nama_kosong: "The name is empty, so this row cannot be read. Fill in the name, or delete the row if it is indeed empty.",
  nama_kepala_kosong: "The head of family's name is empty. Fill it in as on the KK.",
  rt_kosong: "The RT is empty. The RT is part of every family's address: fill in its number.",
  rw_kosong: "The RW is empty. The RW is part of every family's address: fill in its number.",
  rt_tidak_sah: "RT \"{nilai}\" cannot be read. Write the RT number only, for example 3 or 003.",
  rw_tidak_sah: "RW \"{nilai}\" cannot be read. Write the RW number only, for example 2 or 002.",
  rt_rw_jadi_tanggal: "Column {kolom} holds a date ({nilai}): Excel turns text such as 3/2 into a date. Format the column as Text and type the RT/RW again.",
  tanggal_tidak_sah: "Date \"{nilai}\" cannot be read. Write it as day/month/year, for example 12/02/1992.",
  tanggal_masa_depan: "Birth date {nilai} has not happened yet. Check the year.",
  jenis_kelamin_tidak_dikenal: "Sex \"{nilai}\" is not recognised. Write L or P.",
  hubungan_tidak_dikenal: "Relation in the family \"{nilai}\" is not recognised. Write it as on the KK: Kepala Keluarga, Istri, Anak, or another relation (Menantu, Cucu, Orang Tua...).",
  hubungan_kode_angka: "The relation in the family is written as a number code ({nilai}). Codes differ between data sources, so it is not guessed: write it in words as on the KK, or choose Dukcapil's code table when importing.",
  desil_tidak_sah: "Desil \"{nilai}\" is not valid. A desil is a number from 1 (poorest) to 10.",
  ya_tidak_tidak_dikenal: "\"{nilai}\" in column {kolom} is not recognised. Write Ya or Tidak (or 1 and 0).",
  jumlah_tidak_sah: "Number \"{nilai}\" cannot be read. Write a whole number, for example 2.",
  sumber_air_tidak_dikenal: "Drinking water source \"{nilai}\" is not recognised. Choices: bottled/refill water, piped/PAM, bore well, protected well, unprotected well, protected spring, unprotected spring, rainwater, river/lake, other.",
  jamban_tidak_dikenal: "Toilet \"{nilai}\" is not recognised. Choices: toilet with septic tank, toilet without septic tank, no toilet.",
  kode_wilayah_lain: "Area code {nilai} is not this workspace's area ({harapan}). This row is not imported.",
  kode_wilayah_tidak_terbaca: "Area code \"{nilai}\" cannot be compared with {harapan} (it may be a BPS code, laid out differently). Check that this row is from the right area.",
  desa_lain: "Desa/kelurahan \"{nilai}\" is not {harapan}. This row is not imported.",
  rumus_tanpa_nilai: "Cell {sel} holds a formula with no saved value. Open the file in Excel and save it again so its values are saved, or copy and paste as values.",
  rumus_galat: "Cell {sel} holds a formula that gives {galat}. Fix the formula in Excel, or type the value in directly.",
  no_kk_wajib: "The No. KK is empty or cannot be read, so this person cannot be grouped into a family. Fill in the No. KK as on the family card.",
  kepala_tidak_ada: "This KK has no head of family; the person on row {baris} is taken as head. Fill in the relation column with Kepala Keluarga.",
  kepala_lebih_dari_satu: "This KK has more than one head of family; the one on row {baris_pertama} is taken. Check the relation column.",
};

/** English of the No. KK structure messages (NO_KK_MESSAGES); NIK ones are the household page's (hh.nik.*). */
export const NO_KK_MESSAGES_EN: Record<NoKkError | NoKkWarning, string> = {
  kosong: "The No. KK is empty.",
  bukan_angka: "A No. KK has digits only. Remove letters and other signs.",
  panjang_bukan_16: "A No. KK has 16 digits. Compare with the family card: a digit may be missing or extra.",
  provinsi_tidak_dikenal: "The first two digits of the No. KK are the province code (11 to 96). Check them.",
  tanggal_tidak_valid: "Digits 7-8 of the No. KK are the day of issue (01 to 31). Check them.",
  bulan_tidak_valid: "Digits 9-10 of the No. KK are the month of issue (01 to 12). Check them.",
  tanggal_tidak_ada: "The issue date in the No. KK does not exist (e.g. 31 February). Check digits 7 to 12.",
  nomor_urut_0000: "The last four digits of the No. KK (serial) cannot be 0000. Compare with the family card.",
  kode_wilayah_00: "The regency or district code in the No. KK (digits 3-6) contains 00, which is never used. Compare with the family card.",
};

/** English of the catalogue's field labels (the Indonesian ones are the catalogue's). */
export const FIELD_LABELS_EN: Record<FieldId, string> = {
  id: "Family code",
  noKk: "No. KK",
  nikKepala: "Head of family's NIK",
  namaKepala: "Head of family's name",
  jkKepala: "Head of family's sex",
  tglLahirKepala: "Head of family's birth date",
  nikIstri: "Wife's NIK",
  namaIstri: "Wife's name",
  tglLahirIstri: "Wife's birth date",
  nik: "NIK",
  nama: "Name",
  hubungan: "Relation in the family (SHDK)",
  jenisKelamin: "Sex",
  tglLahir: "Birth date",
  rt: "RT",
  rw: "RW",
  rtRw: "RT/RW (one column)",
  alamat: "Address",
  dusun: "Dusun/Lingkungan",
  desa: "Desa/Kelurahan",
  kodeWilayah: "Area code",
  jumlahAnak: "Number of children",
  sumberAir: "Drinking water source",
  jamban: "Toilet facility (jamban)",
  desil: "Desil",
  pkh: "PKH",
  bpnt: "BPNT/Sembako",
  pbi: "PBI JK",
};
const SOCIAL_ID_EN = "DTSEN / DTKS id";

export const KIND_LABELS_EN: Record<ListKind, string> = {
  family: "BKKBN family list (one row per family)",
  familyByPerson: "Family list (one row per person, grouped by No. KK)",
  social: "Dinsos social list DTKS/DTSEN (one row per person)",
};

const english = () => locale() === "en";

export function kindLabel(kind: ListKind): string {
  return english() ? KIND_LABELS_EN[kind] : LIST_KIND_LABELS[kind];
}

export function fieldLabel(kind: ListKind, field: FieldId): string {
  if (english()) return kind === "social" && field === "id" ? SOCIAL_ID_EN : FIELD_LABELS_EN[field];
  return fieldSpec(kind, field)?.label ?? field;
}

/** A file problem in the chosen language, from its key and values (Indonesian: the reader's own message). */
export function fileProblemText(problem: FileProblem): string {
  return english() ? fillMessage(FILE_MESSAGES_EN[problem.key], problem.values) : fillMessage(FILE_MESSAGES[problem.key], problem.values);
}

/** What to fix in one row, in the chosen language. */
export function rowProblemText(problem: Pick<RowProblem, "key" | "values" | "message">): string {
  if (!english()) return problem.message;
  const key = problem.key;
  if (key.startsWith("nik:")) return (householdEn as Record<string, string>)[`hh.nik.${key.slice(4)}`] ?? NIK_MESSAGES[key.slice(4) as NikError | NikWarning] ?? problem.message;
  if (key.startsWith("no_kk:")) return NO_KK_MESSAGES_EN[key.slice(6) as NoKkError | NoKkWarning] ?? NO_KK_MESSAGES[key.slice(6) as NoKkError] ?? problem.message;
  return fillMessage(ROW_MESSAGES_EN[key as PlainRowKey], problem.values);
}

/** "Baris 17, kolom E (NIK Istri)" */
export function rowProblemWhere(problem: Pick<RowProblem, "row" | "columnLetter" | "header">): string {
  return problem.columnLetter === "" ? ti("import.preview.whereRow", { row: problem.row }) : ti("import.preview.where", { row: problem.row, column: problem.columnLetter, header: problem.header });
}
