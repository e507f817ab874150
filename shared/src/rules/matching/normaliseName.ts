/**
 * Names as Indonesian registers write them, folded to comparable tokens.
 *
 * What a register name carries (Permendagri 73/2022 and practice before it):
 * - titles and degrees may be written on the KK and KTP ("H.", "Hj.", "Drs.", "Ir.",
 *   "S.Pd.", "A.Md."), never on a birth certificate: the same person appears with and
 *   without them. Honorifics ("Ny.", "Ibu", "Bpk.") creep in on lists typed by hand.
 * - no family name for most people: Javanese mononyms ("Soekarno"), two or three given
 *   names of which any may be dropped, in any order on a hand-typed list.
 * - a married woman keeps her own name; she does not take the husband's name, but a
 *   list may write her as "Ny. <husband's name>". In NTT (Timor, Rote, Sabu) the fam
 *   (family name) is written last and a wife may carry her husband's fam, her own, or
 *   both ("Nope-Salukh"). Batak women write "br." / "boru" before their own marga.
 * - Muslim patronymics "bin" / "binti" + father's name, often left off.
 * - Balinese names: "I" (male) / "Ni" (female), a birth-order name (Wayan, Putu, Gede,
 *   Luh; Made, Kadek, Nengah; Nyoman, Komang; Ketut) and the personal name; the
 *   birth-order name is often dropped, and abbreviated (Wyn., Nym., Gst., Ngr.).
 * - "Muhammad" in twenty spellings and abbreviations (Moh., Muh., Mochammad, M.),
 *   "Siti" as "St.", "Abdul" as "Abd." (Permendagri 73/2022 forbids abbreviating
 *   Muhammad to Muh or Abdul to Abd for new records: older records keep them).
 * - old spelling (Van Ophuijsen, Soewandi) survives in names: oe/u, dj/j, tj/c, j/y,
 *   nj/ny, sj/sy, ch/kh; and y/i, doubled letters, aspirated h vary freely.
 *
 * So a name becomes tokens: titles, honorifics and particles removed, the patronym
 * kept apart, spelling folded by foldToken, Muhammad/Siti/Abdul variants made one.
 * Tokens that are often dropped (birth-order names, Muhammad, Siti) are marked
 * optional for the comparison (nameCompare.ts).
 */

export interface NormalisedName {
  /** folded tokens in written order, without titles, honorifics or the patronym */
  tokens: string[];
  /** the folded tokens after "bin" / "binti" (the father's name), apart */
  patronym: string[];
  /** written as "Ny." / "Nyonya": the rest may be the husband's name */
  nyonya: boolean;
}

/** Titles and honorifics that stand before a name (written with or without dots). */
const PREFIX_TITLES = new Set([
  "h", "hj", "haji", "hajah", "hajjah", "kh", "kyai", "kiai", "ust", "ustad", "ustadz", "ustaz", "ustadzah", "ustazah",
  "drs", "dra", "dr", "drg", "ir", "prof", "pdt", "pendeta", "pastor", "rm", "romo", "sr", "suster", "bruder",
  "ny", "nyonya", "nyny", "ibu", "bu", "bpk", "bapak", "pak", "tn", "tuan", "nn", "nona", "sdr", "sdri", "saudara", "saudari",
  "alm", "almh", "almarhum", "almarhumah", "raden", "rr", "ra", "kanjeng",
]);
const NYONYA = new Set(["ny", "nyonya", "nyny"]);

/** Academic and professional degrees (written after the name, often after a comma), dots removed. */
const DEGREES = new Set([
  "spd", "spdi", "spdsd", "se", "sh", "shi", "sag", "sos", "ssos", "sip", "skom", "st", "sth", "sp", "ssi", "skm", "skep", "sked",
  "sfarm", "spsi", "shut", "spt", "sap", "sstp", "sst", "sgz", "ssit", "sikom", "sak", "sei", "samd", "sm", "ma", "mm", "mpd",
  "msi", "mh", "mkes", "me", "mt", "mag", "mkom", "mba", "phd", "amd", "amdkeb", "amdkep", "amdkom", "ama", "amk", "ampd",
  "bsc", "ba", "bba", "sarjana", "ners", "apt", "dll",
]);

/** Particles that say only the sex or lineage: Balinese "I"/"Ni", Batak "br."/"boru". */
const PARTICLES = new Set(["i", "ni", "br", "boru", "bru"]);
const PATRONYM_MARKERS = new Set(["bin", "binti", "bt", "bte", "ibnu", "ibn"]);

/**
 * Old and free spellings folded to one form: oe->u, dj->j, tj->c, sj->sy, nj->ny (EYD
 * 1972), then j->y (old j was y: "Jusuf"), ch->k before r/l ("Christina"), ch/kh->h
 * ("Achmad", "Khadijah"), sy->s before a vowel, th->t, ph->f, dh->d, q->k, v->f, c->k ("Cornelis"),
 * x->ks, y->i, doubled letters once, a final h after a vowel dropped ("Fatimah").
 * Lossy on purpose: it maps variants together, never apart.
 */
function foldSpelling(token: string): string {
  let t = token;
  t = t.replace(/oe/g, "u").replace(/dj/g, "j").replace(/tj/g, "c").replace(/sj/g, "sy").replace(/nj/g, "ny");
  t = t.replace(/j/g, "y");
  t = t.replace(/ch(?=[rl])/g, "k").replace(/ch/g, "h").replace(/kh/g, "h");
  t = t.replace(/sy(?=[aiueo])/g, "s").replace(/th/g, "t").replace(/ph/g, "f").replace(/dh/g, "d");
  t = t.replace(/q/g, "k").replace(/v/g, "f").replace(/c/g, "k").replace(/x/g, "ks").replace(/y/g, "i");
  t = t.replace(/(.)\1+/g, "$1");
  if (t.length > 3) t = t.replace(/([aiueo])h$/, "$1");
  return t;
}

