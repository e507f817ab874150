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
}

export type DirectoryMemberFields = Pick<DirectoryMember, "name" | "role" | "agency" | "position">;
