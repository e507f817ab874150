/** Jenis kelamin: L/P, Laki-laki/Perempuan, LK/PR, Pria/Wanita, M/F, and Dukcapil's codes 1 and 2. */
import type { Cell } from "../types.ts";
import { cellString, isBlank, wordsOf } from "./text.ts";

const MALE = new Set(["l", "lk", "laki", "laki laki", "lakilaki", "pria", "m", "male", "1", "cowok", "l laki laki"]);
const FEMALE = new Set(["p", "pr", "pr perempuan", "perempuan", "wanita", "w", "f", "female", "2", "cewek", "p perempuan"]);

export interface SexReading {
  sex: "M" | "F" | "";
  unknown: boolean;
  written: string;
}

export function readSex(cell: Cell): SexReading {
  const written = cellString(cell);
  if (isBlank(cell)) return { sex: "", unknown: false, written };
  const words = wordsOf(written);
  if (MALE.has(words)) return { sex: "M", unknown: false, written };
  if (FEMALE.has(words)) return { sex: "F", unknown: false, written };
  return { sex: "", unknown: true, written };
}
