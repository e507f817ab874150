import type { Role } from "./roles.ts";

/**
 * The workspace's member directory (meta document): who belongs to the pokja and
 * in which role. Filled when the lurah creates an invite and editable by the
 * lurah; meetings pick their attendees from it. It is a directory, not an access
 * list: access comes from tokens alone.
 */
export interface DirectoryMember {
  id: string;
  name: string;
  role: Role;
  /** agency code for an OPD liaison, "" otherwise */
  agency: string;
  /** jabatan, e.g. "Ketua Pokja", "Bidan desa"; "" if not given */
  position: string;
  createdAt: string;
  /** the jti of the invite this member joined with, "" when added by hand */
  inviteId: string;
  /** ISO time the lurah's device saw the member's invite revoked, "" while the member has access */
  revokedAt: string;
}

export type DirectoryMemberFields = Pick<DirectoryMember, "name" | "role" | "agency" | "position">;

/** What the relay's invite list says of one invite (relay/PROTOCOL.md, GET /api/invites). */
export interface InviteStanding {
  jti: string;
  name: string | null;
  role: Role;
  state: "active" | "revoked" | "expired";
}

/**
 * Which directory entries lost their access, from the relay's invite list: an entry
 * linked to a revoked invite; an entry made before invites were linked (no inviteId)
 * whose name and role match a revoked invite while no active invite has them. An
 * entry linked to an active invite keeps its access (re-invited after a revocation).
 */
export function revokedMemberIds(members: readonly DirectoryMember[], invites: readonly InviteStanding[]): string[] {
  const byJti = new Map(invites.map((i) => [i.jti, i]));
  const person = (name: string | null, role: Role) => `${role}\u0000${(name ?? "").trim().toLowerCase()}`;
  const active = new Set(invites.filter((i) => i.state === "active" && i.name).map((i) => person(i.name, i.role)));
  const revoked = new Set(invites.filter((i) => i.state === "revoked" && i.name).map((i) => person(i.name, i.role)));
  return members
    .filter((m) => {
      const linked = m.inviteId ? byJti.get(m.inviteId) : undefined;
      if (linked) return linked.state === "revoked";
      const key = person(m.name, m.role);
      return revoked.has(key) && !active.has(key);
    })
    .map((m) => m.id);
}
