/**
 * Reading the mapped cells of one row into typed values, logging what is wrong
 * with each. Shared by the family and the social readers so a NIK, an RT or a
 * date is judged the same in every kind of list.
 */
import type { CivilDate } from "../rules/calendar.ts";
import { formatIsoDate } from "../rules/calendar.ts";
import { checkNikAgainstMember, parseNik } from "../rules/nik.ts";
import { parseNoKk } from "../rules/noKk.ts";
import type { ProblemLog } from "./problemLog.ts";
import { columnLetter } from "./problemLog.ts";
import type { Cell, ColumnMapping, ExpectedWilayah, FieldId, FormulaCell, RowProblemKey, SheetTable } from "./types.ts";
import { detectDateOrder, readDateCell, type DateOrder } from "./values/date.ts";
import { mapToilet, mapWaterSource } from "./values/householdEnums.ts";
import { columnLooksTruncated, readIdCell } from "./values/idCell.ts";
import { compareKodeWilayah, desaKey, parseKodeWilayah, type KodeWilayah } from "./values/kodeWilayah.ts";
import { readCount, readDesil } from "./values/numbers.ts";
import { readRelation, type RelationCodes, type RelationReading } from "./values/relation.ts";
import { readRtRw, readRtRwPair } from "./values/rtRw.ts";
import { readSex } from "./values/sex.ts";
import { isBlank, textValue } from "./values/text.ts";
import { readYesNo } from "./values/yesNo.ts";
import type { Toilet, WaterSource } from "../model/household.ts";

const ID_FIELDS: FieldId[] = ["nik", "nikKepala", "nikIstri", "noKk"];
const DATE_FIELDS: FieldId[] = ["tglLahir", "tglLahirKepala", "tglLahirIstri"];
/** XLSX has at most 16,384 columns: row * this + column is a unique cell key. */
const COLUMNS = 16384;

export interface RowReaderOptions {
  headerIndex: number;
  mapping: ColumnMapping;
  today: CivilDate;
  expected: ExpectedWilayah;
  relationCodes: RelationCodes;
}

/** What the file-level checks need to know after all rows were read. */
export interface ReadStats {
  cachedFormulas: string[];
  kodeCompared: number;
  kodeDifferent: Map<string, number>;
  desaCompared: number;
  desaDifferent: Map<string, number>;
  monthFirstColumns: number[];
}

export class RowReader {
  private rowIndex = 0;
  private cells: Cell[] = [];
  /** fields of the current row whose formula gave no value (already named: not named again as empty) */
  private readonly formulaFailed = new Set<FieldId>();
  readonly stats: ReadStats = { cachedFormulas: [], kodeCompared: 0, kodeDifferent: new Map(), desaCompared: 0, desaDifferent: new Map(), monthFirstColumns: [] };
  private readonly columns: Partial<Record<FieldId, number>>;
  private readonly mappedList: number[];
  private readonly formulas = new Map<number, FormulaCell>();
  private readonly truncatedColumns = new Set<number>();
  private readonly dateOrders = new Map<number, DateOrder>();
  private readonly expectedKode: KodeWilayah | null;
  private readonly expectedDesa: string;
  private readonly waterMemo = new Map<string, WaterSource | null>();
  private readonly toiletMemo = new Map<string, Toilet | null>();
  private readonly todayIso: string;
  private readonly isFamilyList: boolean;

  constructor(
    private readonly sheet: SheetTable,
    private readonly log: ProblemLog,
    private readonly options: RowReaderOptions,
  ) {
    this.columns = options.mapping.columns;
    this.mappedList = [...new Set(Object.values(this.columns))];
    this.todayIso = formatIsoDate(options.today);
    this.isFamilyList = options.mapping.kind !== "social";
    const mapped = new Set(Object.values(this.columns));
    for (const f of sheet.formulas) if (f.row > options.headerIndex && mapped.has(f.column)) this.formulas.set(f.row * COLUMNS + f.column, f);
    for (const field of ID_FIELDS) {
      const column = this.columns[field];
      if (column !== undefined && columnLooksTruncated(this.columnCells(column))) this.truncatedColumns.add(column);
    }
    for (const field of DATE_FIELDS) {
      const column = this.columns[field];
      if (column === undefined) continue;
      const order = detectDateOrder(this.columnCells(column));
      this.dateOrders.set(column, order);
      if (order === "mdy") this.stats.monthFirstColumns.push(column);
    }
    // An expected code that is not a Kemendagri code cannot be compared with anything: no check then.
    const expectedKode = options.expected.kode ? parseKodeWilayah(options.expected.kode) : null;
    this.expectedKode = expectedKode?.layout === "kemendagri" ? expectedKode : null;
    this.expectedDesa = options.expected.nama ? desaKey(options.expected.nama) : "";
  }

  private *columnCells(column: number): Generator<Cell> {
    for (let i = this.options.headerIndex + 1; i < this.sheet.rows.length; i++) yield this.sheet.rows[i]?.[column] ?? null;
  }

