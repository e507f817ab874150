/**
 * Finds families' names and NIKs typed into text that OPD liaisons and pemantau read (the
 * minutes' notes), so the note-taker can be warned (issue 14, item 15). The pokja's device
 * holds the roster: the index is built from it once, and a check is one pass over the text
 * with a hash lookup per word, so it can run after every pause in typing.
 *
 * What counts as a mention:
 * - two words in a row that are two words of one person's name, in the name's order
 *   (consecutive words, or the first and the last: "Fransiskus Lake" of "Fransiskus Xaverius Lake");
 * - a one-word name (common in Java: "Suharti") written with a capital letter: lower case is
 *   far more often an ordinary word ("indah", "budi");
 * - any 16-digit number (a NIK or a No. KK, whether or not it is in the roster), spaces allowed
 *   between groups of digits; `known` says whether it is one of the roster's NIKs.
 * Words of one letter ("M." of "M. Yusuf") are left out of names; matching ignores case and
 * punctuation. People who may be named (`except`: the pokja's members, the meeting's attendees,
 * who are villagers too and often in the roster) are not mentions.
 */
export interface PersonName {
  name: string;
  nik?: string;
}

export interface MentionIndex {
  /** "word word" pairs of multi-word names */
  pairs: Set<string>;
  /** names of exactly one word */
  singles: Set<string>;
  niks: Set<string>;
}

export type Mention = { kind: "name"; text: string } | { kind: "nik"; text: string; known: boolean };

const WORD = /[\p{L}][\p{L}'’]*/gu;
const SIXTEEN_DIGITS = /(?<!\d)\d(?:[ .-]?\d){15}(?!\d)/g;
const MIN_SINGLE_LENGTH = 3;

const normalise = (word: string) => word.toLocaleLowerCase("id").replace(/['’]/g, "");

function nameWords(name: string): string[] {
  return [...name.matchAll(WORD)].map((m) => normalise(m[0])).filter((w) => w.length >= 2);
}

export function buildMentionIndex(people: Iterable<PersonName>): MentionIndex {
  const index: MentionIndex = { pairs: new Set(), singles: new Set(), niks: new Set() };
  for (const person of people) {
    const words = nameWords(person.name);
    if (words.length === 1 && words[0]!.length >= MIN_SINGLE_LENGTH) index.singles.add(words[0]!);
    for (let i = 0; i + 1 < words.length; i++) index.pairs.add(`${words[i]} ${words[i + 1]}`);
    if (words.length > 2) index.pairs.add(`${words[0]} ${words[words.length - 1]}`);
    const nik = person.nik?.replace(/\D/g, "") ?? "";
    if (nik.length === 16) index.niks.add(nik);
  }
  return index;
}

const isCapital = (word: string) => {
  const first = word[0] ?? "";
  return first !== first.toLocaleLowerCase("id");
};

/** Every distinct mention in `text`, in the order they first appear. */
export function findMentions(index: MentionIndex, text: string, except?: MentionIndex): Mention[] {
  const found: Array<{ at: number; key: string; mention: Mention }> = [];
  for (const m of text.matchAll(SIXTEEN_DIGITS)) {
    const digits = m[0].replace(/\D/g, "");
    found.push({ at: m.index, key: `nik:${digits}`, mention: { kind: "nik", text: m[0], known: index.niks.has(digits) } });
  }
  const words = [...text.matchAll(WORD)].map((m) => ({ raw: m[0], norm: normalise(m[0]), at: m.index, end: m.index + m[0].length }));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (next && index.pairs.has(`${word.norm} ${next.norm}`)) {
      found.push({ at: word.at, key: `name:${word.norm} ${next.norm}`, mention: { kind: "name", text: text.slice(word.at, next.end) } });
      i++;
      continue;
    }
    if (index.singles.has(word.norm) && isCapital(word.raw)) {
      found.push({ at: word.at, key: `name:${word.norm}`, mention: { kind: "name", text: word.raw } });
    }
  }
  const seen = new Set<string>();
  const excepted = (f: (typeof found)[number]) => except !== undefined && f.mention.kind === "name" && findMentions(except, f.mention.text).length > 0;
  return found
    .sort((a, b) => a.at - b.at)
    .filter((f) => (seen.has(f.key) || excepted(f) ? false : (seen.add(f.key), true)))
    .map((f) => f.mention);
}
