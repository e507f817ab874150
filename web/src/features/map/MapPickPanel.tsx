import { createSignal, Show } from "solid-js";
import type { LatLon } from "@shared/model/geo.ts";
import { maySave, type PlaceCheck } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { placeText } from "./placeText.ts";

const firmOf = (c: PlaceCheck) => (c.verdict === "far" ? String(c.firm) : undefined);

export interface Proposal {
  at: LatLon;
  check: PlaceCheck;
}

/**
 * "Pilih di peta" for one family: a tap proposes a location, this panel says where that is
 * (in an RT area, how far from the village's families) and saves it only when the person
 * confirms; a location far from the village is refused. GPS is offered, and urged when the
 * map has nothing to check a tap against.
 */
export function MapPickPanel(props: {
  family: string;
  proposal: Proposal | null;
  saved: boolean;
  maxKm: number;
  blank: boolean;
  doneHref: string;
  onConfirm(): void;
  onClear(): void;
  onPropose(at: LatLon): void;
}) {
  const [finding, setFinding] = createSignal(false);
  const [gpsProblem, setGpsProblem] = createSignal("");
  const gps = () => {
    setGpsProblem("");
    if (!("geolocation" in navigator)) return setGpsProblem(t("loc.unsupported"));
    setFinding(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setFinding(false);
        props.onPropose({ lat: p.coords.latitude, lon: p.coords.longitude });
      },
      (e) => {
        setFinding(false);
        setGpsProblem(t("loc.denied", { reason: e.message || String(e.code) }));
      },
      { enableHighAccuracy: true, timeout: 30_000, maximumAge: 0 },
    );
  };
  const check = () => props.proposal?.check ?? null;
  const refused = () => check() !== null && !maySave(check()!);

  return (
    <div class="panel map-pick" data-testid="map-pick" role="status">
      <strong>{t("map.pickTitle", { family: props.family })}</strong>{" "}
      <Show when={!props.proposal}>
        <span>{props.saved ? t("map.pickSaved") : t("map.pickHint")}</span>
        <Show when={props.blank && !props.saved}>
          <p class="map-pick-warning" data-testid="map-pick-blank">{t("place.blank")}</p>
        </Show>
      </Show>
      <Show when={check()}>
        {(c) => (
          <p data-testid="map-check" data-verdict={c().verdict} data-firm={firmOf(c())} classList={{ "map-pick-warning": c().verdict === "far" || c().verdict === "unchecked" }}>
            {placeText(c(), props.maxKm)} <Show when={refused()}>{t("place.retry")}</Show>
          </p>
        )}
      </Show>
      <Show when={gpsProblem()}>
        <p role="alert">{gpsProblem()}</p>
      </Show>
      <div class="actions">
        <Show when={props.proposal && !refused()}>
          <button type="button" data-testid="map-pick-confirm" onClick={() => props.onConfirm()}>
            {check()?.verdict === "far" ? t("place.confirmAnyway") : t("place.confirm")}
          </button>
        </Show>
        <Show when={props.proposal}>
          <button type="button" class="secondary" data-testid="map-pick-clear" onClick={() => props.onClear()}>
            {t("place.tapAgain")}
          </button>
        </Show>
        <button type="button" class="secondary" data-testid="map-pick-gps" disabled={finding()} onClick={gps}>
          {finding() ? t("place.gpsFinding") : t("place.gps")}
        </button>
        <a href={props.doneHref} data-testid="map-pick-done">
          {props.saved ? t("hh.back") : t("map.pickCancel")}
        </a>
      </div>
    </div>
  );
}
