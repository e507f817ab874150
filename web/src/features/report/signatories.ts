import type { DirectoryMember } from "@shared/model/directory.ts";

/**
 * Who signs the monthly report (issue 16: "signature block of the lurah and the ketua pokja"), from the member
 * directory the lurah keeps: the lurah is the member whose jabatan says lurah or kepala desa, else the first with
 * the lurah role; the ketua is the member whose jabatan says ketua pokja, else ketua. Unknown: null (the sheet
 * leaves a dotted line to write the name by hand). Revoked members are not in `members`.
 */
export function signatories(members: readonly Pick<DirectoryMember, "name" | "role" | "position">[]): { lurah: string | null; ketua: string | null } {
  const named = members.filter((m) => m.name.trim() !== "");
  const byPosition = (pattern: RegExp) => named.find((m) => pattern.test(m.position))?.name.trim() ?? null;
  const lurah = byPosition(/\b(lurah|kepala desa|kades)\b/i) ?? named.find((m) => m.role === "lurah")?.name.trim() ?? null;
  const ketua = byPosition(/\bketua\s+pokja\b/i) ?? byPosition(/\bketua\b/i);
  return { lurah, ketua };
}
