import { createEffect, createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import type { Household } from "@shared/model/index.ts";
import { rtPositions, type Area, type LatLon } from "@shared/model/geo.ts";
import { readAreas, readBasemapUrl, readRtPositions, writeAreas, writeBasemapUrl, writeRtPositions } from "@shared/crdt/meta.ts";

export type { Area, LatLon };

/** The map's shared data from the meta document: areas, RT positions and the optional basemap. */
export interface GeoState {
  areas: Accessor<Area[]>;
  /** RT -> mean position of its located families: what OPD devices place needs at */
  rtPositions: Accessor<Record<number, LatLon>>;
  basemapUrl: Accessor<string>;
}

/** The lurah's edits (the relay drops them from any other role). */
export interface GeoActions {
  setAreas(areas: Area[]): void;
  setBasemapUrl(url: string): void;
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
  const observer = () => {
    setAreas(readAreas(doc));
    setPositions(readRtPositions(doc));
    setBasemap(readBasemapUrl(doc));
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
        const next = rtPositions(list);
        if (!same(next, readRtPositions(doc))) writeRtPositions(doc, next);
      }, RT_POSITION_DELAY_MS);
    });
    onCleanup(() => clearTimeout(timer));
  }

  return {
    areas,
    rtPositions: positions,
    basemapUrl,
    actions: {
      setAreas: (next) => (opts.canWrite ? writeAreas(doc, next) : undefined),
      setBasemapUrl: (url) => (opts.canWrite ? writeBasemapUrl(doc, url) : undefined),
    },
  };
}
