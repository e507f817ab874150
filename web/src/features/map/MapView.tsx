import { createEffect, onCleanup, onMount } from "solid-js";
import maplibregl, { type GeoJSONSource, type MapGeoJSONFeature } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Area, LatLon } from "@shared/model/geo.ts";
import { t } from "../../i18n/index.ts";
import { areaFeatures, fetchTile, offlineStyle, TILE_PROTOCOL } from "./mapStyle.ts";
import { rtPlaces, type PointCollection } from "./points.ts";

declare global {
  interface Window {
    /** the open map, for debugging and end-to-end tests (queryRenderedFeatures) */
    __rembukMap?: maplibregl.Map;
  }
}

let protocolAdded = false;

export type Bounds = [[number, number], [number, number]];
/** Indonesia, when a village has nothing to frame (no areas, no located family, no kode wilayah). */
const INDONESIA_VIEW: Bounds = [
  [94, -11.5],
  [141.5, 6.5],
];

export interface MapViewProps {
  points: PointCollection;
  /** the village: what the map frames first and recentres to (the bulk of the points and the areas, not a stray point) */
  home: Bounds | null;
  areas: Area[];
  basemapUrl: string;
  /** a point was tapped: its feature id ("<household id>" or "rt-<n>") */
  onPointTap(id: string): void;
  /** set in "pick a location" mode: every tap on the map is a location */
  onPick?: (at: LatLon) => void;
  marker?: LatLon | null;
  /** bring the marker into view when it is off screen (a location from GPS) */
  followMarker?: boolean;
  onError(message: string): void;
}

/**
 * MapLibre's own texts (its controls' labels and tooltips, the canvas's name) in the app's language:
 * MapLibre reads them once, when the map is made, and the map is made again each time the Peta tab opens.
 */
export function mapLibreLocale(): Record<string, string> {
  return {
    "Map.Title": t("map.ui.map"),
    "Marker.Title": t("map.ui.marker"),
    "NavigationControl.ZoomIn": t("map.ui.zoomIn"),
    "NavigationControl.ZoomOut": t("map.ui.zoomOut"),
    "NavigationControl.ResetBearing": t("map.ui.resetBearing"),
    "GeolocateControl.FindMyLocation": t("map.ui.findMe"),
    "GeolocateControl.LocationNotAvailable": t("map.ui.noLocation"),
    "FullscreenControl.Enter": t("map.ui.fullscreenEnter"),
    "FullscreenControl.Exit": t("map.ui.fullscreenExit"),
    "AttributionControl.ToggleAttribution": t("map.ui.attribution"),
    "Popup.Close": t("map.ui.popupClose"),
    "CooperativeGesturesHandler.MobileHelpText": t("map.ui.twoFingers"),
    "CooperativeGesturesHandler.WindowsHelpText": t("map.ui.ctrlScroll"),
    "CooperativeGesturesHandler.MacHelpText": t("map.ui.cmdScroll"),
  };
}