  /** file row number of the current row */
  get row(): number {
    return this.rowIndex + 1;
  }

  has(field: FieldId): boolean {
    return this.columns[field] !== undefined;
  }

  /** Moves to a row; false when its mapped cells are all empty or it repeats the header. */
  start(index: number, header: string[]): boolean {
    this.rowIndex = index;
    this.cells = this.sheet.rows[index] ?? [];
    this.formulaFailed.clear();
    let filled = 0;
    let headerLike = 0;
    for (const column of this.mappedList) {
      const cell = this.cells[column] ?? null;
      if (this.formulas.has(index * COLUMNS + column)) filled++;
      if (isBlank(cell)) continue;
      filled++;
      if (typeof cell === "string" && cell.trim().toLowerCase() === (header[column] ?? "").trim().toLowerCase()) headerLike++;
    }
    return filled > 0 && !(headerLike >= 2 && headerLike === filled);
  }

  /** The field's cell; a formula without a usable value is logged and read as empty. */
  cell(field: FieldId): Cell {
    const column = this.columns[field];
    if (column === undefined) return null;
    const formula = this.formulas.get(this.rowIndex * COLUMNS + column);
    if (formula) {
      const sel = `${columnLetter(column)}${this.row}`;
      if (!formula.cached) {
        this.formulaFailed.add(field);
        this.log.add(this.row, field, column, "rumus_tanpa_nilai", "error", { sel });
        return null;
      }
      if (formula.error !== null) {
        this.formulaFailed.add(field);
        this.log.add(this.row, field, column, "rumus_galat", "error", { sel, galat: formula.error });
        return null;
      }
      this.stats.cachedFormulas.push(sel);
    }
    return this.cells[column] ?? null;
  }

  mappedColumns(): Partial<Record<FieldId, number>> {
    return this.columns;
  }

  column(field: FieldId): number | null {
    return this.columns[field] ?? null;
  }

  private problem(field: FieldId, key: RowProblemKey, severity: "error" | "warning", values: Record<string, string | number> = {}, skipped = false): void {
    this.log.add(this.row, field, this.column(field), key, severity, values, skipped);
  }

  text(field: FieldId): string {
    return textValue(this.cell(field));
  }

  /**
   * A NIK or No. KK: 16 digits when usable, else "" with the reason logged.
   * Structure errors that leave 16 digits (a month 13) keep the value with a
   * warning: the number is as printed on the card, and the matcher can still use it.
   */
  identity(field: FieldId, person?: { sex: "M" | "F" | ""; birthDate: string }): string {
    const reading = readIdCell(this.cell(field));
    if (reading.blank) return "";
    const prefix: "nik" | "no_kk" = field === "noKk" ? "no_kk" : "nik";
    if (reading.excel === "notasi_ilmiah" || reading.excel === "angka_terpotong") {
      this.problem(field, `${prefix}_${reading.excel}`, "error", { nilai: reading.written });
      return "";
    }
    const column = this.columns[field];
    if (reading.excel === null && column !== undefined && this.truncatedColumns.has(column) && /^\d{15}0$/.test(reading.digits)) {
      this.problem(field, `${prefix}_angka_terpotong`, "error", { nilai: reading.written });
      return "";
    }
    if (reading.excel === "sel_angka") this.problem(field, `${prefix}_sel_angka`, "warning", { nilai: reading.written });
    const parsed = field === "noKk" ? parseNoKk(reading.digits, { today: this.todayIso }) : parseNik(reading.digits, { today: this.todayIso });
    const fatal = parsed.errors.some((e) => e === "bukan_angka" || e === "panjang_bukan_16" || e === "kosong");
    for (const error of parsed.errors) this.problem(field, `${prefix}:${error}`, fatal ? "error" : "warning", { nilai: reading.written });
    for (const warning of parsed.warnings) this.problem(field, `${prefix}:${warning}`, "warning", { nilai: reading.written });
    if (fatal) return "";
    if (person && field !== "noKk" && (person.sex !== "" || person.birthDate !== "")) {
      const mismatches = checkNikAgainstMember(reading.digits, { sex: person.sex === "" ? null : person.sex, birthDate: person.birthDate === "" ? null : person.birthDate });
      for (const warning of mismatches) this.problem(field, `nik:${warning}`, "warning", { nilai: reading.written });
    }
    return reading.digits;
  }

  sex(field: FieldId): "M" | "F" | "" {
    const reading = readSex(this.cell(field));
    if (reading.unknown) this.problem(field, "jenis_kelamin_tidak_dikenal", "warning", { nilai: reading.written });
    return reading.sex;
  }

  date(field: FieldId): string {
    const column = this.columns[field];
    const reading = readDateCell(this.cell(field), (column !== undefined && this.dateOrders.get(column)) || "dmy", this.options.today);
    if (reading.problem === "tidak_sah") this.problem(field, "tanggal_tidak_sah", "error", { nilai: reading.written });
    if (reading.problem === "masa_depan") this.problem(field, "tanggal_masa_depan", "error", { nilai: reading.written });
    return reading.iso;
  }

