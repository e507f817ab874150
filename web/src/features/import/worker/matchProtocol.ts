/**
 * The matching and writing half of the worker's API (protocol.ts has the reading half):
 * the roster goes in by chunks, what the import will change comes back as counts and
 * pages of entries, and what to write comes back by pages, so no single message is large.
 */
import type { FamilyReviewInput, SocialLinkInput, SocialReviewInput } from "../../../state/imports.ts";
import type { FamilyImportInput, SocialRow } from "@shared/model/index.ts";
import type { MatchProgress } from "@shared/rules/matching/index.ts";
import type { RosterRecord } from "./toRoster.ts";

export type { RosterRecord };

export interface FamilyChangeCounts {
  families: number;
  new: number;
  changed: number;
  unchanged: number;
  gone: number;
  /** differences kept because a person entered the value */
  keptHand: number;
  /** families the matcher is unsure of: a person decides (review screen) */
  review: number;
  byListId: number;
  byMatcher: number;
}

export interface SocialChangeCounts {
  rows: number;
  linked: number;
  review: number;
  unmatched: number;
}

export type MatchSummary = { kind: "family"; ruleVersion: string; counts: FamilyChangeCounts } | { kind: "social"; ruleVersion: string; counts: SocialChangeCounts };

export type ChangeSection = "new" | "changed" | "gone" | "review" | "linked" | "unmatched";

/** One field that changes (or is kept), as the changes step shows it. */
export interface FieldChangeView {
  /** "" for the household, else the member's name */
  who: string;
  field: string;
  old: string | number | null;
  new: string | number | null;
  kept: boolean;
}

/** One entry of a section of the changes step. NIK never appears here. */
export interface ChangeEntry {
  /** the list's own id (kode keluarga, id DTSEN) */
  listId: string;
  /** file row */
  row: number;
  name: string;
  rt: number | null;
  rw: number | null;
  /** the roster household it goes to, when there is one */
  householdId: string | null;
  householdName: string;
  changes: FieldChangeView[];
  /** social rows: desil and programmes; doubtful pairs: the best score */
  detail: string;
}

/** What to write, one page at a time. */
export type WritePage =
  | { kind: "family"; families: FamilyImportInput[]; reviews: FamilyReviewInput[] }
  | { kind: "social"; links: SocialLinkInput[]; reviews: SocialReviewInput[]; unmatched: SocialRow[] };

export type MatchProgressListener = (progress: MatchProgress) => void;

export interface MatchWorkerApi {
  /** the roster, in chunks (first: start over) */
  addRoster(records: RosterRecord[], first: boolean): Promise<number>;
  match(today: string, onProgress?: MatchProgressListener): Promise<MatchSummary>;
  changes(section: ChangeSection, offset: number, limit: number): Promise<ChangeEntry[]>;
  /** page `index` of what to write (pages of WRITE_PAGE records); null past the end */
  writePage(index: number): Promise<WritePage | null>;
}
