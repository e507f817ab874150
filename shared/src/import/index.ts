/**
 * Reading family and social lists (issue 15, "Import" and "Bad input"): bytes
 * in, plain records out. Runs in Node, the browser and a Web Worker (no DOM, no
 * Node built-ins). README.md describes the steps, the catalogue and the messages.
 */
export * from "./types.ts";
export { openListFile, checkFileSize, MAX_LIST_FILE_BYTES, MAX_XLSX_UNPACKED_BYTES, type ListFileInput, type OpenOptions, type OpenResult } from "./openFile.ts";
export {
  detectHeaderRow,
  guessListKind,
  guessMapping,
  sourceSignature,
  mappingToSaved,
  mappingFromSaved,
  missingRequiredFields,
  headerOf,
  type HeaderGuess,
  type KindGuess,
  type MappingGuess,
  type FieldGuess,
  type ColumnCandidate,
} from "./header.ts";
export { CATALOGUE, LIST_KIND_LABELS, fieldSpec, type FieldSpec, type Alias } from "./catalogue.ts";
export { headerKey } from "./headerKey.ts";
export { readList, type ReadListOptions } from "./readList.ts";
export { readListFile, sheetChoices, type ReadListFileOptions, type ReadListFileResult, type SheetChoice } from "./readListFile.ts";
export { toMatchFamily, toMatchSocialRow } from "./toMatch.ts";
export { FILE_MESSAGES, ROW_MESSAGES, FILE_PROBLEM_SEVERITY, describeRowProblem, fillMessage } from "./messages.ts";
export type { RelationCodes } from "./values/relation.ts";
export { parseKodeWilayah, compareKodeWilayah, type KodeWilayah, type KodeComparison } from "./values/kodeWilayah.ts";
export { mapWaterSource, mapToilet } from "./values/householdEnums.ts";
