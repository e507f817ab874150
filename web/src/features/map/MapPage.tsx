import { createEffect, createMemo, createSignal, on, Show } from "solid-js";
import { parseAreaKey, type LatLon } from "@shared/model/geo.ts";
import { checkPlace, splitOutliers, villageBounds } from "@shared/rules/index.ts";
import { hrefFor, route } from "../../app/route.ts";
import { locale, t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { matchesFilter, parseQuery } from "../../state/rosterFilter.ts";
import { RosterFilters } from "../roster/RosterFilters.tsx";
import { AreasPanel } from "./AreasPanel.tsx";
import { MapLegend } from "./MapLegend.tsx";
import { HouseholdSummary, RtNeedsPanel } from "./MapSelection.tsx";
import { MapView } from "./MapView.tsx";
import { MapPickPanel, type Proposal } from "./MapPickPanel.tsx";
import { DoubtfulLocations } from "./DoubtfulLocations.tsx";
import { locatedHouseholds } from "../../state/mapState.ts";
import { householdPoints, needsByFamily, rtNeedPoints, rtPlaces, STATUSES } from "./points.ts";
import "./map.css";

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * The map of the kampung (issue 6). Pokja roles see their families as points
 * coloured by status, filtered like the roster; roles without the roster see the
 * board's needs at RT positions only. #/w/<ws>/peta/<family id> sets that family's location.
 */
export function MapPage() {
  const ws = useWorkspace();
  const [error, setError] = createSignal("");
  const [selected, setSelected] = createSignal<string | null>(null);
  const [saved, setSaved] = createSignal(false);
  const [proposal, setProposal] = createSignal<(Proposal & { fromGps: boolean }) | null>(null);
  const href = (section: "keluarga" | "papan" | "peta", item: string | null) => hrefFor({ name: "workspace", ws: ws.id, section, item });
  const roster = ws.roster?.[0] ?? null;
  const rosterActions = ws.roster?.[1] ?? null;
  const [filter, setFilter] = ws.rosterFilter;
  const needs = () => ws.board?.[0].view().needs ?? [];
  const areas = () => ws.geo?.areas() ?? [];

  const pickId = () => {
    const r = route();
    return r.name === "workspace" && r.section === "peta" && ws.canWrite("roster") ? r.item : null;
  };
  const picking = () => {
    const id = pickId();
    return id && roster ? (roster.byId(id) ?? null) : null;
  };

  const shown = createMemo(() => {
    if (!roster) return [];
    const f = filter();
    const q = parseQuery(f.query);
    return roster.households().filter((h) => matchesFilter(h, () => ws.assess.of(h), f, q));
  });
  const rtNeeds = createMemo(() => rtNeedPoints(needs(), rtPlaces(areas(), ws.geo?.rtPositions() ?? {})));
  const points = createMemo(() => (roster ? householdPoints(shown(), (h) => ws.assess.of(h), needsByFamily(needs())) : rtNeeds().points));
  const distinct = (key: "rt" | "rw") => [...new Set((roster?.households() ?? []).map((h) => h[key]).filter((v): v is number => v !== null))].sort((a, b) => a - b);

  // The village (issue 14, item 6): its located families split into the bulk and the doubtful ones;
  // the map frames the bulk and the areas, so one stray point does not spoil the view for everyone.
  const maxKm = () => ws.geo?.maxDistanceKm() ?? 10;
  const kode = () => ws.geo?.kodeWilayah() ?? "";
  const located = createMemo(() => (roster ? locatedHouseholds(roster.households()) : []));
  const village = createMemo(() => splitOutliers(located(), { areas: areas(), kodeWilayah: kode(), maxDistanceKm: maxKm() }));
  const doubtful = createMemo(() => village().outliers.map((p) => roster?.byId(p.id)).filter((h) => h !== undefined));
  const home = createMemo(() => villageBounds(roster ? village().bulk : rtNeeds().points.features.map((f) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] })), areas(), kode()));
  // nothing to check a tap against and nothing to see: the kader is pointed to GPS
  const blank = () => !ws.geo?.basemapUrl() && home() === null;

  const propose = (at: LatLon, fromGps = false) => {
    const h = picking();
    if (!h) return;
    const rounded = { lat: round(at.lat), lon: round(at.lon) };
    setSaved(false);
    setProposal({ at: rounded, fromGps, check: checkPlace(rounded, h.id, { areas: areas(), families: located(), kodeWilayah: kode(), maxDistanceKm: maxKm() }) });
  };
  const confirm = () => {
    const h = picking();
    const p = proposal();
    if (!h || !p || !rosterActions) return;
    rosterActions.update(h.id, { lat: p.at.lat, lon: p.at.lon });
    setProposal(null);
    setSaved(true);
  };
  // another family to place (or none): start afresh
  createEffect(on(pickId, () => (setProposal(null), setSaved(false)), { defer: true }));
  const marker = () => proposal()?.at ?? (picking() && picking()!.lat !== null ? { lat: picking()!.lat!, lon: picking()!.lon! } : null);

  return (
    <section class="map-page" data-testid="map-page">
      <h1>{t("nav.peta")}</h1>
      <Show when={picking()}>
        {(h) => (
          <MapPickPanel
            family={h().kepala}
            proposal={proposal()}
            saved={saved()}
            maxKm={maxKm()}
            blank={blank()}
            doneHref={href("keluarga", h().id)}
            onConfirm={confirm}
            onClear={() => setProposal(null)}
            onPropose={(at) => propose(at, true)}
          />
        )}
      </Show>
      <Show when={roster} fallback={<p class="muted" data-testid="map-opd-note">{t("map.opdNote")}</p>}>
        <RosterFilters filter={filter()} onChange={setFilter} rts={distinct("rt")} rws={distinct("rw")} />
      </Show>
      <p class="muted" data-testid="map-count">
        {roster
          ? t("map.located", { shown: points().features.length, missing: shown().length - points().features.length })
          : t("map.needsShown", { shown: needs().length - rtNeeds().missing, missing: rtNeeds().missing })}
      </p>
      <Show when={error()}>
        <p role="alert">{error()}</p>
      </Show>
      <div class="map-frame">
        {/* MapLibre takes its controls' texts when the map is made: a language switch makes it again */}
        <Show when={locale()} keyed>
          <MapView
            points={points()}
            areas={areas()}
            basemapUrl={ws.geo?.basemapUrl() ?? ""}
            onPointTap={setSelected}
            home={home()}
            onPick={picking() ? (at) => propose(at) : undefined}
            marker={marker()}
            followMarker={proposal()?.fromGps ?? false}
            onError={setError}
          />
        </Show>
        <MapLegend statuses={roster ? STATUSES : (["unmet", "met"] as const)} />
      </div>
      <Show when={roster && !picking()}>
        <DoubtfulLocations households={doubtful()} fixHref={(id) => href("peta", id)} pageHref={(id) => href("keluarga", id)} />
      </Show>
      <Show when={!picking() && selected()}>{(id) => <Selection id={id()} onClose={() => setSelected(null)} />}</Show>
      <Show when={ws.geo}>
        {(geo) => (
          <AreasPanel
            areas={geo().areas()}
            writable={ws.canWrite("meta")}
            basemapUrl={geo().basemapUrl()}
            onAreas={geo().actions.setAreas}
            onBasemap={geo().actions.setBasemapUrl}
            maxDistanceKm={geo().maxDistanceKm()}
            onMaxDistance={geo().actions.setMaxDistanceKm}
            fileName={`wilayah-rt-${ws.id}.geojson`}
          />
        )}
      </Show>
    </section>
  );

  function Selection(props: { id: string; onClose(): void }) {
    // an RT's point is "rt-<area key>" (points.ts): "rt-3/1", or "rt-3" where the RW is not known
    const area = () => (props.id.startsWith("rt-") ? parseAreaKey(props.id.slice(3)) : null);
    const household = () => (area() === null ? roster?.byId(props.id) : undefined);
    return (
      <Show
        when={household()}
        fallback={
          <Show when={area() !== null && rtNeeds().byRt.get(props.id.slice(3))}>
            {(list) => <RtNeedsPanel area={area()!} needs={needs().filter((n) => list().some((x) => x.id === n.id))} cardHref={(n) => href("papan", n.id)} onClose={props.onClose} />}
          </Show>
        }
      >
        {(h) => <HouseholdSummary household={h()} assessment={ws.assess.of(h())} needs={needs().filter((n) => n.familyId === h().id)} href={href("keluarga", h().id)} onClose={props.onClose} />}
      </Show>
    );
  }
}
