import { createSignal, For, Show } from "solid-js";
import { areasToGeoJson, parseAreas, type Area, type GeoProblem } from "@shared/model/geo.ts";
import { MAX_DISTANCE_RANGE_KM } from "@shared/rules/index.ts";
import { formatNumber, t, type MessageKey } from "../../i18n/index.ts";
import { rtAreaText } from "./placeText.ts";

function problemText(p: GeoProblem): string {
  if (p.code === "duplicateRt") return t("map.geo.duplicateRt", { feature: p.feature, area: rtAreaText(p.rt, p.rw) });
  const { code, ...params } = p;
  return t(`map.geo.${code}` as MessageKey, params as Record<string, string | number>);
}

/**
 * The boundary and RT areas as GeoJSON: import (the lurah; a malformed file
 * changes nothing and says what to fix), export (anyone), and the optional basemap.
 */
export function AreasPanel(props: {
  areas: Area[];
  writable: boolean;
  basemapUrl: string;
  onAreas(areas: Area[]): void;
  onBasemap(url: string): void;
  maxDistanceKm: number;
  onMaxDistance(km: number): boolean;
  fileName: string;
}) {
  const [problems, setProblems] = createSignal<string[]>([]);
  const [distance, setDistance] = createSignal(String(props.maxDistanceKm));
  const [done, setDone] = createSignal("");
  const [basemap, setBasemap] = createSignal(props.basemapUrl);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseAreas(await file.text());
    if (!parsed.ok) {
      setDone("");
      setProblems([...parsed.problems.map(problemText), t("map.geo.kept")]);
      return;
    }
    setProblems([]);
    props.onAreas(parsed.areas);
    setDone(t("map.imported", { count: parsed.areas.length }));
  };

  const exportFile = () => {
    const blob = new Blob([JSON.stringify(areasToGeoJson(props.areas), null, 1)], { type: "application/geo+json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = props.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  return (
    <details class="panel map-areas" data-testid="map-areas">
      <summary>{`${t("map.areas")} · ${t("map.areasCount", { count: props.areas.length })}`}</summary>
      <div class="map-area-actions">
        <Show when={props.writable}>
          <label class="button">
            {t("map.import")}
            <input type="file" accept=".geojson,.json,application/geo+json,application/json" hidden data-testid="areas-file" onChange={(e) => void importFile(e.currentTarget.files?.[0]).then(() => (e.currentTarget.value = ""))} />
          </label>
        </Show>
        <button type="button" disabled={props.areas.length === 0} onClick={exportFile} data-testid="areas-export">
          {t("map.export")}
        </button>
        <Show when={props.writable && props.areas.length > 0}>
          <button type="button" class="link-button" onClick={() => props.onAreas([])}>
            {t("map.clearAreas")}
          </button>
        </Show>
      </div>
      <Show when={done()}>
        <p role="status" data-testid="areas-done">{done()}</p>
      </Show>
      <Show when={problems().length > 0}>
        <ul role="alert" class="map-problems" data-testid="areas-problems">
          <For each={problems()}>{(p) => <li>{p}</li>}</For>
        </ul>
      </Show>
      <Show when={props.writable} fallback={<p class="muted">{t("place.maxDistanceShown", { km: formatNumber(props.maxDistanceKm) })}</p>}>
        <form class="map-distance" onSubmit={(e) => (e.preventDefault(), props.onMaxDistance(Number(distance())))}>
          <label>
            {t("place.maxDistance")}
            <input type="number" min={MAX_DISTANCE_RANGE_KM.min} max={MAX_DISTANCE_RANGE_KM.max} step="1" required value={distance()} onInput={(e) => setDistance(e.currentTarget.value)} data-testid="max-distance" />
          </label>
          <button type="submit">{t("place.maxDistanceSave")}</button>
          <small class="muted">{t("place.maxDistanceHint")}</small>
        </form>
      </Show>
      <Show when={props.writable}>
        <form class="map-basemap" onSubmit={(e) => (e.preventDefault(), props.onBasemap(basemap()))}>
          <label>
            {t("map.basemap")}
            <input type="url" pattern="https://.*" placeholder="https://…/{z}/{x}/{y}.png" value={basemap()} onInput={(e) => setBasemap(e.currentTarget.value)} data-testid="basemap-url" />
          </label>
          <small class="muted">{t("map.basemapHint")}</small>
          <button type="submit">{t("map.basemapSave")}</button>
        </form>
      </Show>
    </details>
  );
}
