import * as Y from "yjs";
import type { Agency, WorkspaceProfile } from "../model/workspace.ts";
import { isSafeId, readString, writeFields } from "./fields.ts";
import { DEFAULT_SCREENING_SETTINGS, screeningSettings, type ScreeningSettings } from "../rules/screening/settings.ts";

/**
 * The only module that maps the workspace meta document to Yjs.
 * Layout: doc.getMap("profile") {name, kodeWilayah};
 * doc.getMap("agencies"): agency code -> Y.Map {name}.
 */
export function readProfile(doc: Y.Doc): WorkspaceProfile {
  const profile = doc.getMap<unknown>("profile");
  return { name: readString(profile, "name"), kodeWilayah: readString(profile, "kodeWilayah") };
}

export function writeProfile(doc: Y.Doc, patch: Partial<WorkspaceProfile>): void {
  doc.transact(() => writeFields(doc.getMap<unknown>("profile"), patch));
}

export function readAgencies(doc: Y.Doc): Agency[] {
  const out: Agency[] = [];
  doc.getMap<Y.Map<unknown>>("agencies").forEach((map, code) => {
    if (map instanceof Y.Map && isSafeId(code)) out.push({ code, name: readString(map, "name", code) });
  });
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

export function upsertAgency(doc: Y.Doc, agency: Agency): void {
  const agencies = doc.getMap<Y.Map<unknown>>("agencies");
  doc.transact(() => {
    const existing = agencies.get(agency.code);
    if (existing instanceof Y.Map) writeFields(existing, { name: agency.name });
    else {
      const map = new Y.Map<unknown>();
      map.set("name", agency.name);
      agencies.set(agency.code, map);
    }
  });
}

/**
 * Screening thresholds the district chose (DOMAIN.md: ambiguous rules are
 * settings). Stored as overrides of the defaults in doc.getMap("settings")
 * under "screening"; values of the wrong type (an untrusted peer) are ignored.
 */
export function readScreeningOverrides(doc: Y.Doc): Partial<ScreeningSettings> {
  const raw = doc.getMap<unknown>("settings").get("screening");
  if (typeof raw !== "object" || raw === null) return {};
  const out: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(DEFAULT_SCREENING_SETTINGS)) {
    const value = (raw as Record<string, unknown>)[key];
    const ok = Array.isArray(fallback)
      ? Array.isArray(value) && value.every((v) => typeof v === "string")
      : fallback === null
        ? value === null || typeof value === "number"
        : typeof value === typeof fallback && (typeof value !== "number" || Number.isFinite(value));
    if (ok) out[key] = value;
  }
  return out as Partial<ScreeningSettings>;
}

export function readScreeningSettings(doc: Y.Doc): ScreeningSettings {
  return screeningSettings(readScreeningOverrides(doc));
}

/** Replaces the overrides as a whole: a key left out goes back to DOMAIN.md's default. */
export function writeScreeningOverrides(doc: Y.Doc, overrides: Partial<ScreeningSettings>): void {
  doc.getMap<unknown>("settings").set("screening", { ...overrides });
}
