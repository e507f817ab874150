import { AID_PROGRAMMES, type Household } from "@shared/model/index.ts";
import { dayNumber, FACTOR_KEYS, GAP_PROGRAMMES, monthDays, visitedInMonth, WELFARE_BANDS, welfareBand, type HouseholdAssessment } from "@shared/rules/index.ts";
import { matchesFilter, needsScreening, type ParsedQuery, type RosterFilter, type SasaranKey } from "./rosterFilter.ts";
import { addPairBits, PAIR_WORDS, prepareTerms, searchEntry } from "./searchBits.ts";

const SASARAN_KEYS: readonly SasaranKey[] = ["pus", "pusHamil", "baduta", "balita"];
const STUNTING_CODE = { "": 0, any: 0, pendek: 1, "sangat pendek": 2 } as const;
const KRS_BIT = 1 << FACTOR_KEYS.length;
// the irisan's welfare bands (rules/irisan.ts) as 1, 2, 3, and its targeting gap's programmes as aid bits
const BAND_CODE = (desil: number | null): number => WELFARE_BANDS.indexOf(welfareBand(desil)) + 1;
const GAP_AID_BITS = GAP_PROGRAMMES.reduce((bits, p) => bits | (1 << AID_PROGRAMMES.indexOf(p)), 0);
const POOR_BAND = WELFARE_BANDS.indexOf("desil1_4") + 1;

/**
 * Where one query word first occurs in each matching household's search text, parallel to
 * the result's rows. The word typed one letter longer occurs first at or after that place, so
 * the next key compares the new letter there instead of searching every text again: a NIK
 * typed digit by digit matches nearly every family of the kelurahan (they share its region
 * code), which is a full substring search per family per key without this.
 */
export interface TermPositions {
  term: string;
  at: Int32Array;
}

export interface FilterResult {
  rows: Int32Array;
  /** the positions of the tracked word in `rows`' texts; null when none was tracked */
  positions: TermPositions | null;
}

/**
 * The roster's search and filter fields as parallel arrays, one slot per household in the
 * given order (the table's sorted rows), so a keystroke is one tight loop over numbers and
 * cached strings: no closure, object or screening lookup per family per key.
 *
 * Built once per roster version and lazily, in two resumable parts: the search part
 * (text, RT/RW, desil, aid) and the screening part (KRS, factors, sasaran, stunting), which
 * is valid for one assessor generation (the screening thresholds in force). `fill*` take a
 * `shouldYield` so idle time can build them a slice at a time; a filter finishes whatever is
 * left first. Null RT/RW/desil are NaN, which compares unequal to every number, as null does.
 */
export class RosterIndex {
  private readonly texts: string[];
  /** the texts' charBits */
  private readonly textBits: Uint32Array;
  /** the texts' pair bits, PAIR_WORDS per household */
  private readonly pairBits: Int32Array;
  private readonly rt: Float64Array;
  private readonly rw: Float64Array;
  private readonly desil: Float64Array;
  private readonly aid: Uint8Array;
  /** the welfare band, 1-3 (BAND_CODE) */
  private readonly band: Uint8Array;
  /** the day (dayNumber) of the family's latest TPK visit, NaN when never visited */
  private readonly lastVisit: Float64Array;
  private searchFilled = 0;
  /** bits 0..6: FACTOR_KEYS; bit 7: KRS */
  private readonly risk: Uint16Array;
  private readonly sasaran: Uint8Array;
  private readonly stunting: Uint8Array;
  private screeningFilled = 0;
  private screeningGeneration: unknown = undefined;
  private scratch: Int32Array | null = null;
  private scratchAt: Int32Array | null = null;

  constructor(readonly households: readonly Household[]) {
    const n = households.length;
    this.texts = new Array<string>(n);
    this.textBits = new Uint32Array(n);
    this.pairBits = new Int32Array(n * PAIR_WORDS);
    this.rt = new Float64Array(n);
    this.rw = new Float64Array(n);
    this.desil = new Float64Array(n);
    this.aid = new Uint8Array(n);
    this.band = new Uint8Array(n);
    this.lastVisit = new Float64Array(n);
    this.risk = new Uint16Array(n);
    this.sasaran = new Uint8Array(n);
    this.stunting = new Uint8Array(n);
  }

  get size(): number {
    return this.households.length;
  }

