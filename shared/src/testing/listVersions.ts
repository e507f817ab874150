/**
 * A newer version of a family list, made from an older one with a seeded PRNG, for
 * testing family-against-family matching (a new list version, a list against the
 * roster). What changes between two versions of a real list: rows reordered and given
 * new ids, some families gone and some new, names retyped (capitals, titles, Muh. for
 * Muhammad, old spelling, a dropped middle name, a typo), a NIK mistyped or missing, a
 * No. KK re-issued, a family moved one RT, the address written another way.
 */
import type { MatchFamily, MatchPerson } from "../rules/matching/types.ts";
import { Prng } from "./prng.ts";

export interface ListVersion {
  families: MatchFamily[];
  /** (old id, new id) of every family on both versions */
  truth: Array<[string, string]>;
}

export interface ListVersionOptions {
  /** share of old families dropped (default 0.05) */
  dropped?: number;
  /** share of new families added, relative to the old list (default 0.05) */
  added?: number;
}

function retypeName(name: string, rng: Prng): string {
  const words = name.split(" ").filter((w) => w !== "");
  const roll = rng.next();
  if (roll < 0.15) return name.toUpperCase();
  if (roll < 0.25 && words.length >= 3) return [words[0], ...words.slice(2)].join(" ");
  if (roll < 0.32) return `H. ${name}`;
  if (roll < 0.38) return name.replace(/^Muhammad /, "Muh. ").replace(/^Joko/, "Djoko").replace(/^Sukarno/, "Soekarno");
  if (roll < 0.45) {
    const w = rng.int(0, words.length - 1);
    const word = words[w] ?? "";
    if (word.length >= 5) {
      const at = rng.int(1, word.length - 2);
      words[w] = word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2);
    }
    return words.join(" ");
  }
  if (roll < 0.5) return `${name}  `.replace(" ", "  ");
  return name;
}

function retypeNik(nik: string, rng: Prng): string {
  const roll = rng.next();
  if (nik === "" || roll > 0.1) return nik;
  if (roll < 0.04) return "";
  const at = rng.int(6, 15);
  const digit = String((Number(nik[at]) + rng.int(1, 9)) % 10);
  return nik.slice(0, at) + digit + nik.slice(at + 1);
}

function retypeAddress(alamat: string, rng: Prng): string {
  const roll = rng.next();
  if (roll < 0.25) return alamat.replace(/^Jl\. /, "Jalan ");
  if (roll < 0.4) return alamat.toUpperCase().replace(/^JL\. /, "JLN. ");
  if (roll < 0.5) return alamat.replace(/ No\. \d+\w*$/, "");
  return alamat;
}

export function newListVersion(old: readonly MatchFamily[], seed: number, options: ListVersionOptions = {}): ListVersion {
  const rng = new Prng(seed);
  const dropped = options.dropped ?? 0.05;
  const added = options.added ?? 0.05;
  const families: MatchFamily[] = [];
  const truth: Array<[string, string]> = [];
  let serial = 0;
  const nextId = () => `KK-V2-${String(serial++).padStart(5, "0")}`;

  for (const family of old) {
    if (rng.next() < dropped) continue;
    const id = nextId();
    const people: MatchPerson[] = family.people.map((p) => ({ ...p, name: retypeName(p.name, rng), nik: retypeNik(p.nik, rng) }));
    const reissued = rng.next() < 0.08 && family.noKk.length === 16;
    const moved = rng.next() < 0.05 && family.rt !== null;
    families.push({
      ...family,
      id,
      people,
      noKk: reissued ? family.noKk.slice(0, 12) + String(rng.int(1000, 9999)) : family.noKk,
      rt: moved && family.rt !== null ? family.rt + (family.rt > 1 && rng.next() < 0.5 ? -1 : 1) : family.rt,
      alamat: retypeAddress(family.alamat, rng),
    });
    truth.push([family.id, id]);
  }
  // new families: people of other families recombined, numbers of their own
  const count = Math.round(old.length * added);
  for (let i = 0; i < count && old.length > 1; i++) {
    const head = old[rng.int(0, old.length - 1)];
    const other = old[rng.int(0, old.length - 1)];
    if (!head || !other) continue;
    const headPerson = head.people[0];
    const wife = other.people[1];
    const people: MatchPerson[] = [];
    if (headPerson) people.push({ ...headPerson, nik: newNumber(headPerson.nik, rng), name: `${headPerson.name.split(" ")[0] ?? ""} ${(other.people[0]?.name ?? "").split(" ").pop() ?? ""}` });
    if (wife) people.push({ ...wife, nik: newNumber(wife.nik, rng) });
    families.push({ ...other, id: nextId(), noKk: newNumber(other.noKk, rng), people, alamat: other.alamat.replace(/\d+$/, String(rng.int(200, 400))) });
  }
  return { families: rng.shuffle(families), truth };
}

function newNumber(digits: string, rng: Prng): string {
  if (digits.length !== 16) return "";
  return digits.slice(0, 6) + digits.slice(6, 12) + String(rng.int(1000, 9999));
}
