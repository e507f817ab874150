import type { StyleSpecification } from "maplibre-gl";
import type { Area } from "@shared/model/geo.ts";
import { STATUS_COLOURS } from "./points.ts";

/** The tile protocol that keeps viewed basemap tiles in the Cache API, so they show again offline. */
export const TILE_PROTOCOL = "rembuk-tile";
export const TILE_CACHE = "rembuk-basemap-v1";

/**
 * A style that needs nothing from the internet: a plain background, the
 * workspace's areas and the points. No glyphs and no symbol layers: every text
 * (cluster counts, RT names) is an HTML marker.
 */
export function offlineStyle(basemapUrl: string): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: "background", type: "background", paint: { "background-color": "#eef0e6" } }],
  };
  if (basemapUrl) {
    style.sources.basemap = { type: "raster", tiles: [`${TILE_PROTOCOL}://${basemapUrl}`], tileSize: 256, maxzoom: 19 };
    style.layers.push({ id: "basemap", type: "raster", source: "basemap" });
  }
  style.sources.areas = { type: "geojson", data: { type: "FeatureCollection", features: [] } };
  style.sources.points = { type: "geojson", data: { type: "FeatureCollection", features: [] }, cluster: true, clusterMaxZoom: 15, clusterRadius: 40 };
  style.layers.push(
    { id: "area-fill", type: "fill", source: "areas", filter: ["!=", ["get", "boundary"], true], paint: { "fill-color": "#1f6f5c", "fill-opacity": 0.08 } },
    { id: "area-line", type: "line", source: "areas", filter: ["!=", ["get", "boundary"], true], paint: { "line-color": "#1f6f5c", "line-width": 1.5, "line-dasharray": [2, 1] } },
    { id: "boundary-line", type: "line", source: "areas", filter: ["==", ["get", "boundary"], true], paint: { "line-color": "#333", "line-width": 2.5 } },
    {
      id: "clusters",
      type: "circle",
      source: "points",
      filter: ["has", "point_count"],
      paint: { "circle-color": "#35506b", "circle-opacity": 0.85, "circle-radius": ["step", ["get", "point_count"], 14, 10, 18, 50, 24], "circle-stroke-color": "#fff", "circle-stroke-width": 2 },
    },
    {
      id: "points",
      type: "circle",
      source: "points",
      filter: ["!", ["has", "point_count"]],
      paint: { "circle-color": ["coalesce", ["get", "colour"], STATUS_COLOURS.other], "circle-radius": 8, "circle-stroke-color": "#fff", "circle-stroke-width": 2 },
    },
  );
  return style;
}

export function areaFeatures(areas: Area[]) {
  return {
    type: "FeatureCollection" as const,
    features: areas.map((a) => ({ type: "Feature" as const, geometry: a.geometry, properties: { rt: a.rt, rw: a.rw, boundary: a.boundary } })),
  };
}

/** Fetches a tile from the network and keeps it; with no network, the kept copy. */
export async function fetchTile(url: string, signal: AbortSignal): Promise<ArrayBuffer> {
  const real = url.slice(`${TILE_PROTOCOL}://`.length);
  const cache = typeof caches !== "undefined" ? await caches.open(TILE_CACHE) : null;
  try {
    const response = await fetch(real, { signal });
    if (!response.ok) throw new Error(`tile ${response.status}`);
    await cache?.put(real, response.clone());
    return await response.arrayBuffer();
  } catch (error) {
    const kept = await cache?.match(real);
    if (kept) return kept.arrayBuffer();
    throw error;
  }
}
