import type { DirectoryMember } from "@shared/model/directory.ts";

/**
 * "Who visited" is one text (Visit.visitor): the names of the TPK team that went, ", " between them
 * (a TPK is a bidan, a kader PKK and a kader KB; any of them may go).
 */
export function splitVisitors(visitor: string): string[] {
  return visitor.split(",").map((n) => n.trim()).filter((n) => n !== "");
}

/** The names as one text, each once (compared without case), in the order given. */
export function joinVisitors(names: readonly string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const key = name.toLowerCase();
    if (name === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out.join(", ");
}

/**
 * The names a kader taps instead of typing: this device's own name first, then the pokja/TPK members of
 * the member directory (role kader, access not revoked), by name.
 */
export function visitorChoices(directory: ReadonlyArray<Pick<DirectoryMember, "name" | "role" | "revokedAt">>, own: string): string[] {
  const names = directory
    .filter((m) => m.role === "kader" && !m.revokedAt)
    .map((m) => m.name.trim())
    .sort((a, b) => a.localeCompare(b, "id"));
  return splitVisitors(joinVisitors([own, ...names]));
}

/** True when one of the visit's names is `name` (without case): "Kunjungan saya" of that person. */
export function visitedBy(visitor: string, name: string): boolean {
  const wanted = name.trim().toLowerCase();
  return wanted !== "" && splitVisitors(visitor).some((n) => n.toLowerCase() === wanted);
}
