import type { HouseholdFields } from "./household.ts";
import type { MemberFields, MemberRiskAnswers } from "./member.ts";

/**
 * One family of a family list (BKKBN Pendataan Keluarga) as the import wizard
 * hands it to the roster (shared/src/crdt/roster/importFamilies.ts): already
 * read, checked and normalised (RT "003" -> 3, water and toilet words -> codes),
 * never the raw row.
 */
export const IMPORTED_HOUSEHOLD_FIELDS = ["noKk", "kepala", "dusun", "rw", "rt", "alamat", "sumberAir", "jamban"] as const satisfies ReadonlyArray<keyof HouseholdFields>;
export type ImportedHouseholdFields = Pick<HouseholdFields, (typeof IMPORTED_HOUSEHOLD_FIELDS)[number]>;

export const IMPORTED_MEMBER_FIELDS = ["nik", "nama", "sex", "birthDate", "relation", "childrenCount"] as const satisfies ReadonlyArray<keyof (MemberFields & MemberRiskAnswers)>;
export type MemberImportInput = Partial<Pick<MemberFields & MemberRiskAnswers, (typeof IMPORTED_MEMBER_FIELDS)[number]>>;

export interface FamilyImportInput {
  /**
   * The roster household this family is (family-against-family matching of hand-entered households,
   * or a person's choice), or null: then the family list's own id decides (a household an earlier
   * batch linked to `listId` is updated, otherwise a household is created).
   */
  householdId: string | null;
  /** the list's own id (kode keluarga); the row number as text when the list has no id column */
  listId: string;
  /** the row in the file, for messages */
  rowNumber: number;
  /** only the fields the list has; absent = the list says nothing */
  fields: Partial<ImportedHouseholdFields>;
  /** the people the list names, head first */
  members: MemberImportInput[];
}
