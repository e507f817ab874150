/**
 * Input an import write refuses before touching the document (nothing is written): the wizard
 * checks these first and shows them in Bahasa; the codes are i18n keys ("import.error.<code>").
 * "batch_rolled_back" is the one refusal that comes late, at a batch's commit (importSlices.ts): its
 * journal was taken back meanwhile (another tab rolled it back), so it is not committed and its
 * writer rolls back the rest.
 */
export type ImportErrorCode = "batch_id" | "batch_kind" | "batch_exists" | "list_id_blank" | "list_id_twice" | "household_unknown" | "row_twice" | "batch_rolled_back";

export class ImportError extends Error {
  constructor(readonly code: ImportErrorCode, readonly detail: string = "") {
    super(`import refused: ${code}${detail ? ` (${detail})` : ""}`);
    this.name = "ImportError";
  }
}