/** Variants of one name made one token (written as registers write them; folded below). */
const ALIAS_LIST: Array<[string, string[]]> = [
  // Muhammad: spellings that folding does not already join, and the abbreviations registers use
  ["muhammad", ["mohammad", "muhammed", "mohammed", "muhamat", "mohamat", "mohd", "muhd", "mhd", "moh", "muh", "moch", "much", "mochd"]],
  ["ahmad", ["ahmat", "ahmed", "achmat"]],
  ["abdul", ["abd", "abdl"]],
  ["siti", ["st"]],
  // Balinese abbreviations
  ["wayan", ["wyn"]],
  ["nyoman", ["nym"]],
  ["ketut", ["ktt", "kt"]],
  ["gusti", ["gst"]],
  ["ngurah", ["ngr"]],
];
const ALIASES = new Map<string, string>(
  ALIAS_LIST.flatMap(([target, variants]) => variants.map((v): [string, string] => [foldSpelling(v), foldSpelling(target)])),
);

const folds = new Map<string, string>();

/** A token folded (foldSpelling) and its variants made one (ALIAS_LIST); remembered, names repeat. */
export function foldToken(token: string): string {
  let result = folds.get(token);
  if (result === undefined) {
    const folded = foldSpelling(token);
    result = ALIASES.get(folded) ?? folded;
    if (folds.size > 200_000) folds.clear();
    folds.set(token, result);
  }
  return result;
}

/** Balinese birth-order names (folded): present on one side only, they say little (see nameCompare). */
export const BIRTH_ORDER_NAMES = new Set(
  ["wayan", "putu", "gede", "luh", "made", "kadek", "nengah", "nyoman", "komang", "ketut"].map(foldToken),
);

/** Tokens often left out of one list's copy of a name: birth-order names, Muhammad, Siti. */
const OPTIONAL = new Set([...BIRTH_ORDER_NAMES, foldToken("muhammad"), foldToken("siti")]);

export function isOptionalToken(token: string): boolean {
  return OPTIONAL.has(token);
}

const stripMarks = (text: string): string => text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");

/** "YusufNasrullah" -> "Yusuf Nasrullah": a capital inside a word starts a new one (not in all-caps words). */
function splitCamelCase(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, "$1 $2");
}

/** A token of dots and letters that is a title or degree once its dots are gone ("S.Pd.", "A.Md.Keb"). */
const bare = (token: string): string => token.replace(/\./g, "");

/** Raw words: split on spaces and punctuation, dots kept (they tell "M." an initial, "S.Pd." a degree). */
function rawWords(text: string): string[] {
  return text
    .replace(/['\u2018\u2019`\u00b4]/g, "")
    .split(/[^a-z0-9.]+/)
    .filter((w) => w.replace(/\./g, "") !== "");
}

/** After a comma come degrees ("Budi Siregar, S.E., M.Si."): dropped when every word there is one. */
function dropDegreeTail(text: string): string {
  const comma = text.indexOf(",");
  if (comma < 0) return text;
  const tail = rawWords(text.slice(comma + 1));
  const allDegrees = tail.every((w) => DEGREES.has(bare(w)) || /^[a-z]{1,4}\.([a-z]{1,5}\.?)+$/.test(w));
  return allDegrees ? text.slice(0, comma) : text.replace(/,/g, " ");
}

/** "m.yusuf" -> "m.", "yusuf"; "s.pd." stays whole (a degree). */
function splitGluedInitials(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const b = bare(w);
    if (w.includes(".") && !DEGREES.has(b) && !PREFIX_TITLES.has(b) && /\.[a-z]{2,}/.test(w)) {
      for (const part of w.split(".")) if (part !== "") out.push(part);
    } else out.push(w);
  }
  return out;
}

export function normaliseName(raw: string): NormalisedName {
  const text = dropDegreeTail(stripMarks(splitCamelCase(raw.trim())).toLowerCase());
  let words = splitGluedInitials(rawWords(text));
  let nyonya = false;

  // titles and honorifics at the front; a lone title is kept (it may be all there is)
  while (words.length > 1 && PREFIX_TITLES.has(bare(words[0] ?? ""))) {
    if (NYONYA.has(bare(words[0] ?? ""))) nyonya = true;
    words = words.slice(1);
  }
  // degrees at the end, and dotted degrees anywhere ("Budi S.Pd Siregar")
  while (words.length > 1 && DEGREES.has(bare(words[words.length - 1] ?? ""))) words = words.slice(0, -1);
  words = words.filter((w, i) => i === 0 || !(w.includes(".") && DEGREES.has(bare(w)) && bare(w).length > 1));

  const tokens: string[] = [];
  const patronym: string[] = [];
  let inPatronym = false;
  for (let i = 0; i < words.length; i++) {
    const w = bare(words[i] ?? "");
    if (w === "" || /^\d+$/.test(w)) continue;
    if (PATRONYM_MARKERS.has(w) && tokens.length > 0 && i < words.length - 1) {
      inPatronym = true;
      continue;
    }
    // Balinese I/Ni and Batak br./boru say the sex or lineage, not the person
    if (PARTICLES.has(w) && i < words.length - 1 && (w !== "i" || i === 0)) continue;
    (inPatronym ? patronym : tokens).push(foldToken(w));
  }
  if (tokens.length === 0 && patronym.length > 0) return { tokens: patronym, patronym: [], nyonya };
  return { tokens, patronym, nyonya };
}

/** The name as shown in evidence: trimmed, single spaces (the raw text, not the folded tokens). */
export function displayName(raw: string): string {
  return raw.trim().replace(/\s+/g, " ");
}
