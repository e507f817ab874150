import type { Accessor } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import { buildMentionIndex, findMentions, type Mention, type MentionIndex, type PersonName } from "@shared/rules/index.ts";

export type { Mention };

function* people(households: Household[]): Generator<PersonName> {
  for (const h of households) {
    yield { name: h.kepala };
    for (const m of h.members) yield { name: m.nama, nik: m.nik };
  }
}

/**
 * Finds roster names and NIKs in a text (the minutes OPD read). The index of the roster's names
 * is built on the first check after the roster changed, not on every keystroke: callers check
 * after a pause in typing, and a check is then one pass over the text. `named` are people the
 * minutes may name (the pokja's members, the attendees): villagers too, often in the roster.
 */
export function makeMentionCheck(households: Accessor<Household[]>): (text: string, named: string[]) => Mention[] {
  let indexed: Household[] | null = null;
  let index: MentionIndex | null = null;
  return (text, named) => {
    if (!text.trim()) return [];
    const list = households();
    if (list !== indexed || !index) {
      index = buildMentionIndex(people(list));
      indexed = list;
    }
    return findMentions(index, text, buildMentionIndex(named.map((name) => ({ name }))));
  };
}
