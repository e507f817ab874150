/**
 * The header row and the column mapping, guessed from the header names; the
 * mapping screen shows the guess with its alternatives and lets the person
 * change it. Scores: 1 for a known name, less for the same words in another
 * order or with more words, times the alias's weight; below MIN_SCORE is no
 * match.
 */
import { COMPILED, type CompiledAlias } from "./catalogue.ts";
import { headerKey, headerTokens } from "./headerKey.ts";
import type { Cell, ColumnMapping, FieldId, ListKind, SheetTable } from "./types.ts";
import { LIST_KINDS } from "./types.ts";

export const MIN_SCORE = 0.5;
/** Rows above the header that may be titles ("DAFTAR KELUARGA KELURAHAN ..."). */
const HEADER_SCAN_ROWS = 30;
/** A header row must recognise at least about two columns. */
const MIN_HEADER_SCORE = 1.5;

/** The text a header cell shows. */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell.kind === "number") return cell.text;
  return cell.iso;
}

export function aliasScore(key: string, tokens: ReadonlySet<string>, alias: CompiledAlias): number {
  if (key === "") return 0;
  if (key === alias.key) return alias.weight;
  for (const t of alias.tokens) if (!tokens.has(t)) return 0;
  if (tokens.size === alias.tokens.length) return 0.95 * alias.weight; // same words, another order
  for (const t of tokens) if (/^\d+$/.test(t)) return 0; // "RT 03" is a value, not a header
  const extra = tokens.size - alias.tokens.length;
  return alias.weight * Math.max(0.5, 0.85 - 0.1 * extra);
}

function bestScore(key: string, tokens: ReadonlySet<string>, aliases: readonly CompiledAlias[]): number {
  let best = 0;
  for (const alias of aliases) {
    const score = aliasScore(key, tokens, alias);
    if (score > best) best = score;
  }
  return best;
}

/** Every alias of every kind once, with its highest weight: what a header row is scored against. */
const ALL_ALIASES: CompiledAlias[] = (() => {
  const byKey = new Map<string, CompiledAlias>();
  for (const kind of LIST_KINDS) {
    for (const { aliases } of COMPILED[kind]) {
      for (const alias of aliases) if ((byKey.get(alias.key)?.weight ?? 0) < alias.weight) byKey.set(alias.key, alias);
    }
  }
  return [...byKey.values()];
})();

export interface ColumnCandidate {
  column: number;
  header: string;
  score: number;
}

export interface FieldGuess {
  field: FieldId;
  label: string;
  required: boolean;
  /** the chosen column, null when none fits */
  column: number | null;
  score: number;
  /** other columns that could be this field, best first */
  alternatives: ColumnCandidate[];
}

export interface MappingGuess {
  mapping: ColumnMapping;
  fields: FieldGuess[];
  /** columns no field took */
  unmapped: number[];
  /** sum of the chosen fields' scores */
  score: number;
}

