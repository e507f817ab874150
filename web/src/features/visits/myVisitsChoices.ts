/**
 * What a kader chose on "Kunjungan saya", kept on this device (not personal data: a scope and a number)
 * so the list opens the way she left it.
 */
export interface MyVisitsChoices {
  scope: "all" | "mine";
  /** KRS families not visited for this many days are due */
  krsDays: number;
}

const KEY = "rembuk:my-visits";
export const DEFAULT_CHOICES: MyVisitsChoices = { scope: "all", krsDays: 30 };

/** A number of days a person may choose: 1 to 366, whole. */
export function validDays(value: unknown): number | null {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 366 ? n : null;
}

export function loadChoices(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): MyVisitsChoices {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? "null") as Partial<MyVisitsChoices> | null;
    return { scope: raw?.scope === "mine" ? "mine" : "all", krsDays: validDays(raw?.krsDays) ?? DEFAULT_CHOICES.krsDays };
  } catch {
    return DEFAULT_CHOICES;
  }
}

export function saveChoices(choices: MyVisitsChoices, storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(choices));
  } catch {
    // a full or blocked storage only forgets the choice
  }
}
