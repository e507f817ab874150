import { createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import type { Agency, WorkspaceProfile } from "@shared/model/index.ts";
import type { ScreeningSettings } from "@shared/rules/index.ts";
import { readAgencies, readProfile, readScreeningSettings } from "@shared/crdt/meta.ts";

export interface MetaState {
  profile: Accessor<WorkspaceProfile>;
  agencies: Accessor<Agency[]>;
  screening: Accessor<ScreeningSettings>;
}

/** The workspace profile and OPD list; written by the lurah only (relay-enforced). */
export function createMetaState(doc: Y.Doc): MetaState {
  const [profile, setProfile] = createSignal(readProfile(doc));
  const [agencies, setAgencies] = createSignal(readAgencies(doc));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const [screening, setScreening] = createSignal(readScreeningSettings(doc), { equals: same });
  const observer = () => {
    setProfile(readProfile(doc));
    setAgencies(readAgencies(doc));
    setScreening(readScreeningSettings(doc));
  };
  doc.on("update", observer);
  onCleanup(() => doc.off("update", observer));
  return { profile, agencies, screening };
}