  /** Builds the search part; true when complete. */
  fillSearch(shouldYield: () => boolean = () => false): boolean {
    const { households, texts, textBits, pairBits, rt, rw, desil, aid, band, lastVisit } = this;
    let i = this.searchFilled;
    for (; i < households.length; i++) {
      if ((i & 31) === 0 && i > this.searchFilled && shouldYield()) break;
      const h = households[i]!;
      const entry = searchEntry(h);
      texts[i] = entry.text;
      textBits[i] = entry.bits;
      // not cached per record like the text: 23 words per family would cost more heap than they save time
      addPairBits(entry.text, pairBits, i * PAIR_WORDS);
      rt[i] = h.rt ?? NaN;
      rw[i] = h.rw ?? NaN;
      desil[i] = h.desil ?? NaN;
      let aidBits = 0;
      for (let b = 0; b < AID_PROGRAMMES.length; b++) if (h.aid.includes(AID_PROGRAMMES[b]!)) aidBits |= 1 << b;
      aid[i] = aidBits;
      band[i] = BAND_CODE(h.desil);
      lastVisit[i] = latestVisitDay(h);
    }
    this.searchFilled = i;
    return i === households.length;
  }

  /** Builds the screening part for this generation of `assess`; true when complete. */
  fillScreening(assess: (h: Household) => HouseholdAssessment, generation: unknown, shouldYield: () => boolean = () => false): boolean {
    if (generation !== this.screeningGeneration) {
      this.screeningGeneration = generation;
      this.screeningFilled = 0;
    }
    const { households, risk, sasaran, stunting } = this;
    let i = this.screeningFilled;
    for (; i < households.length; i++) {
      if ((i & 7) === 0 && i > this.screeningFilled && shouldYield()) break;
      const a = assess(households[i]!);
      let bits = a.screening.isKrs ? KRS_BIT : 0;
      for (const factor of a.screening.factors) bits |= 1 << FACTOR_KEYS.indexOf(factor);
      risk[i] = bits;
      let s = 0;
      for (let b = 0; b < SASARAN_KEYS.length; b++) if (a.screening.sasaran[SASARAN_KEYS[b]!]) s |= 1 << b;
      sasaran[i] = s;
      stunting[i] = a.stunting === null ? 0 : STUNTING_CODE[a.stunting];
    }
    this.screeningFilled = i;
    return i === households.length;
  }

