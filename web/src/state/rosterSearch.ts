import type { Household } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { parseQuery, type ParsedQuery, type RosterFilter } from "./rosterFilter.ts";
import type { RosterIndex, TermPositions } from "./rosterIndex.ts";

/**
 * True when every household matching `next` also matches `prev`: each of prev's conditions is
 * one of next's. Typing one more letter of a word, adding a word or an RT, or ticking
 * "KRS only" narrows; changing a choice or deleting a letter does not.
 */
export function narrows(next: RosterFilter, nextQ: ParsedQuery, prev: RosterFilter, prevQ: ParsedQuery): boolean {
  // an RT/RW typed or chosen before must still be required, typed or chosen
  const rtKept = (v: number | null) => v === null || v === nextQ.rt || v === next.rt;
  const rwKept = (v: number | null) => v === null || v === nextQ.rw || v === next.rw;
  const kept = <T>(was: T, none: T, now: T) => was === none || was === now;
  return (
    rtKept(prevQ.rt) && rtKept(prev.rt) && rwKept(prevQ.rw) && rwKept(prev.rw) &&
    kept(prev.factor, "", next.factor) && kept(prev.sasaran, "", next.sasaran) && kept(prev.desil, null, next.desil) &&
    kept(prev.aid, "", next.aid) && kept(prev.stunting, "", next.stunting) && (!prev.krsOnly || next.krsOnly) && (!prev.gap || next.gap) &&
    kept(prev.unvisitedIn, "", next.unvisitedIn) &&
    // a text containing the longer word contains the shorter one too
    prevQ.terms.every((was) => nextQ.terms.some((now) => now.includes(was)))
  );
}

function hasCondition(f: RosterFilter, q: ParsedQuery): boolean {
  return q.terms.length > 0 || q.rt !== null || q.rw !== null || f.rt !== null || f.rw !== null || f.factor !== "" || f.sasaran !== "" || f.desil !== null || f.aid !== "" || f.stunting !== "" || f.krsOnly || f.gap || f.unvisitedIn !== "";
}

interface Result {
  f: RosterFilter;
  q: ParsedQuery;
  rows: Int32Array;
  /** where the last word first occurs in each row's text, when the index tracked it */
  positions: TermPositions | null;
}

export interface RosterSearch {
  /** Positions in `index` of the matching households, ascending; null = every household (no condition). */
  run(index: RosterIndex, f: RosterFilter, assess: (h: Household) => HouseholdAssessment, generation: unknown): Int32Array | null;
}

/**
 * Searches with memory of the last few results: a filter that narrows one of them (the
 * next letter typed) is decided over that result's rows only, not the whole roster, and a
 * filter seen again (deleting the letter) is answered from it. Results are forgotten when
 * the index (roster version or order) or the screening generation changes. Exactly equal to
 * a full pass: rosterSearch.test.ts compares both over random typing.
 */
export function makeRosterSearch(keep = 8): RosterSearch {
  let forIndex: RosterIndex | null = null;
  let forGeneration: unknown = undefined;
  let recent: Result[] = [];
  return {
    run(index, f, assess, generation) {
      const q = parseQuery(f.query);
      if (!hasCondition(f, q)) return null;
      if (index !== forIndex || generation !== forGeneration) {
        forIndex = index;
        forGeneration = generation;
        recent = [];
      }
      let base: Result | null = null;
      for (const r of recent) if (narrows(f, q, r.f, r.q) && (base === null || r.rows.length < base.rows.length)) base = r;
      if (base && narrows(base.f, base.q, f, q)) return base.rows; // the same condition again
      // the word being typed is the last one: its places let its next letter be checked in place
      const typing = q.terms.at(-1);
      const track = typing === undefined ? null : { term: typing, from: base?.positions ?? null };
      const { rows, positions } = index.filter(f, q, assess, generation, base?.rows ?? null, track);
      recent = [{ f, q, rows, positions }, ...recent.slice(0, keep - 1)];
      return rows;
    },
  };
}
