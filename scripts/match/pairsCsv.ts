/**
 * pairs.csv of `npm run match`: a header and one line per pair, best score first, with the lists' own ids
 * (kode keluarga, id DTSEN; the file row number when a list has no id column). papaparse quotes what needs
 * quoting (a reason with a comma or a quote in a name).
 */
import Papa from "papaparse";
import { describeEvidence } from "@shared/rules/matching/index.ts";
import type { MatchPair } from "@shared/rules/matching/types.ts";

export const PAIRS_COLUMNS = ["family_id", "social_id", "decision", "score", "reasons"] as const;

export function pairsToCsv(pairs: readonly MatchPair[]): string {
  const rows = pairs.map((p) => [p.familyId, p.otherId, p.decision, p.score.toFixed(2), p.evidence.map(describeEvidence).join("; ")]);
  // papaparse ends an empty table with a line break of its own; every file ends with exactly one
  return Papa.unparse({ fields: [...PAIRS_COLUMNS], data: rows }, { newline: "\n" }).replace(/\n*$/, "\n");
}
