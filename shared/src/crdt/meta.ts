import * as Y from "yjs";
import type { Agency, WorkspaceProfile } from "../model/workspace.ts";
import { isSafeId, newRecord, readEnum, readString, writeFields } from "./fields.ts";
import { ROLES } from "../model/roles.ts";
import { isBoardId as isPlainId } from "../model/claim.ts";
import type { DirectoryMember, DirectoryMemberFields } from "../model/directory.ts";
import { areaKeyOf, areasToGeoJson, isLatLon, parseAreaKey, parseAreas, type Area, type LatLon } from "../model/geo.ts";
import { DEFAULT_SCREENING_SETTINGS, screeningSettings, type ScreeningSettings } from "../rules/screening/settings.ts";
import { DEFAULT_MAX_DISTANCE_KM, MAX_DISTANCE_RANGE_KM } from "../rules/location/villagePlace.ts";

/**
 * The only module that maps the workspace meta document to Yjs.
 * Layout: doc.getMap("profile") {name, kodeWilayah};
 * doc.getMap("agencies"): agency code -> Y.Map {name, inactiveSince?} (inactiveSince: removed while still referred to);
 * doc.getMap("members"): member id -> Y.Map {name, role, agency, position, createdAt, inviteId?, revokedAt?}, the
 * member directory (written by the lurah: on each invite, and by hand; revokedAt when the invite was revoked).
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
    if (!(map instanceof Y.Map) || !isSafeId(code)) return;
    const inactiveSince = readString(map, "inactiveSince").slice(0, 40);
    out.push(inactiveSince ? { code, name: readString(map, "name", code), inactiveSince } : { code, name: readString(map, "name", code) });
  });
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** Adds or renames an agency; an inactive one becomes active again. */
export function upsertAgency(doc: Y.Doc, agency: Agency): void {
  const agencies = doc.getMap<Y.Map<unknown>>("agencies");
  doc.transact(() => {
    const existing = agencies.get(agency.code);
    if (existing instanceof Y.Map) {
      writeFields(existing, { name: agency.name });
      if (existing.has("inactiveSince")) existing.delete("inactiveSince");
    }
    else {
      const map = new Y.Map<unknown>();
      map.set("name", agency.name);
      agencies.set(agency.code, map);
    }
  });
}

/** Marks an agency removed but kept (claims, cards or members name it); false when it is not stored. */
export function deactivateAgency(doc: Y.Doc, code: string, now: Date): boolean {
  const map = doc.getMap<unknown>("agencies").get(code);
  if (!(map instanceof Y.Map)) return false;
  (map as Y.Map<unknown>).set("inactiveSince", now.toISOString());
  return true;
}

