import { createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import type { Agency, WorkspaceProfile } from "@shared/model/index.ts";
import { readAgencies, readProfile } from "@shared/crdt/meta.ts";

export interface MetaState {
  profile: Accessor<WorkspaceProfile>;
  agencies: Accessor<Agency[]>;
}

/** The workspace profile and OPD list; written by the lurah only (relay-enforced). */
export function createMetaState(doc: Y.Doc): MetaState {
  const [profile, setProfile] = createSignal(readProfile(doc));
  const [agencies, setAgencies] = createSignal(readAgencies(doc));
  const observer = () => {
    setProfile(readProfile(doc));
    setAgencies(readAgencies(doc));
  };
  doc.on("update", observer);
  onCleanup(() => doc.off("update", observer));
  return { profile, agencies };
}
