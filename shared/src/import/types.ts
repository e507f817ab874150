/**
 * What the import reads and hands out: plain data only (it crosses a Web Worker
 * boundary by structured clone and goes into the roster import and the matcher).
 */
import type { Toilet, WaterSource } from "../model/household.ts";
import type { Relation } from "../rules/screening/types.ts";

/**
 * family: one row per family (BKKBN Pendataan Keluarga: head and wife on one row).
 * familyByPerson: one row per person, grouped into families by No. KK (a KK or SIAK export).
 * social: one row per registered person (Dinsos DTKS/DTSEN), with desil and aid.
 */
export const LIST_KINDS = ["family", "familyByPerson", "social"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** A number cell of an XLSX sheet. text is the number as stored in the file, so no digit is lost to a double. */
export interface NumberCell {
  readonly kind: "number";
  readonly value: number;
  readonly text: string;
}

/** A date cell of an XLSX sheet, as the civil date Excel shows (YYYY-MM-DD). */
export interface DateCell {
  readonly kind: "date";
  readonly iso: string;
}

/** A cell: text (every CSV cell), a number, a date or a boolean cell; null when empty. */
export type Cell = string | NumberCell | DateCell | boolean | null;

/** A cell holding a formula (0-based indices). cached: the file keeps its last value; error: "#N/A" and the like. */
export interface FormulaCell {
  row: number;
  column: number;
  cached: boolean;
  error: string | null;
}

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  fromRow: number;
  fromColumn: number;
  toRow: number;
  toColumn: number;
}

/**
 * One sheet (a CSV file is one sheet). rows[i] is file row i + 1 as Excel numbers
 * it; rows may differ in length. Merged ranges are already filled with their
 * top-left value (what the person sees in Excel); they are listed for the warning.
 */
export interface SheetTable {
  name: string;
  rows: Cell[][];
  formulas: FormulaCell[];
  merges: MergedRange[];
}

export type FileFormat = "csv" | "xlsx";
export type TextEncoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

export interface OpenedFile {
  fileName: string;
  format: FileFormat;
  /** size in bytes */
  bytes: number;
  /** CSV only */
  encoding: TextEncoding | null;
  /** CSV only */
  delimiter: "," | ";" | "\t" | "|" | null;
  sheets: SheetTable[];
  /** problems found while opening that do not stop reading (an unclosed quote) */
  notices: FileProblem[];
}

export type Severity = "error" | "warning";

export type FileProblemKey =
  | "terlalu_besar"
  | "file_kosong"
  | "bukan_daftar"
  | "xls_lama"
  | "ods"
  | "terkunci"
  | "html_bukan_excel"
  | "xml_2003"
  | "pdf"
  | "dokumen_word"
  | "zip_lain"
  | "xlsx_rusak"
  | "isi_terlalu_besar"
  | "semua_lembar_kosong"
  | "lembar_tidak_ada"
  | "lembar_kosong"
  | "hanya_judul"
  | "kolom_tidak_dikenali"
  | "kolom_wajib_tidak_ada"
  | "id_ganda"
  | "wilayah_lain"
  | "desa_lain"
  | "rumus_dengan_nilai"
  | "sel_gabungan"
  | "tanggal_bulan_dulu"
  | "tanda_kutip";

export type MessageValues = Record<string, string | number>;

/**
 * A problem of the whole file or sheet. severity error: nothing may be written
 * (the file is refused, or the list as a whole is wrong: duplicate ids, another
 * kelurahan); warning: the person should check the preview.
 */
export interface FileProblem {
  key: FileProblemKey;
  severity: Severity;
  values: MessageValues;
  /** Indonesian, says what to fix */
  message: string;
}

/** Fields a column can be mapped to. Which ones a list kind offers: catalogue.ts. */
export type FieldId =
  | "id"
  | "noKk"
  | "nikKepala"
  | "namaKepala"
  | "jkKepala"
  | "tglLahirKepala"
  | "nikIstri"
  | "namaIstri"
  | "tglLahirIstri"
  | "nik"
  | "nama"
  | "hubungan"
  | "jenisKelamin"
  | "tglLahir"
  | "rt"
  | "rw"
  | "rtRw"
  | "alamat"
  | "dusun"
  | "desa"
  | "kodeWilayah"
  | "jumlahAnak"
  | "sumberAir"
  | "jamban"
  | "desil"
  | "pkh"
  | "bpnt"
  | "pbi";

/** The chosen column (0-based index) of each mapped field. */
export interface ColumnMapping {
  kind: ListKind;
  columns: Partial<Record<FieldId, number>>;
}

export type IdProblem = "notasi_ilmiah" | "angka_terpotong" | "sel_angka";

