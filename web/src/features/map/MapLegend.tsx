import { For } from "solid-js";
import { t } from "../../i18n/index.ts";
import { STATUS_COLOURS, type PointStatus } from "./points.ts";

/** What each colour means; OPD devices see only needs, so only met/unmet. */
export function MapLegend(props: { statuses: readonly PointStatus[] }) {
  return (
    <section class="map-legend" data-testid="map-legend" aria-label={t("map.legend")}>
      <strong>{t("map.legend")}</strong>
      <ul>
        <For each={props.statuses}>
          {(s) => (
            <li data-status={s}>
              <span class="map-swatch" style={{ background: STATUS_COLOURS[s] }} />
              {t(`map.status.${s}`)}
            </li>
          )}
        </For>
        <li>
          <span class="map-swatch cluster" />
          {t("map.cluster")}
        </li>
      </ul>
    </section>
  );
}
