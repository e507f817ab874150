import { For, Show } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";

/** Families whose location is far from the village: the map does not frame them, the pokja fixes them here. */
export function DoubtfulLocations(props: { households: Household[]; fixHref(id: string): string; pageHref(id: string): string }) {
  return (
    <Show when={props.households.length > 0}>
      <details class="panel map-doubtful" data-testid="doubtful-locations" open>
        <summary>{t("place.doubtful", { count: props.households.length })}</summary>
        <p class="muted">{t("place.doubtfulHint")}</p>
        <ul>
          <For each={props.households}>
            {(h) => (
              <li data-testid="doubtful-location" data-id={h.id}>
                <a href={props.pageHref(h.id)}>{h.kepala}</a>
                <span class="muted">{` RT ${h.rt ?? "-"} / RW ${h.rw ?? "-"} · ${h.lat?.toFixed(4)}, ${h.lon?.toFixed(4)} `}</span>
                <a href={props.fixHref(h.id)} data-testid="doubtful-fix">
                  {t("place.fix")}
                </a>
              </li>
            )}
          </For>
        </ul>
      </details>
    </Show>
  );
}
