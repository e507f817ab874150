/**
 * The three family-list data sets in tests/fixtures/lists/ (synthetic-kelurahan,
 * kelurahan-lists, kelurahan-lists-20k) as the matcher's records, with their truth.
 * Only these files' known columns: the general reader with header guessing is the
 * import's (shared/src/import). Node only (reads files); the parsing is plain text.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { normaliseRtRw } from "../model/household.ts";
import type { MatchFamily, MatchPerson, MatchSocialRow } from "../rules/matching/types.ts";

export const LIST_FIXTURES = ["synthetic-kelurahan", "kelurahan-lists", "kelurahan-lists-20k"] as const;
export type ListFixtureName = (typeof LIST_FIXTURES)[number];

export interface ListFixture {
  name: ListFixtureName;
  families: MatchFamily[];
  social: MatchSocialRow[];
  /** every (kode_keluarga, id_dtsen) that is the same family */
  truth: Array<[string, string]>;
}

type Row = Record<string, string>;

function rows(csv: string): Row[] {
  const parsed = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`CSV: ${parsed.errors[0]?.message ?? "unreadable"}`);
  return parsed.data;
}

/** bkkbn_pk.csv: one row per family, head and wife. */
export function familiesFromCsv(csv: string): MatchFamily[] {
  return rows(csv).map((r) => {
    const people: MatchPerson[] = [{ nik: r.nik_kepala ?? "", name: r.nama_kepala ?? "", birthDate: "", sex: "", role: "kepala" }];
    if ((r.nama_istri ?? "").trim() !== "" || (r.nik_istri ?? "").trim() !== "") {
      people.push({ nik: r.nik_istri ?? "", name: r.nama_istri ?? "", birthDate: r.tgl_lahir_istri ?? "", sex: "F", role: "istri" });
    }
    return {
      id: r.kode_keluarga ?? "",
      noKk: r.no_kk ?? "",
      people,
      rt: normaliseRtRw(r.rt ?? ""),
      rw: normaliseRtRw(r.rw ?? ""),
      alamat: r.alamat ?? "",
      kodeWilayah: r.kode_wilayah ?? "",
    };
  });
}

/** dinsos_dtsen.csv: one row per registered person. */
export function socialRowsFromCsv(csv: string): MatchSocialRow[] {
  return rows(csv).map((r) => ({
    id: r.id_dtsen ?? "",
    nik: r.nik ?? "",
    noKk: r.no_kk ?? "",
    name: r.nama ?? "",
    birthDate: "",
    rt: normaliseRtRw(r.rt ?? ""),
    rw: normaliseRtRw(r.rw ?? ""),
    alamat: r.alamat ?? "",
  }));
}

export function truthFromCsv(csv: string): Array<[string, string]> {
  return rows(csv).map((r): [string, string] => [r.kode_keluarga ?? "", r.id_dtsen ?? ""]);
}

export function readListFixture(name: ListFixtureName): ListFixture {
  const dir = new URL(`../../../tests/fixtures/lists/${name}/`, import.meta.url);
  const read = (file: string) => readFileSync(new URL(file, dir), "utf8");
  return {
    name,
    families: familiesFromCsv(read("bkkbn_pk.csv")),
    social: socialRowsFromCsv(read("dinsos_dtsen.csv")),
    truth: truthFromCsv(read("truth.csv")),
  };
}

export interface LinkQuality {
  truePairs: number;
  auto: number;
  review: number;
  /** true pairs among the auto pairs / auto pairs */
  autoPrecision: number;
  /** true pairs among auto + review / true pairs */
  recall: number;
  /** review pairs / true pairs */
  reviewShare: number;
  /** true pairs among all proposed / proposed */
  precision: number;
}

/** How proposed pairs (familyId, otherId, decision) score against the truth. */
export function linkQuality(
  pairs: ReadonlyArray<{ familyId: string; otherId: string; decision: "auto" | "review" }>,
  truth: ReadonlyArray<[string, string]>,
): LinkQuality {
  const key = (f: string, s: string) => `${f}\u0000${s}`;
  const trueSet = new Set(truth.map(([f, s]) => key(f, s)));
  let auto = 0;
  let autoTrue = 0;
  let review = 0;
  let found = 0;
  for (const p of pairs) {
    const isTrue = trueSet.has(key(p.familyId, p.otherId));
    if (p.decision === "auto") {
      auto++;
      if (isTrue) autoTrue++;
    } else review++;
    if (isTrue) found++;
  }
  const proposed = auto + review;
  return {
    truePairs: trueSet.size,
    auto,
    review,
    autoPrecision: auto === 0 ? 1 : autoTrue / auto,
    recall: trueSet.size === 0 ? 1 : found / trueSet.size,
    reviewShare: trueSet.size === 0 ? 0 : review / trueSet.size,
    precision: proposed === 0 ? 1 : found / proposed,
  };
}
