import type { DocKind } from "./documents.ts";

/**
 * Roles of PRODUCT.md. `kader` stands for every pokja/TPK member (bidan, kader
 * PKK, kader KB); `opd` is an agency liaison and carries the agency code.
 * `district` is a kecamatan, Dinas P2KB, Bappeda or TPPS reader (issue 16): its token carries a kode
 * wilayah prefix instead of a workspace, it opens no village document, and reads only the monthly
 * reports of the villages registered under its prefix (relay/PROTOCOL.md).
 */
export const VILLAGE_ROLES = ["lurah", "kader", "opd", "viewer"] as const;
export const ROLES = [...VILLAGE_ROLES, "district"] as const;
export type Role = (typeof ROLES)[number];
export type VillageRole = (typeof VILLAGE_ROLES)[number];

export function isVillageRole(value: string): value is VillageRole {
  return (VILLAGE_ROLES as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export type Access = "none" | "read" | "write";

/** PRODUCT.md's role table. The relay enforces it; the UI only mirrors it. */
const ACCESS: Record<DocKind, Record<Role, Access>> = {
  // a district reads aggregates only (the reports villages send), never a village's documents
  roster: { lurah: "write", kader: "write", opd: "none", viewer: "none", district: "none" },
  board: { lurah: "write", kader: "write", opd: "write", viewer: "read", district: "none" },
  minutes: { lurah: "write", kader: "write", opd: "read", viewer: "read", district: "none" },
  meta: { lurah: "write", kader: "read", opd: "read", viewer: "read", district: "none" },
  // the pokja's internal meeting notes: as the roster, never on an OPD's or a pemantau's device
  internal: { lurah: "write", kader: "write", opd: "none", viewer: "none", district: "none" },
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

/**
 * Who mints and revokes invite links: the lurah (Punggawa) for the village's roles, a district user for
 * its own staff (role district, the same or a narrower kode wilayah prefix).
 */
export function canManageInvites(role: Role): boolean {
  return role === "lurah" || role === "district";
}

/** The roles an inviter may hand out: a lurah never mints a district token, a district only district ones. */
export function invitableRoles(role: Role): readonly Role[] {
  if (role === "lurah") return VILLAGE_ROLES;
  if (role === "district") return ["district"];
  return [];
}

/**
 * The longest an invite minted in the app (by a lurah or a district user) may live, per role (issue 17,
 * item 13). A lurah token writes everything and mints invites: 90 days, and another lurah or the relay
 * operator renews it. A pemantau is often someone passing through (a supervisor, an auditor): 90 days. An
 * OPD liaison changes with the agency's rotations: 180 days, as a district user. A kader's phone is in the
 * field, offline for weeks, and a lapsed link means a trip to the lurah: a year. The relay operator
 * (`npm run token`) may mint up to MAX_OPERATOR_DAYS for any role.
 */
export const MAX_INVITE_DAYS: Record<Role, number> = { lurah: 90, kader: 365, opd: 180, viewer: 90, district: 180 };
export const MAX_OPERATOR_DAYS = 365;
export const DEFAULT_INVITE_DAYS = 30;

/** Only the lurah sends the village's monthly report up (issue 16). */
export function canSendReport(role: Role): boolean {
  return role === "lurah";
}
