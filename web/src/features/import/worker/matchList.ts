/**
 * Matching a list against the roster, on the device (issue 15): what the import
 * will write, worked out before anything is written. Pure: the worker runs it,
 * tests run it in Node.
 *
 * Family list: a family an earlier import brought in is found by its list id
 * (kode keluarga); the others are matched by the matcher against the households
 * entered by hand (no list id yet): sure pairs update that household, doubtful
 * ones wait for a person, the rest become new households. Social list: every row
 * against every household; sure pairs are linked, doubtful ones wait, the rest
 * are linked to nobody.
 */
import type { ImportedFamily as ListFamily, ImportedSocialRow } from "@shared/import/index.ts";
import type { Household, FamilyImportInput, ReviewCandidate } from "@shared/model/index.ts";
import type { FamilyReviewInput, SocialImportInput } from "../../../state/imports.ts";
import { diffFamilyList, type FamilyListDiff } from "@shared/rules/familyListDiff.ts";
import { matchFamiliesToFamilies, matchSocialToFamilies, RULE_VERSION, type MatchPair, type MatchProgress } from "@shared/rules/matching/index.ts";
import { toMatchFamily, toMatchSocialRow } from "@shared/import/toMatch.ts";
import { rosterToMatch, toImportedFamily, toSocialRow, type RosterRecord } from "./toRoster.ts";

export interface FamilyImportPlan {
  ruleVersion: string;
  /** what to write: each family with the household it updates (null: by its list id, or new) */
  families: FamilyImportInput[];
  /** families the matcher is unsure of, with their candidate households: a person decides */
  reviews: FamilyReviewInput[];
  diff: FamilyListDiff;
  /** how each family found its household */
  found: { byListId: number; byMatcher: number };
}

export interface SocialImportPlan {
  ruleVersion: string;
  input: SocialImportInput;
}

export interface MatchRun {
  today: string;
  onProgress?: (progress: MatchProgress) => void;
}

function candidatesByOther(pairs: readonly MatchPair[]): Map<string, ReviewCandidate[]> {
  const out = new Map<string, ReviewCandidate[]>();
  for (const p of pairs) {
    if (p.decision !== "review") continue;
    const list = out.get(p.otherId) ?? [];
    list.push({ householdId: p.familyId, score: p.score, evidence: p.evidence });
    out.set(p.otherId, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.score - a.score);
  return out;
}

/** The roster's records as the diff reads them (it reads only the fields a RosterRecord keeps). */
const asHouseholds = (roster: readonly RosterRecord[]) => roster as unknown as readonly Household[];

export function planFamilyImport(roster: readonly RosterRecord[], list: readonly ListFamily[], run: MatchRun): FamilyImportPlan {
  const listed = new Set<string>();
  for (const h of roster) for (const origin of h.sources?.families ?? []) listed.add(origin.listId);
  const byListId = list.filter((f) => listed.has(f.id));
  const rest = list.filter((f) => !listed.has(f.id));
  // only households nobody imported can be a list's family without its id (the others have their own)
  const byHand = roster.filter((h) => (h.sources?.families.length ?? 0) === 0);
  const pairs = byHand.length > 0 && rest.length > 0 ? matchFamiliesToFamilies(byHand.map(rosterToMatch), rest.map(toMatchFamily), { today: run.today }, run.onProgress).pairs : [];
  const sure = new Map(pairs.filter((p) => p.decision === "auto").map((p) => [p.otherId, p.familyId]));
  const doubtful = candidatesByOther(pairs);

  const families: FamilyImportInput[] = [];
  const reviews: FamilyReviewInput[] = [];
  for (const f of list) {
    const candidates = doubtful.get(f.id);
    if (candidates && !sure.has(f.id)) reviews.push({ family: toImportedFamily(f, null), candidates });
    else families.push(toImportedFamily(f, sure.get(f.id) ?? null));
  }
  return { ruleVersion: RULE_VERSION, families, reviews, diff: diffFamilyList(asHouseholds(roster), families), found: { byListId: byListId.length, byMatcher: sure.size } };
}

export function planSocialImport(roster: readonly RosterRecord[], rows: readonly ImportedSocialRow[], run: MatchRun): SocialImportPlan {
  const pairs = roster.length > 0 && rows.length > 0 ? matchSocialToFamilies(roster.map(rosterToMatch), rows.map(toMatchSocialRow), { today: run.today }, run.onProgress).pairs : [];
  const sure = new Map<string, MatchPair>();
  for (const p of pairs) if (p.decision === "auto") sure.set(p.otherId, p);
  const doubtful = candidatesByOther(pairs);
  const input: SocialImportInput = { links: [], reviews: [], unmatched: [], complete: true };
  for (const r of rows) {
    const row = toSocialRow(r);
    const pair = sure.get(r.id);
    const candidates = doubtful.get(r.id);
    if (pair) input.links.push({ householdId: pair.familyId, row, score: pair.score, evidence: pair.evidence.map((e) => e.code) });
    else if (candidates) input.reviews.push({ row, candidates });
    else input.unmatched.push(row);
  }
  return { ruleVersion: RULE_VERSION, input };
}
