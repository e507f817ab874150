/**
 * Input an import write refuses before touching the document (nothing is written): the wizard
 * checks these first and shows them in Bahasa; the codes are i18n keys ("import.error.<code>").
 */
export type ImportErrorCode = "batch_id" | "batch_kind" | "batch_exists" | "list_id_blank" | "list_id_twice" | "household_unknown" | "row_twice";

export class ImportError extends Error {
  constructor(readonly code: ImportErrorCode, readonly detail: string = "") {
    super(`import refused: ${code}${detail ? ` (${detail})` : ""}`);
    this.name = "ImportError";
  }
}