/** The maplibre canvas: areas, clustered points and HTML labels (no remote glyphs, no remote tiles). */
export function MapView(props: MapViewProps) {
  let container: HTMLDivElement | undefined;
  let map: maplibregl.Map | undefined;
  const clusterLabels = new Map<number, maplibregl.Marker>();
  const rtLabels: maplibregl.Marker[] = [];
  let pickMarker: maplibregl.Marker | undefined;
  let fitted = false;

  let loaded = false;
  const fitHome = (duration: number) => map?.fitBounds(props.home ?? INDONESIA_VIEW, { padding: 48, maxZoom: 17, duration });
  const fit = () => {
    if (!map || !loaded || !props.home || fitted) return;
    fitted = true;
    fitHome(0);
  };

  const updateClusterLabels = () => {
    if (!map) return;
    const seen = new Set<number>();
    for (const f of map.queryRenderedFeatures({ layers: ["clusters"] }) as MapGeoJSONFeature[]) {
      const id = Number(f.properties.cluster_id);
      if (seen.has(id) || f.geometry.type !== "Point") continue;
      seen.add(id);
      let marker = clusterLabels.get(id);
      if (!marker) {
        const el = document.createElement("span");
        el.className = "map-cluster-label";
        el.dataset.testid = "map-cluster-label";
        marker = new maplibregl.Marker({ element: el }).setLngLat(f.geometry.coordinates as [number, number]).addTo(map);
        clusterLabels.set(id, marker);
      }
      marker.getElement().textContent = String(f.properties.point_count);
    }
    for (const [id, marker] of clusterLabels) {
      if (seen.has(id)) continue;
      marker.remove();
      clusterLabels.delete(id);
    }
  };

  const drawRtLabels = (areas: Area[]) => {
    rtLabels.splice(0).forEach((m) => m.remove());
    if (!map) return;
    for (const [rt, at] of rtPlaces(areas, {})) {
      const el = document.createElement("span");
      el.className = "map-rt-label";
      el.textContent = `RT ${rt}`;
      rtLabels.push(new maplibregl.Marker({ element: el }).setLngLat([at.lon, at.lat]).addTo(map));
    }
  };

  onMount(() => {
    if (!protocolAdded) {
      maplibregl.addProtocol(TILE_PROTOCOL, async (params, abort) => ({ data: await fetchTile(params.url, abort.signal) }));
      protocolAdded = true;
    }
    if (!container) return;
    const box = container;
    try {
      map = new maplibregl.Map({ container: box, style: offlineStyle(props.basemapUrl), center: [118, -2], zoom: 4, attributionControl: false, locale: mapLibreLocale() });
    } catch {
      props.onError(t("map.noWebgl"));
      return;
    }
    const m = map;
    window.__rembukMap = m;
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    m.on("load", () => {
      box.dataset.ready = "true";
      (m.getSource("points") as GeoJSONSource).setData(props.points);
      (m.getSource("areas") as GeoJSONSource).setData(areaFeatures(props.areas));
      drawRtLabels(props.areas);
      loaded = true;
      fit();
    });
    m.on("render", updateClusterLabels);
    m.on("click", "clusters", (e) => {
      const f = e.features?.[0];
      if (!f || f.geometry.type !== "Point" || props.onPick) return;
      const at = f.geometry.coordinates as [number, number];
      void (m.getSource("points") as GeoJSONSource).getClusterExpansionZoom(Number(f.properties.cluster_id)).then((zoom) => m.easeTo({ center: at, zoom }));
    });
    m.on("click", "points", (e) => {
      const id = e.features?.[0]?.properties.id;
      if (typeof id === "string" && !props.onPick) props.onPointTap(id);
    });
    m.on("click", (e) => props.onPick?.({ lat: e.lngLat.lat, lon: e.lngLat.lng }));
    for (const layer of ["clusters", "points"]) {
      m.on("mouseenter", layer, () => (m.getCanvas().style.cursor = "pointer"));
      m.on("mouseleave", layer, () => (m.getCanvas().style.cursor = ""));
    }
  });

  createEffect(() => {
    const points = props.points;
    const source = map?.getSource("points") as GeoJSONSource | undefined;
    if (source) source.setData(points);
  });
  createEffect(() => {
    if (props.home) fit();
  });
  createEffect(() => {
    const areas = props.areas;
    const source = map?.getSource("areas") as GeoJSONSource | undefined;
    if (source) {
      source.setData(areaFeatures(areas));
      drawRtLabels(areas);
    }
  });
  createEffect(() => {
    const at = props.marker;
    pickMarker?.remove();
    pickMarker = undefined;
    if (map && at) {
      pickMarker = new maplibregl.Marker({ color: "#1f6f5c" }).setLngLat([at.lon, at.lat]).addTo(map);
      // a location from GPS may be off screen: show it
      if (props.followMarker && !map.getBounds().contains([at.lon, at.lat])) map.jumpTo({ center: [at.lon, at.lat], zoom: Math.max(map.getZoom(), 15) });
    }
  });

  onCleanup(() => {
    if (window.__rembukMap === map) delete window.__rembukMap;
    map?.remove();
  });

  return (
    <>
      <div class="map-canvas" ref={(el) => (container = el)} data-testid="map-canvas" classList={{ picking: !!props.onPick }} />
      <button type="button" class="secondary map-recentre" data-testid="map-recentre" onClick={() => fitHome(300)}>
        {t("place.recentre")}
      </button>
    </>
  );
}
