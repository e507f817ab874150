/**
 * Addresses as lists write them: "Jl. Sukun No. 17", "JLN. SUKUN NO. 17", "Jalan
 * Sukun 17", "Gg. Melati", "JL Sukun" (no number). The street becomes folded words
 * without the road word (Jl./Jln./Jalan), gang as "gg"; the house number is read
 * after No./Nomor or as a number standing last. RT and RW ("003", "RT 03", 3) become
 * numbers.
 */
import { foldToken } from "./normaliseName.ts";

export interface NormalisedAddress {
  /** folded street words ("sukun", "gg melati"); "" when none */
  street: string;
  /** house number with its letter ("17", "17a"); "" when none */
  number: string;
}

const ROAD_WORDS = new Set(["jl", "jln", "jalan", "jalan raya", "jlraya"]);
const GANG_WORDS = new Set(["gg", "gang"]);
const LORONG_WORDS = new Set(["lr", "lrg", "lorong"]);
const NUMBER_WORDS = new Set(["no", "nomor", "nmr", "nomer"]);
/** Words that end the street part ("Jl. Sukun RT 03 RW 02 Kel. Namosain"). */
const STOP_WORDS = new Set(["rt", "rw", "kel", "kelurahan", "desa", "ds", "kec", "kecamatan", "kab", "kota", "dusun", "dsn"]);

const addresses = new Map<string, NormalisedAddress>();

/** The street and house number of an address as written; remembered, addresses repeat. */
export function normaliseAddress(raw: string): NormalisedAddress {
  let result = addresses.get(raw);
  if (result === undefined) {
    result = readAddress(raw);
    if (addresses.size > 200_000) addresses.clear();
    addresses.set(raw, result);
  }
  return { ...result };
}

function readAddress(raw: string): NormalisedAddress {
  const text = raw.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  // "jl.sukun" and "no.17" glue a word to its dot: split at dots, slashes and commas
  const words = text.split(/[^a-z0-9]+/).filter((w) => w !== "");
  const street: string[] = [];
  let number = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    if (STOP_WORDS.has(w)) break;
    if (NUMBER_WORDS.has(w)) {
      const next = words[i + 1] ?? "";
      if (/^\d+[a-z]?$/.test(next)) number = next.replace(/^0+(?=\d)/, "");
      else if (/^\d+$/.test(next) && /^[a-z]$/.test(words[i + 2] ?? "")) number = next + (words[i + 2] ?? "");
      i++;
      continue;
    }
    if (street.length === 0 && ROAD_WORDS.has(w)) continue;
    if (w === "raya" && street.length === 0) continue;
    if (GANG_WORDS.has(w)) {
      street.push("gg");
      continue;
    }
    if (LORONG_WORDS.has(w)) {
      street.push("lr");
      continue;
    }
    if (/^\d+[a-z]?$/.test(w)) {
      // a number standing last is the house number ("Jalan Sukun 17"); inside, it names the street ("Gg. 3")
      if (i === words.length - 1 && street.length > 0 && number === "") number = w.replace(/^0+(?=\d)/, "");
      else street.push(w);
      continue;
    }
    street.push(foldToken(w));
  }
  return { street: street.join(" "), number };
}