  relation(field: FieldId, sex: "M" | "F" | ""): RelationReading {
    const reading = readRelation(this.cell(field), this.options.relationCodes, sex);
    if (reading.problem === "tidak_dikenal") this.problem(field, "hubungan_tidak_dikenal", "warning", { nilai: reading.written });
    if (reading.problem === "kode_angka") this.problem(field, "hubungan_kode_angka", "warning", { nilai: reading.written });
    return reading;
  }

  /**
   * RT and RW from their columns, or from one "RT/RW" column. A missing one is
   * warned about in a family list (a household's address needs both) when its
   * column is mapped; a social row without them is only matched on less.
   */
  rtRw(): { rt: number | null; rw: number | null } {
    let rt: number | null = null;
    let rw: number | null = null;
    if (this.has("rtRw")) {
      const pair = readRtRwPair(this.cell("rtRw"));
      if (pair.problem === "jadi_tanggal") this.problem("rtRw", "rt_rw_jadi_tanggal", "error", { nilai: pair.written });
      else if (pair.problem === "tidak_sah") this.problem("rtRw", pair.rt === null ? "rt_tidak_sah" : "rw_tidak_sah", "error", { nilai: pair.written });
      rt = pair.rt;
      rw = pair.rw;
    }
    for (const which of ["rt", "rw"] as const) {
      if (!this.has(which)) continue;
      const reading = readRtRw(this.cell(which), which);
      if (reading.problem === "jadi_tanggal") this.problem(which, "rt_rw_jadi_tanggal", "error", { nilai: reading.written });
      else if (reading.problem === "tidak_sah") this.problem(which, which === "rt" ? "rt_tidak_sah" : "rw_tidak_sah", "error", { nilai: reading.written });
      else if (reading.value === null && (which === "rt" ? rt : rw) === null && this.isFamilyList && !this.formulaFailed.has(which)) this.problem(which, which === "rt" ? "rt_kosong" : "rw_kosong", "warning");
      if (reading.value !== null) {
        if (which === "rt") rt = reading.value;
        else rw = reading.value;
      }
    }
    return { rt, rw };
  }

  count(field: FieldId): number | null {
    const reading = readCount(this.cell(field));
    if (reading.invalid) this.problem(field, "jumlah_tidak_sah", "error", { nilai: reading.written });
    return reading.value;
  }

  desil(): number | null {
    const reading = readDesil(this.cell("desil"));
    if (reading.invalid) this.problem("desil", "desil_tidak_sah", "error", { nilai: reading.written });
    return reading.value;
  }

  yesNo(field: FieldId): boolean | null {
    const reading = readYesNo(this.cell(field));
    if (reading.unknown) this.problem(field, "ya_tidak_tidak_dikenal", "warning", { nilai: reading.written });
    return reading.value;
  }

  waterSource(): WaterSource | "" {
    const text = this.text("sumberAir");
    if (text === "") return "";
    let value = this.waterMemo.get(text);
    if (value === undefined) this.waterMemo.set(text, (value = mapWaterSource(text)));
    if (value === null) this.problem("sumberAir", "sumber_air_tidak_dikenal", "warning", { nilai: text });
    return value ?? "";
  }

  toilet(): Toilet | "" {
    const text = this.text("jamban");
    if (text === "") return "";
    let value = this.toiletMemo.get(text);
    if (value === undefined) this.toiletMemo.set(text, (value = mapToilet(text)));
    if (value === null) this.problem("jamban", "jamban_tidak_dikenal", "warning", { nilai: text });
    return value ?? "";
  }

  /**
   * The row's kode wilayah and desa against the workspace's; false (with the
   * problem logged) when the row belongs to another area and gives no record.
   */
  area(kode: string, desa: string): boolean {
    let inArea = true;
    if (this.expectedKode && kode !== "") {
      const comparison = compareKodeWilayah(parseKodeWilayah(kode), this.expectedKode);
      const harapan = this.options.expected.kode ?? "";
      if (comparison === "incomparable") this.problem("kodeWilayah", "kode_wilayah_tidak_terbaca", "warning", { nilai: kode, harapan });
      else {
        this.stats.kodeCompared++;
        if (comparison === "different") {
          this.stats.kodeDifferent.set(kode, (this.stats.kodeDifferent.get(kode) ?? 0) + 1);
          this.problem("kodeWilayah", "kode_wilayah_lain", "error", { nilai: kode, harapan }, true);
          inArea = false;
        }
      }
    }
    if (this.expectedDesa !== "" && desa !== "") {
      this.stats.desaCompared++;
      if (desaKey(desa) !== this.expectedDesa) {
        this.stats.desaDifferent.set(desa, (this.stats.desaDifferent.get(desa) ?? 0) + 1);
        this.problem("desa", "desa_lain", "error", { nilai: desa, harapan: this.options.expected.nama ?? "" }, true);
        inArea = false;
      }
    }
    return inArea;
  }
}