export function guessMapping(header: string[], kind: ListKind): MappingGuess {
  const keys = header.map((h) => headerTokens(h));
  const sets = keys.map((tokens) => new Set(tokens));
  const specs = COMPILED[kind];
  const pairs: Array<{ f: number; column: number; score: number }> = [];
  const scores = specs.map((entry, f) =>
    keys.map((tokens, column) => {
      const score = bestScore(tokens.join(" "), sets[column] ?? new Set(), entry.aliases);
      if (score >= MIN_SCORE) pairs.push({ f, column, score });
      return score;
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.f - b.f || a.column - b.column);
  const chosen = new Map<number, number>(); // field index -> column
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (chosen.has(pair.f) || taken.has(pair.column)) continue;
    chosen.set(pair.f, pair.column);
    taken.add(pair.column);
  }
  const columns: Partial<Record<FieldId, number>> = {};
  let total = 0;
  const fields = specs.map(({ spec }, f) => {
    const column = chosen.get(f) ?? null;
    const score = column === null ? 0 : (scores[f]?.[column] ?? 0);
    if (column !== null) columns[spec.field] = column;
    total += score;
    const alternatives = (scores[f] ?? [])
      .map((s, c) => ({ column: c, header: header[c] ?? "", score: s }))
      .filter((candidate) => candidate.score >= MIN_SCORE && candidate.column !== column)
      .sort((a, b) => b.score - a.score || a.column - b.column);
    return { field: spec.field, label: spec.label, required: spec.required, column, score, alternatives };
  });
  const unmapped = header.map((_, c) => c).filter((c) => !taken.has(c) && (header[c] ?? "") !== "");
  return { mapping: { kind, columns }, fields, unmapped, score: total };
}

/** Fields whose presence tells one kind of list from another, with how much each says. */
const DISTINCTIVE: Record<ListKind, Partial<Record<FieldId, number>>> = {
  family: { namaKepala: 2, nikKepala: 1, namaIstri: 1, nikIstri: 1, tglLahirIstri: 0.5, jumlahAnak: 0.5, sumberAir: 0.5, jamban: 0.5 },
  familyByPerson: { hubungan: 2, nama: 0.5, nik: 0.5, jenisKelamin: 0.5, tglLahir: 0.5, noKk: 0.5 },
  social: { desil: 2, pkh: 1, bpnt: 1, pbi: 1, nama: 0.5, nik: 0.5 },
};

export interface KindGuess {
  kind: ListKind;
  scores: Record<ListKind, number>;
}

export function guessListKind(header: string[]): KindGuess {
  const scores = {} as Record<ListKind, number>;
  let kind: ListKind = "family";
  for (const k of LIST_KINDS) {
    const guess = guessMapping(header, k);
    scores[k] = guess.fields.reduce((sum, f) => sum + f.score * (DISTINCTIVE[k][f.field] ?? 0), 0);
    if (scores[k] > scores[kind]) kind = k;
  }
  return { kind, scores };
}

export interface HeaderGuess {
  /** 0-based index into sheet.rows */
  index: number;
  /** file row number */
  row: number;
  header: string[];
  score: number;
}

/** Score of one row as a header: its cells' best matches over every kind's fields. */
function rowScore(cells: Cell[]): number {
  let total = 0;
  const seen = new Set<string>(); // a group header merged over several columns counts once
  for (const cell of cells) {
    if (typeof cell !== "string") continue; // a header is text
    const tokens = headerTokens(cell);
    if (tokens.length === 0 || tokens.length > 8) continue; // a title or a note, not a column name
    const key = tokens.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    const best = bestScore(key, new Set(tokens), ALL_ALIASES);
    if (best >= MIN_SCORE) total += best;
  }
  return total;
}

/** The row among the first ones whose cells best match known column names; null when none looks like a header. */
export function detectHeaderRow(sheet: SheetTable): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  const last = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let index = 0; index < last; index++) {
    const cells = sheet.rows[index] ?? [];
    const score = rowScore(cells);
    if (score >= MIN_HEADER_SCORE && (best === null || score > best.score)) {
      best = { index, row: index + 1, header: headerOf(sheet, index), score };
    }
  }
  return best;
}

/** The header texts of a row, trailing empty cells dropped. */
export function headerOf(sheet: SheetTable, index: number): string[] {
  const header = (sheet.rows[index] ?? []).map(cellText);
  while (header.length > 0 && header[header.length - 1] === "") header.pop();
  return header;
}

/**
 * A short stable name of a header, the same whatever its case, punctuation or
 * spacing: the mapping screen remembers a person's mapping per source by it.
 */
export function sourceSignature(header: string[]): string {
  const keys = header.map(headerKey);
  while (keys.length > 0 && keys[keys.length - 1] === "") keys.pop();
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  const text = keys.join("|");
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${keys.length}-${(hash >>> 0).toString(16).padStart(8, "0")}`;
}

/** A mapping to keep (field -> header key), independent of column positions. */
export function mappingToSaved(mapping: ColumnMapping, header: string[]): Partial<Record<FieldId, string>> {
  const saved: Partial<Record<FieldId, string>> = {};
  for (const [field, column] of Object.entries(mapping.columns) as Array<[FieldId, number]>) {
    const key = headerKey(header[column] ?? "");
    if (key !== "") saved[field] = key;
  }
  return saved;
}

/** A kept mapping applied to a header: fields whose column is no longer there are left out. */
export function mappingFromSaved(kind: ListKind, saved: Partial<Record<FieldId, string>>, header: string[]): ColumnMapping {
  const keys = header.map(headerKey);
  const columns: Partial<Record<FieldId, number>> = {};
  for (const [field, key] of Object.entries(saved) as Array<[FieldId, string]>) {
    const column = keys.indexOf(key);
    if (column >= 0) columns[field] = column;
  }
  return { kind, columns };
}

/** Required fields the mapping lacks (the mapping screen must not go on without them). */
export function missingRequiredFields(mapping: ColumnMapping): FieldId[] {
  return COMPILED[mapping.kind].filter(({ spec }) => spec.required && mapping.columns[spec.field] === undefined).map(({ spec }) => spec.field);
}
