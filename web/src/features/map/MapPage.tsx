import { createMemo, createSignal, Show } from "solid-js";
import type { LatLon } from "@shared/model/geo.ts";
import { hrefFor, route } from "../../app/route.ts";
import { locale, t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { matchesFilter, parseQuery } from "../../state/rosterFilter.ts";
import { RosterFilters } from "../roster/RosterFilters.tsx";
import { AreasPanel } from "./AreasPanel.tsx";
import { MapLegend } from "./MapLegend.tsx";
import { HouseholdSummary, RtNeedsPanel } from "./MapSelection.tsx";
import { MapView } from "./MapView.tsx";
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

  const pick = (at: LatLon) => {
    const h = picking();
    if (!h || !rosterActions) return;
    rosterActions.update(h.id, { lat: round(at.lat), lon: round(at.lon) });
    setSaved(true);
  };

  return (
    <section class="map-page" data-testid="map-page">
      <h1>{t("nav.peta")}</h1>
      <Show when={picking()}>
        {(h) => (
          <div class="panel map-pick" data-testid="map-pick" role="status">
            <strong>{t("map.pickTitle", { family: h().kepala })}</strong> <span>{saved() ? t("map.pickSaved") : t("map.pickHint")}</span>{" "}
            <a href={href("keluarga", h().id)} data-testid="map-pick-done">
              {saved() ? t("hh.back") : t("map.pickCancel")}
            </a>
          </div>
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
            onPick={picking() ? pick : undefined}
            marker={picking() && picking()!.lat !== null ? { lat: picking()!.lat!, lon: picking()!.lon! } : null}
            onError={setError}
          />
        </Show>
        <MapLegend statuses={roster ? STATUSES : (["unmet", "met"] as const)} />
      </div>
      <Show when={!picking() && selected()}>{(id) => <Selection id={id()} onClose={() => setSelected(null)} />}</Show>
      <Show when={ws.geo}>
        {(geo) => (
          <AreasPanel
            areas={geo().areas()}
            writable={ws.canWrite("meta")}
            basemapUrl={geo().basemapUrl()}
            onAreas={geo().actions.setAreas}
            onBasemap={geo().actions.setBasemapUrl}
            fileName={`wilayah-rt-${ws.id}.geojson`}
          />
        )}
      </Show>
    </section>
  );

  function Selection(props: { id: string; onClose(): void }) {
    const rt = () => (props.id.startsWith("rt-") ? Number(props.id.slice(3)) : null);
    const household = () => (rt() === null ? roster?.byId(props.id) : undefined);
    return (
      <Show
        when={household()}
        fallback={
          <Show when={rt() !== null && rtNeeds().byRt.get(rt()!)}>
            {(list) => <RtNeedsPanel rt={rt()!} needs={needs().filter((n) => list().some((x) => x.id === n.id))} cardHref={(n) => href("papan", n.id)} onClose={props.onClose} />}
          </Show>
        }
      >
        {(h) => <HouseholdSummary household={h()} assessment={ws.assess.of(h())} needs={needs().filter((n) => n.familyId === h().id)} href={href("keluarga", h().id)} onClose={props.onClose} />}
      </Show>
    );
  }
}
