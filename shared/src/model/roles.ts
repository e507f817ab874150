import type { DocKind } from "./documents.ts";

/**
 * Roles of PRODUCT.md. `kader` stands for every pokja/TPK member (bidan, kader
 * PKK, kader KB); `opd` is an agency liaison and carries the agency code.
 */
export const ROLES = ["lurah", "kader", "opd", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export type Access = "none" | "read" | "write";

/** PRODUCT.md's role table. The relay enforces it; the UI only mirrors it. */
const ACCESS: Record<DocKind, Record<Role, Access>> = {
  roster: { lurah: "write", kader: "write", opd: "none", viewer: "none" },
  board: { lurah: "write", kader: "write", opd: "write", viewer: "read" },
  minutes: { lurah: "write", kader: "write", opd: "read", viewer: "read" },
  meta: { lurah: "write", kader: "read", opd: "read", viewer: "read" },
  // the pokja's internal meeting notes: as the roster, never on an OPD's or a pemantau's device
  internal: { lurah: "write", kader: "write", opd: "none", viewer: "none" },
};

export function accessOf(role: Role, doc: DocKind): Access {
  return ACCESS[doc][role];
}

export function canRead(role: Role, doc: DocKind): boolean {
  return accessOf(role, doc) !== "none";
}

export function canWrite(role: Role, doc: DocKind): boolean {
  return accessOf(role, doc) === "write";
}

/** Only the lurah (Punggawa) mints and revokes invite links. */
export function canManageInvites(role: Role): boolean {
  return role === "lurah";
}
