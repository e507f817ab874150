import { createEffect, createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import type { Household } from "@shared/model/index.ts";
import { rtPositions, type Area, type LatLon } from "@shared/model/geo.ts";
import { readAreas, readBasemapUrl, readMaxDistanceKm, readProfile, readRtPositions, writeAreas, writeBasemapUrl, writeMaxDistanceKm, writeRtPositions } from "@shared/crdt/meta.ts";
import { splitOutliers } from "@shared/rules/location/villagePlace.ts";

export type { Area, LatLon };

/** The map's shared data from the meta document: areas, RT positions and the optional basemap. */
export interface GeoState {
  areas: Accessor<Area[]>;
  /** RT -> mean position of its located families: what OPD devices place needs at */
  rtPositions: Accessor<Record<string, LatLon>>;
  basemapUrl: Accessor<string>;
  /** how far from the village a house may be placed (lurah's setting, default 10 km) */
  maxDistanceKm: Accessor<number>;
  /** the profile's kode wilayah: its province is the last reference for a location */
  kodeWilayah: Accessor<string>;
}

/** The lurah's edits (the relay drops them from any other role). */
export interface GeoActions {
  setAreas(areas: Area[]): void;
  setBasemapUrl(url: string): void;
  setMaxDistanceKm(km: number): boolean;
}

/** The located households, as the location rules take them. */
export function locatedHouseholds(list: Household[]): Array<LatLon & { id: string; rt: number | null; rw: number | null }> {
  const out: Array<LatLon & { id: string; rt: number | null; rw: number | null }> = [];
  for (const h of list) if (h.lat !== null && h.lon !== null) out.push({ id: h.id, lat: h.lat, lon: h.lon, rt: h.rt, rw: h.rw });
  return out;
}

const RT_POSITION_DELAY_MS = 1500;

/**
 * Projects the map's part of the meta document. On a device that writes meta and
 * holds the roster (the lurah's), RT positions follow the families' locations: they
 * are recomputed a little after the roster settles and only changed RTs are written.
 */
export function createGeoState(doc: Y.Doc, opts: { households: Accessor<Household[]> | null; canWrite: boolean; ready?: Accessor<boolean> }): GeoState & { actions: GeoActions } {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const [areas, setAreas] = createSignal(readAreas(doc), { equals: same });
  const [positions, setPositions] = createSignal(readRtPositions(doc), { equals: same });
  const [basemapUrl, setBasemap] = createSignal(readBasemapUrl(doc));
  const [maxDistanceKm, setMaxDistance] = createSignal(readMaxDistanceKm(doc));
  const [kodeWilayah, setKode] = createSignal(readProfile(doc).kodeWilayah);
  const observer = () => {
    setAreas(readAreas(doc));
    setPositions(readRtPositions(doc));
    setBasemap(readBasemapUrl(doc));
    setMaxDistance(readMaxDistanceKm(doc));
    setKode(readProfile(doc).kodeWilayah);
  };
  doc.on("update", observer);
  onCleanup(() => doc.off("update", observer));

  const households = opts.households;
  if (opts.canWrite && households) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    createEffect(() => {
      // never from a roster still loading: an empty list would erase every RT's position
      if (opts.ready && !opts.ready()) return;
      const list = households();
      clearTimeout(timer);
      timer = setTimeout(() => {
        // a stray location (a tap 1,000 km off) must not drag its RT's position there for every OPD
        const { bulk } = splitOutliers(locatedHouseholds(list), { areas: areas(), kodeWilayah: kodeWilayah(), maxDistanceKm: maxDistanceKm() });
        const next = rtPositions(bulk);
        if (!same(next, readRtPositions(doc))) writeRtPositions(doc, next);
      }, RT_POSITION_DELAY_MS);
    });
    onCleanup(() => clearTimeout(timer));
  }

  return {
    areas,
    rtPositions: positions,
    basemapUrl,
    maxDistanceKm,
    kodeWilayah,
    actions: {
      setAreas: (next) => (opts.canWrite ? writeAreas(doc, next) : undefined),
      setBasemapUrl: (url) => (opts.canWrite ? writeBasemapUrl(doc, url) : undefined),
      setMaxDistanceKm: (km) => opts.canWrite && writeMaxDistanceKm(doc, km),
    },
  };
}