/** Deletes an agency nothing refers to; false when it is not stored. */
export function deleteAgency(doc: Y.Doc, code: string): boolean {
  const agencies = doc.getMap<unknown>("agencies");
  if (!agencies.has(code)) return false;
  agencies.delete(code);
  return true;
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

const MAX_MEMBER_TEXT = 200;

/** The member directory, sorted by name; an entry without a name or a known role (an untrusted peer) is skipped. */
export function readDirectory(doc: Y.Doc): DirectoryMember[] {
  const out: DirectoryMember[] = [];
  doc.getMap<unknown>("members").forEach((map, id) => {
    if (!(map instanceof Y.Map) || !isPlainId(id)) return;
    const m = map as Y.Map<unknown>;
    const name = readString(m, "name").slice(0, MAX_MEMBER_TEXT);
    const role = readEnum(m, "role", ROLES);
    if (!name || role === "") return;
    const agency = readString(m, "agency");
    out.push({
      id,
      name,
      role,
      agency: role === "opd" && isPlainId(agency) ? agency : "",
      position: readString(m, "position").slice(0, MAX_MEMBER_TEXT),
      createdAt: readString(m, "createdAt"),
      inviteId: isPlainId(readString(m, "inviteId")) ? readString(m, "inviteId") : "",
      revokedAt: readString(m, "revokedAt").slice(0, 40),
    });
  });
  return out.sort((a, b) => a.name.localeCompare(b.name, "id") || (a.id < b.id ? -1 : 1));
}

function memberPatch(fields: Partial<DirectoryMemberFields>): Record<string, string | undefined> {
  const clip = (v: string | undefined) => (v === undefined ? undefined : v.trim().slice(0, MAX_MEMBER_TEXT));
  return { name: clip(fields.name), role: fields.role, agency: fields.role !== undefined && fields.role !== "opd" ? "" : clip(fields.agency), position: clip(fields.position) };
}

/** Adds a member (with the jti of the invite that brought them, if any); false for an unsafe id, an empty name or an unknown role. */
export function addDirectoryMember(doc: Y.Doc, id: string, fields: DirectoryMemberFields, now: Date, inviteId = ""): boolean {
  if (!isPlainId(id) || !fields.name.trim() || !(ROLES as readonly string[]).includes(fields.role)) return false;
  const link = isPlainId(inviteId) ? inviteId : "";
  doc.getMap<Y.Map<unknown>>("members").set(id, newRecord({ ...memberPatch(fields), createdAt: now.toISOString(), inviteId: link }));
  return true;
}

/**
 * Records a member's access: linked to a (new) invite and active, or revoked since `revokedAt`.
 * False for an unknown member.
 */
export function setDirectoryAccess(doc: Y.Doc, id: string, access: { inviteId?: string; revokedAt?: string }): boolean {
  const map = doc.getMap<unknown>("members").get(id);
  if (!(map instanceof Y.Map)) return false;
  const inviteId = access.inviteId !== undefined && isPlainId(access.inviteId) ? access.inviteId : undefined;
  doc.transact(() => writeFields(map as Y.Map<unknown>, { inviteId, revokedAt: access.revokedAt }));
  return true;
}

/** Edits only the given fields, so two concurrent edits of different fields both survive. */
export function updateDirectoryMember(doc: Y.Doc, id: string, patch: Partial<DirectoryMemberFields>): boolean {
  const map = doc.getMap<unknown>("members").get(id);
  if (!(map instanceof Y.Map)) return false;
  if (patch.name !== undefined && !patch.name.trim()) return false;
  if (patch.role !== undefined && !(ROLES as readonly string[]).includes(patch.role)) return false;
  doc.transact(() => writeFields(map as Y.Map<unknown>, memberPatch(patch)));
  return true;
}

export function removeDirectoryMember(doc: Y.Doc, id: string): boolean {
  const members = doc.getMap<unknown>("members");
  if (!members.has(id)) return false;
  members.delete(id);
  return true;
}

/*
 * The map (issue 6). doc.getMap("geo"): "areas" -> the boundary and RT areas as a GeoJSON
 * FeatureCollection (one value, replaced as a whole, validated again on read: an untrusted
 * peer's junk reads as no areas), "basemapUrl" -> an optional raster tile URL template;
 * doc.getMap("rtPositions"): "<rt>/<rw>" (or "<rt>", written before) -> {lat, lon}, the mean of that RT's located families,
 * written by the lurah's device, so devices without the roster can place needs by RT.
 */
export function readAreas(doc: Y.Doc): Area[] {
  const parsed = parseAreas(doc.getMap<unknown>("geo").get("areas") ?? null);
  return parsed.ok ? parsed.areas : [];
}

export function writeAreas(doc: Y.Doc, areas: Area[]): void {
  const geo = doc.getMap<unknown>("geo");
  if (areas.length === 0) geo.delete("areas");
  else geo.set("areas", areasToGeoJson(areas));
}

export function readBasemapUrl(doc: Y.Doc): string {
  const url = doc.getMap<unknown>("geo").get("basemapUrl");
  return typeof url === "string" && /^https:\/\/[^\s]+$/.test(url) && url.length <= 500 ? url : "";
}

export function writeBasemapUrl(doc: Y.Doc, url: string): void {
  doc.getMap<unknown>("geo").set("basemapUrl", url.trim());
}

/**
 * doc.getMap("geo") "maxDistanceKm": how far from the village (its RT areas, its families) a house may be
 * placed (rules/location/villagePlace.ts); a value out of range (an untrusted peer) reads as the default.
 */
export function readMaxDistanceKm(doc: Y.Doc): number {
  const km = doc.getMap<unknown>("geo").get("maxDistanceKm");
  return typeof km === "number" && Number.isFinite(km) && km >= MAX_DISTANCE_RANGE_KM.min && km <= MAX_DISTANCE_RANGE_KM.max ? km : DEFAULT_MAX_DISTANCE_KM;
}

export function writeMaxDistanceKm(doc: Y.Doc, km: number): boolean {
  if (!Number.isFinite(km) || km < MAX_DISTANCE_RANGE_KM.min || km > MAX_DISTANCE_RANGE_KM.max) return false;
  doc.getMap<unknown>("geo").set("maxDistanceKm", km);
  return true;
}

/** Positions by area key ("3/1": RT 3 of RW 1; "3": stored before positions had their RW). */
export function readRtPositions(doc: Y.Doc): Record<string, LatLon> {
  const out: Record<string, LatLon> = {};
  doc.getMap<unknown>("rtPositions").forEach((value, key) => {
    const area = parseAreaKey(key);
    if (area !== null && isLatLon(value)) out[areaKeyOf(area.rt, area.rw)] = { lat: value.lat, lon: value.lon };
  });
  return out;
}

/** Writes only the RTs whose position changed and deletes the ones that have none any more. */
export function writeRtPositions(doc: Y.Doc, positions: Record<string, LatLon>): void {
  const map = doc.getMap<unknown>("rtPositions");
  const current = readRtPositions(doc);
  doc.transact(() => {
    for (const key of [...map.keys()]) if (!(key in positions)) map.delete(key);
    for (const [key, p] of Object.entries(positions)) {
      const old = current[key];
      if (!old || old.lat !== p.lat || old.lon !== p.lon) map.set(key, { lat: p.lat, lon: p.lon });
    }
  });
}
