import { createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import { newId, STARTER_AGENCIES, type Agency, type WorkspaceProfile } from "@shared/model/index.ts";
import { revokedMemberIds, type DirectoryMember, type DirectoryMemberFields, type InviteStanding } from "@shared/model/directory.ts";
import type { ScreeningSettings } from "@shared/rules/index.ts";
import { addDirectoryMember, deactivateAgency, deleteAgency, readDirectory, removeDirectoryMember, setDirectoryAccess, updateDirectoryMember, readAgencies, readProfile, readScreeningOverrides, readScreeningSettings, upsertAgency, writeProfile, writeScreeningOverrides } from "@shared/crdt/meta.ts";

export interface MetaState {
  profile: Accessor<WorkspaceProfile>;
  /** the agencies offered when claiming, adding a card or inviting: the active ones */
  agencies: Accessor<Agency[]>;
  /** every agency, inactive ones too (Pengaturan, and names in old claims and cards) */
  allAgencies: Accessor<Agency[]>;
  screening: Accessor<ScreeningSettings>;
  /** what the district changed from DOMAIN.md's defaults */
  screeningOverrides: Accessor<Partial<ScreeningSettings>>;
  /** the member directory (members and roles) of those who have access, sorted by name */
  members: Accessor<DirectoryMember[]>;
  /** directory entries whose invite was revoked (kept apart: meetings they attended still name them) */
  revokedMembers: Accessor<DirectoryMember[]>;
}

export type { DirectoryMember, DirectoryMemberFields, InviteStanding };

/** The lurah's edits (the relay drops them from any other role). */
export interface MetaActions {
  updateProfile(patch: Partial<WorkspaceProfile>): void;
  saveAgency(agency: Agency): void;
  /** Removes an agency: deleted when nothing names it, else kept inactive (agencyRemoval.ts decides). */
  removeAgency(code: string, remove: "delete" | "deactivate"): void;
  updateScreening(overrides: Partial<ScreeningSettings>): void;
  /** Replaces the overrides with `update` of the ones stored at this moment (not a form's stale copy). */
  changeScreening(update: (stored: Partial<ScreeningSettings>) => Partial<ScreeningSettings>): void;
  /** `inviteId`: the jti of the invite the member was made for */
  addMember(fields: DirectoryMemberFields, inviteId?: string): string | null;
  /** A member invited again: linked to the new invite and active. */
  linkInvite(id: string, inviteId: string): boolean;
  /** Marks the entries whose invites the relay lists as revoked (revokedMemberIds); returns how many changed. */
  noteRevocations(invites: InviteStanding[]): number;
  updateMember(id: string, patch: Partial<DirectoryMemberFields>): boolean;
  removeMember(id: string): boolean;
}

/** The workspace profile, OPD list and screening settings; written by the lurah only (relay-enforced). */
export function createMetaState(doc: Y.Doc): MetaState & { actions: MetaActions } {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const [profile, setProfile] = createSignal(readProfile(doc));
  // A new workspace starts from the starter list until the lurah edits it; the first edit writes the
  // starters too, so adding a partner never makes the district's OPD vanish from every list.
  const listAgencies = () => {
    const stored = readAgencies(doc);
    return stored.length > 0 ? stored : STARTER_AGENCIES;
  };
  const [allAgencies, setAgencies] = createSignal(listAgencies(), { equals: same });
  const agencies = () => allAgencies().filter((a) => !a.inactiveSince);
  const [screening, setScreening] = createSignal(readScreeningSettings(doc), { equals: same });
  const [screeningOverrides, setOverrides] = createSignal(readScreeningOverrides(doc), { equals: same });
  const [directory, setDirectory] = createSignal(readDirectory(doc), { equals: same });
  const members = () => directory().filter((m) => !m.revokedAt);
  const revokedMembers = () => directory().filter((m) => !!m.revokedAt);
  const observer = () => {
    setDirectory(readDirectory(doc));
    setProfile(readProfile(doc));
    setAgencies(listAgencies());
    setScreening(readScreeningSettings(doc));
    setOverrides(readScreeningOverrides(doc));
  };
  doc.on("update", observer);
  onCleanup(() => doc.off("update", observer));
  return {
    profile,
    agencies,
    allAgencies,
    screening,
    screeningOverrides,
    members,
    revokedMembers,
    actions: {
      addMember: (fields, inviteId) => {
        const id = newId();
        return addDirectoryMember(doc, id, fields, new Date(), inviteId) ? id : null;
      },
      linkInvite: (id, inviteId) => setDirectoryAccess(doc, id, { inviteId, revokedAt: "" }),
      noteRevocations(invites) {
        const now = new Date().toISOString();
        const ids = revokedMemberIds(directory(), invites).filter((id) => !directory().find((m) => m.id === id)?.revokedAt);
        doc.transact(() => ids.forEach((id) => setDirectoryAccess(doc, id, { revokedAt: now })));
        return ids.length;
      },
      updateMember: (id, patch) => updateDirectoryMember(doc, id, patch),
      removeMember: (id) => removeDirectoryMember(doc, id),
      updateProfile: (patch) => writeProfile(doc, patch),
      saveAgency: (agency) =>
        doc.transact(() => {
          if (readAgencies(doc).length === 0) for (const starter of STARTER_AGENCIES) upsertAgency(doc, starter);
          upsertAgency(doc, agency);
        }),
      removeAgency: (code, remove) =>
        doc.transact(() => {
          if (readAgencies(doc).length === 0) for (const starter of STARTER_AGENCIES) upsertAgency(doc, starter);
          if (remove === "delete") deleteAgency(doc, code);
          else deactivateAgency(doc, code, new Date());
        }),
      updateScreening: (overrides) => writeScreeningOverrides(doc, overrides),
      changeScreening: (update) => writeScreeningOverrides(doc, update(readScreeningOverrides(doc))),
    },
  };
}