  /**
   * Positions (ascending) of the households matching `f`, exactly as matchesFilter decides.
   * `within`: an ascending subset known to contain every match (an earlier, looser result).
   * `track`: a word of the query whose first place in each matching text is wanted (the word
   * being typed), and `from`, where a word it starts with first occurs in each of `within`'s
   * texts (parallel to `within`), or null to search from the start.
   */
  filter(f: RosterFilter, q: ParsedQuery, assess: (h: Household) => HouseholdAssessment, generation: unknown, within: Int32Array | null = null, track: { term: string; from: TermPositions | null } | null = null): FilterResult {
    const aidAt = f.aid === "" ? -1 : AID_PROGRAMMES.indexOf(f.aid);
    const factorAt = f.factor === "" ? -1 : FACTOR_KEYS.indexOf(f.factor);
    const sasaranAt = f.sasaran === "" ? -1 : SASARAN_KEYS.indexOf(f.sasaran);
    // a value the arrays cannot hold (say, from a newer app version's link): decided record by record
    const month = f.unvisitedIn === "" ? null : monthDays(f.unvisitedIn);
    const unknown = (f.aid !== "" && aidAt < 0) || (f.factor !== "" && factorAt < 0) || (f.sasaran !== "" && sasaranAt < 0) || !Object.hasOwn(STUNTING_CODE, f.stunting) || (f.unvisitedIn !== "" && month === null);
    if (unknown) return { rows: this.slowFilter(f, q, assess, within), positions: null };
    const aidBit = aidAt < 0 ? 0 : 1 << aidAt;
    const factorBit = factorAt < 0 ? 0 : 1 << factorAt;
    const sasaranBit = sasaranAt < 0 ? 0 : 1 << sasaranAt;
    this.fillSearch();
    const screened = needsScreening(f);
    if (screened) this.fillScreening(assess, generation);
    const { rt, rw, desil, aid, band, risk, sasaran, stunting, lastVisit, households } = this;
    const { texts, textBits, pairBits } = this;
    const hasTerms = q.terms.length > 0;
    const { need, pairWords, pairMasks, check } = prepareTerms(q.terms);
    // the tracked word is found by position below, not by a search among the others
    const tracked = track !== null && check.includes(track.term) ? track.term : null;
    if (tracked !== null) check.splice(check.indexOf(tracked), 1);
    const given = tracked !== null && within !== null ? (track?.from ?? null) : null;
    const from = tracked !== null && given !== null && tracked.startsWith(given.term) ? given : null;
    const fromAt = from?.at ?? null;
    const fromLength = from?.term.length ?? 0;
    const trackedLength = tracked?.length ?? 0;
    const nPairWords = pairWords.length;
    const nCheck = check.length;
    const qRt = q.rt ?? NaN, qRw = q.rw ?? NaN, fRt = f.rt ?? NaN, fRw = f.rw ?? NaN;
    const hasQRt = q.rt !== null, hasQRw = q.rw !== null, hasFRt = f.rt !== null, hasFRw = f.rw !== null;
    const poor = f.desil === "miskin", desilIs = typeof f.desil === "number" ? f.desil : NaN, hasDesil = typeof f.desil === "number";
    const bandIs = f.desil === "desil5_10" || f.desil === "tanpaDesil" ? WELFARE_BANDS.indexOf(f.desil) + 1 : 0;
    const gap = f.gap;
    // "KRS belum didampingi": a latest visit before the month is no visit in it; one after it (a past month
    // chosen) sends that family to its own visits
    const unvisited = month !== null, monthFirst = month?.first ?? NaN, monthLast = month?.last ?? NaN;
    const riskMask = factorBit | (f.krsOnly ? KRS_BIT : 0);
    const stuntingAny = f.stunting === "any", stuntingIs = f.stunting === "" || f.stunting === "any" ? 0 : STUNTING_CODE[f.stunting];
    const n = within ? within.length : this.size;
    // matches are gathered in one buffer kept for the index's life and copied out at the end:
    // a fresh 20,000-slot array per key would be 80 kB of garbage per keystroke
    this.scratch ??= new Int32Array(this.size);
    const out = this.scratch;
    const outAt = tracked === null ? null : (this.scratchAt ??= new Int32Array(this.size));
    let found = 0;
    let place = -1;
    rows: for (let k = 0; k < n; k++) {
      const i = within ? within[k]! : k;
      if ((hasQRt && rt[i] !== qRt) || (hasQRw && rw[i] !== qRw) || (hasFRt && rt[i] !== fRt) || (hasFRw && rw[i] !== fRw)) continue;
      if (hasTerms) {
        if ((textBits[i]! & need) !== need) continue;
        const at = i * PAIR_WORDS;
        for (let w = 0; w < nPairWords; w++) if ((pairBits[at + pairWords[w]!]! & pairMasks[w]!) !== pairMasks[w]) continue rows;
        const t = texts[i]!;
        for (let j = 0; j < nCheck; j++) if (!t.includes(check[j]!)) continue rows;
        if (tracked !== null) {
          if (fromAt === null) place = t.indexOf(tracked);
          else {
            // `from` is at `place`; the longer word can first be there or only further on
            place = fromAt[k]!;
            for (let c = fromLength; c < trackedLength; c++) {
              if (t.charCodeAt(place + c) !== tracked.charCodeAt(c)) {
                place = t.indexOf(tracked, place + 1);
                break;
              }
            }
          }
          if (place < 0) continue;
        }
      }
      if ((poor && !(desil[i]! <= 4)) || (hasDesil && desil[i] !== desilIs) || (aidBit !== 0 && (aid[i]! & aidBit) === 0)) continue;
      if (bandIs !== 0 && band[i] !== bandIs) continue;
      if (screened) {
        if (gap && ((risk[i]! & KRS_BIT) === 0 || band[i] !== POOR_BAND || (aid[i]! & GAP_AID_BITS) !== 0)) continue;
        if (unvisited && ((risk[i]! & KRS_BIT) === 0 || (lastVisit[i]! >= monthFirst && (lastVisit[i]! <= monthLast || visitedInMonth(households[i]!.visits, f.unvisitedIn))))) continue;
        if ((risk[i]! & riskMask) !== riskMask || (sasaranBit !== 0 && (sasaran[i]! & sasaranBit) === 0)) continue;
        if ((stuntingAny && stunting[i] === 0) || (stuntingIs !== 0 && stunting[i] !== stuntingIs)) continue;
      }
      if (outAt !== null) outAt[found] = place;
      out[found++] = i;
    }
    return { rows: out.slice(0, found), positions: outAt === null ? null : { term: tracked!, at: outAt.slice(0, found) } };
  }

  private slowFilter(f: RosterFilter, q: ParsedQuery, assess: (h: Household) => HouseholdAssessment, within: Int32Array | null): Int32Array {
    const n = within ? within.length : this.size;
    const out: number[] = [];
    for (let k = 0; k < n; k++) {
      const i = within ? within[k]! : k;
      const h = this.households[i]!;
      if (matchesFilter(h, () => assess(h), f, q)) out.push(i);
    }
    return Int32Array.from(out);
  }
}

/** The day of the household's latest visit, NaN when none has a day. */
function latestVisitDay(h: Household): number {
  let latest = NaN;
  const visits = h.visits;
  if (visits) for (let k = 0; k < visits.length; k++) {
    const day = dayNumber(visits[k]!.date);
    if (day > latest || Number.isNaN(latest)) latest = day;
  }
  return latest;
}