export type RowProblemKey =
  | "id_kosong"
  | "id_ganda"
  | `nik_${IdProblem}`
  | `no_kk_${IdProblem}`
  | `nik:${string}`
  | `no_kk:${string}`
  | "nik_ganda"
  | "no_kk_ganda"
  | "nama_kosong"
  | "nama_kepala_kosong"
  | "rt_kosong"
  | "rw_kosong"
  | "rt_tidak_sah"
  | "rw_tidak_sah"
  | "rt_rw_jadi_tanggal"
  | "tanggal_tidak_sah"
  | "tanggal_masa_depan"
  | "jenis_kelamin_tidak_dikenal"
  | "hubungan_tidak_dikenal"
  | "hubungan_kode_angka"
  | "desil_tidak_sah"
  | "ya_tidak_tidak_dikenal"
  | "jumlah_tidak_sah"
  | "sumber_air_tidak_dikenal"
  | "jamban_tidak_dikenal"
  | "kode_wilayah_lain"
  | "kode_wilayah_tidak_terbaca"
  | "desa_lain"
  | "rumus_tanpa_nilai"
  | "rumus_galat"
  | "no_kk_wajib"
  | "kepala_tidak_ada"
  | "kepala_lebih_dari_satu";

/**
 * A problem of one cell or row. severity error: the value is not taken (the
 * record carries "" or null for it) or, with skipped, the row gives no record;
 * warning: the value is taken as written but should be checked.
 */
export interface RowProblem {
  /** file row number, as Excel shows it (1-based) */
  row: number;
  field: FieldId | null;
  /** 0-based column index, null for a row-level problem */
  column: number | null;
  /** column letter(s) as Excel shows them ("C"), "" for a row-level problem */
  columnLetter: string;
  /** the header as written in the file, "" for a row-level problem */
  header: string;
  key: RowProblemKey;
  severity: Severity;
  /** the row gives no record */
  skipped: boolean;
  values: MessageValues;
  /** Indonesian, says what to fix */
  message: string;
}

/** A person of an imported family. */
export interface ImportedPerson {
  /** 16 digits when usable, "" when absent or not usable (see the row's problems) */
  nik: string;
  nama: string;
  sex: "M" | "F" | "";
  /** YYYY-MM-DD or "" */
  birthDate: string;
  relation: Relation | "";
  /** the relation as the list wrote it when it says more than relation ("menantu", "suami"), else "" */
  shdk: string;
  /** file row number */
  row: number;
}

export interface ImportedFamily {
  /** the list's own id (kode keluarga) or, when the list has none, the file row number */
  id: string;
  /** false: id is the row number */
  hasListId: boolean;
  /** file row numbers this family came from (one for a per-family list) */
  rows: number[];
  /** 16 digits when usable, else "" */
  noKk: string;
  /** head first (relation "kepala") when known, then wife, then the others in list order */
  members: ImportedPerson[];
  rt: number | null;
  rw: number | null;
  dusun: string;
  alamat: string;
  /** as written */
  kodeWilayah: string;
  desa: string;
  jumlahAnak: number | null;
  sumberAir: WaterSource | "";
  jamban: Toilet | "";
}

export interface ImportedSocialRow {
  /** the list's own id (id DTSEN / ID DTKS) or, when the list has none, the file row number */
  id: string;
  hasListId: boolean;
  row: number;
  nik: string;
  noKk: string;
  nama: string;
  sex: "M" | "F" | "";
  birthDate: string;
  relation: Relation | "";
  alamat: string;
  rt: number | null;
  rw: number | null;
  desa: string;
  kodeWilayah: string;
  /** 1 (poorest) to 10 */
  desil: number | null;
  /** null: the cell was empty */
  pkh: boolean | null;
  bpnt: boolean | null;
  pbi: boolean | null;
}

export interface ProblemCount {
  key: RowProblemKey;
  severity: Severity;
  count: number;
  /** the first rows with it (at most 20) */
  rows: number[];
  /** the first such problem's message (an example: values differ from row to row) */
  message: string;
}

export interface ListSummary {
  /** non-empty data rows under the header */
  rows: number;
  /** rows without any problem */
  rowsOk: number;
  /** rows with warnings only */
  rowsWithWarnings: number;
  /** rows with at least one error (including skipped rows) */
  rowsWithErrors: number;
  /** rows that gave no record */
  rowsSkipped: number;
  /** families or social rows read */
  records: number;
  byProblem: ProblemCount[];
  /** a file problem of severity error: nothing may be written */
  blocking: boolean;
}

interface ListResultBase {
  sheetName: string;
  /** file row number of the header */
  headerRow: number;
  header: string[];
  mapping: ColumnMapping;
  problems: RowProblem[];
  fileProblems: FileProblem[];
  summary: ListSummary;
}

export interface FamilyListResult extends ListResultBase {
  kind: "family" | "familyByPerson";
  families: ImportedFamily[];
}

export interface SocialListResult extends ListResultBase {
  kind: "social";
  socialRows: ImportedSocialRow[];
}

export type ListResult = FamilyListResult | SocialListResult;

/** For a progress bar: open = the file is being parsed, check = rows are being read and checked. */
export interface ImportProgress {
  phase: "open" | "check";
  /** rows done in this phase */
  rows: number;
  /** 0 to 1 within this phase */
  fraction: number;
}

export type ProgressCallback = (progress: ImportProgress) => void;

/** The workspace's own area: rows or lists of another kelurahan are named, not imported. */
export interface ExpectedWilayah {
  /** Kemendagri code of the desa/kelurahan, "53.71.01.1001" */
  kode?: string;
  /** its name, "Namosain" (compared without "Kelurahan"/"Desa", case and spacing) */
  nama?: string;
}
