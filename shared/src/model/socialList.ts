import { AID_PROGRAMMES, type AidProgramme } from "./household.ts";
import { stableHash } from "./ids.ts";

/**
 * Where a household's imported values came from (issue 15), and how the
 * social list's desil and aid become the household's.
 *
 * The rule for hand-entered values: a value a person entered on the household
 * (desil, or ticking/unticking PKH, BPNT, PBI) stands until a person chooses
 * otherwise; the social list's value is shown beside it as a difference
 * (`differs`), never written over it. Without a hand value the household
 * follows its linked social-list rows. Why: a list is a snapshot months old by
 * the time it reaches the pokja, and a kader who corrected a value at the door
 * knows something the list does not; an import that silently undid that
 * correction would be trusted less than the list it came from.
 */

/** The social-list programmes (Dinsos): PKH, BPNT/Sembako, PBI-JK. */
export const SOCIAL_PROGRAMMES = ["PKH", "BPNT", "PBI"] as const satisfies readonly AidProgramme[];
export type SocialProgramme = (typeof SOCIAL_PROGRAMMES)[number];

/** A family list's own id for this household (kode keluarga), and the batch that last wrote it. */
export interface FamilyOrigin {
  listId: string;
  batchId: string;
}

/** One row of a social list as the import reads it (the matcher's MatchSocialRow plus the welfare data). */
export interface SocialRow {
  /** id DTSEN, or the row number when the list has none */
  id: string;
  /** as written; stored only masked */
  nik: string;
  noKk: string;
  name: string;
  /** YYYY-MM-DD or "" */
  birthDate: string;
  rt: number | null;
  rw: number | null;
  alamat: string;
  desil: number | null;
  aid: SocialProgramme[];
}

/** A social-list row linked to a household: what the family page shows and the roster's desil/aid follow. */
export interface SocialLink {
  rowId: string;
  batchId: string;
  desil: number | null;
  aid: SocialProgramme[];
  /** "5371********7123", "" when the row had no NIK */
  nikMasked: string;
  /** auto: linked by the matcher (who and when: the batch's); person: by a person (by, at) */
  how: "auto" | "person";
  by: string;
  /** ISO, "" for automatic links (the batch's time) */
  at: string;
  /** the matcher's score (log2 odds, one decimal), null when a person linked without one */
  score: number | null;
  /** the matcher's evidence codes */
  evidence: string[];
}

/** What a person entered by hand: desil, and each programme ticked (true) or unticked (false). */
export interface HandWelfare {
  desil: number | null;
  aid: Partial<Record<AidProgramme, boolean>>;
}

export interface WelfareDifference {
  field: "desil" | SocialProgramme;
  hand: number | boolean;
  list: number | boolean;
}

export interface HouseholdSources {
  families: FamilyOrigin[];
  social: SocialLink[];
  hand: HandWelfare;
  /** hand values that differ from the linked social-list rows */
  differs: WelfareDifference[];
  /** values a person edited since the record was made, "field" (the household's) or "<memberId>.<field>": an import keeps them */
  handEdited: string[];
  /** values last written by an import (same form); with no entry either way, a record's first values are an import's when its id says so (createdByImport) */
  importEdited: string[];
}

/** The linked rows' welfare: the lowest desil among them (rows of one family should agree) and every programme any row has. */
export function listWelfare(links: readonly SocialLink[]): { desil: number | null; aid: Set<SocialProgramme> } {
  let desil: number | null = null;
  const aid = new Set<SocialProgramme>();
  for (const link of links) {
    if (link.desil !== null && (desil === null || link.desil < desil)) desil = link.desil;
    for (const p of link.aid) aid.add(p);
  }
  return { desil, aid };
}

/** The household's desil and aid (the rule above), and where a hand value differs from the list. */
export function effectiveWelfare(hand: HandWelfare, links: readonly SocialLink[]): { desil: number | null; aid: AidProgramme[]; differs: WelfareDifference[] } {
  const differs: WelfareDifference[] = [];
  if (links.length === 0) return { desil: hand.desil, aid: AID_PROGRAMMES.filter((p) => hand.aid[p] === true), differs };
  const list = listWelfare(links);
  if (hand.desil !== null && list.desil !== null && hand.desil !== list.desil) differs.push({ field: "desil", hand: hand.desil, list: list.desil });
  const aid = AID_PROGRAMMES.filter((p) => {
    const own = hand.aid[p];
    if (!(SOCIAL_PROGRAMMES as readonly string[]).includes(p)) return own === true;
    const listed = list.aid.has(p as SocialProgramme);
    if (own !== undefined && own !== listed) differs.push({ field: p as SocialProgramme, hand: own, list: listed });
    return own ?? listed;
  });
  return { desil: hand.desil ?? list.desil, aid, differs };
}

/**
 * Records an import created carry ids that start with "_" (households, members; register entries an
 * import wrote too): their first values are the list's, so a later version of the list may update
 * them. Ids the app makes are base-36 letters and digits and never start with it.
 */
export const IMPORTED_ID_MARK = "_";

export function createdByImport(id: string): boolean {
  return id.startsWith(IMPORTED_ID_MARK);
}

/** True when at least one social-list row is linked to the household. */
export function onSocialList(h: { sources?: HouseholdSources | undefined }): boolean {
  return (h.sources?.social.length ?? 0) > 0;
}

/**
 * A list id as a key part: the id itself when it is short and plain ([A-Za-z0-9-], as "PK-18746"
 * and "DT-00001" are), else "_" and a hash (ids with spaces or slashes; "_" never starts a plain one).
 */
export function listKeyOf(listId: string): string {
  return /^[A-Za-z0-9-]{1,24}$/.test(listId) ? listId : `_${stableHash(listId).slice(0, 16)}`;
}
