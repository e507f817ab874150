import { createSignal, Show } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import { t, formatNumber } from "../../i18n/index.ts";

interface Fix {
  lat: number;
  lon: number;
  accuracy: number;
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * The house's location (issue 6): from the phone's GPS, with its accuracy shown
 * before it is kept, or by tapping the map (pickHref); editable and removable.
 */
export function HouseholdLocation(props: { household: Household; writable: boolean; pickHref: string; onSave(at: { lat: number | null; lon: number | null }): void }) {
  const [fix, setFix] = createSignal<Fix | null>(null);
  const [finding, setFinding] = createSignal(false);
  const [problem, setProblem] = createSignal("");
  const h = () => props.household;
  const has = () => h().lat !== null && h().lon !== null;

  const locate = () => {
    setProblem("");
    if (!("geolocation" in navigator)) return setProblem(t("loc.unsupported"));
    setFinding(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setFinding(false);
        setFix({ lat: round(p.coords.latitude), lon: round(p.coords.longitude), accuracy: Math.round(p.coords.accuracy) });
      },
      (e) => {
        setFinding(false);
        setProblem(t("loc.denied", { reason: e.message || String(e.code) }));
      },
      { enableHighAccuracy: true, timeout: 30_000, maximumAge: 0 },
    );
  };

  return (
    <section class="panel hh-location" data-testid="household-location">
      <h2>{t("loc.title")}</h2>
      <Show when={has()} fallback={<p class="muted" data-testid="location-none">{t("loc.none")}</p>}>
        <p data-testid="location-coords" data-lat={h().lat} data-lon={h().lon}>{`${h().lat!.toFixed(6)}, ${h().lon!.toFixed(6)}`}</p>
      </Show>
      <Show when={fix()}>
        {(f) => (
          <p data-testid="location-fix">
            {`${f().lat.toFixed(6)}, ${f().lon.toFixed(6)} (${t("loc.accuracy", { meters: formatNumber(f().accuracy) })}) `}
            <button type="button" data-testid="location-save" onClick={() => (props.onSave({ lat: f().lat, lon: f().lon }), setFix(null))}>
              {t("loc.save")}
            </button>
          </p>
        )}
      </Show>
      <Show when={problem()}>
        <p role="alert">{problem()}</p>
      </Show>
      <div class="actions">
        <Show when={props.writable}>
          <button type="button" onClick={locate} disabled={finding()} data-testid="location-use-mine">
            {finding() ? t("loc.finding") : t("loc.useMine")}
          </button>
        </Show>
        <a href={props.pickHref} data-testid="location-pick">
          {props.writable ? t("loc.pickOnMap") : t("loc.onMap")}
        </a>
        <Show when={props.writable && has()}>
          <button type="button" class="link-button" onClick={() => props.onSave({ lat: null, lon: null })} data-testid="location-remove">
            {t("loc.remove")}
          </button>
        </Show>
      </div>
    </section>
  );
}
