/**
 * The matcher's contract: plain records in, scored pairs out. The import layer
 * (shared/src/import) turns a BKKBN family list, a Dinsos social list or the
 * roster into these records; the matcher never sees file formats or Yjs.
 * DOMAIN.md "Matching": evidence weighed together (Fellegi-Sunter), sure pairs
 * linked, doubtful ones shown to a person with the evidence.
 */

/** One person as a list or the roster carries them. Raw values: the matcher normalises. */
export interface MatchPerson {
  /** as written ("" when absent); may be invalid or Excel-mangled */
  nik: string;
  name: string;
  /** YYYY-MM-DD or "" */
  birthDate: string;
  sex: "M" | "F" | "";
  role: "kepala" | "istri" | "anak" | "lainnya" | "";
}

/** A family: a BKKBN list row, a family grouped from per-person rows, or a roster household. */
export interface MatchFamily {
  /** the list's own id (kode keluarga; the row number when the list has none) or the roster household id */
  id: string;
  /** as written ("" when absent) */
  noKk: string;
  /** head first when known */
  people: MatchPerson[];
  rt: number | null;
  rw: number | null;
  /** street and house number as written ("Jl. Sukun No. 17") */
  alamat: string;
  /** Kemendagri code as written ("53.71.01.1001") or "" */
  kodeWilayah: string;
}

/** A row of the social list: one registered person (DTKS/DTSEN). */
export interface MatchSocialRow {
  /** id DTSEN, or the row number when the list has none */
  id: string;
  nik: string;
  noKk: string;
  name: string;
  birthDate: string;
  rt: number | null;
  rw: number | null;
  alamat: string;
}

/** auto: linked without a person; review: shown to a person with its evidence. */
export type MatchDecision = "auto" | "review";

/**
 * One piece of evidence, as a message key the UI words in Bahasa ("NIK sama kecuali 1 digit",
 * "nama mirip: Moh. Yusuf ~ Muhammad Yusuf", "RT beda 1", "No. KK lama orang tua") with its values.
 * weight: the log2 Bayes factor it added to the score (negative = against).
 */
export interface MatchEvidence {
  code: string;
  weight: number;
  values?: Record<string, string | number>;
}

export interface MatchPair {
  familyId: string;
  /** a social-list row id, or (family against family) the other family's id */
  otherId: string;
  /** total match weight (log2 odds); higher = more likely the same family */
  score: number;
  decision: MatchDecision;
  evidence: MatchEvidence[];
}

export interface MatchProgress {
  phase: "normalise" | "block" | "compare" | "estimate" | "assign";
  done: number;
  total: number;
}

// --- Added with the matcher (compatible extension): its options and what it returns. ---

/** Scores are log2 odds that the pair is the same family, after its rivals are weighed. */
export interface MatchOptions {
  /** score from which a pair is linked without a person (default 10: odds 1024:1, p >= 0.999) */
  autoThreshold?: number;
  /** score from which a pair is shown for review; lower pairs are dropped (default -3: p >= 0.11) */
  reviewThreshold?: number;
  /** random pairs drawn to estimate u (default 100,000; all pairs when there are fewer) */
  randomPairs?: number;
  /** seed of those draws (default 1): the same lists and options always give the same result */
  seed?: number;
  /** ISO date that decides the century of a NIK's birth year (default: now; only 29 Feb 1900/2000 depends on it) */
  today?: string;
  /** EM iterations at most (default 200) */
  maxEmIterations?: number;
}

export interface MatchModelLevel {
  level: string;
  /** P(level | same family), fitted by EM */
  m: number;
  /** P(level | different families), from random pairs */
  u: number;
  /** log2(m / u) */
  weight: number;
}

export interface MatchModelSummary {
  ruleVersion: string;
  fields: Array<{ field: string; levels: MatchModelLevel[] }>;
  /** log2 prior odds that a random pair is the same family */
  priorLog2Odds: number;
  /** true pairs expected among the candidates (EM) */
  expectedPairs: number;
  candidatePairs: number;
  randomPairs: number;
  em: { iterations: number; converged: boolean };
  thresholds: { auto: number; review: number };
}

export interface MatchResult {
  ruleVersion: string;
  /** linked and doubtful pairs, best score first */
  pairs: MatchPair[];
  model: MatchModelSummary;
}
