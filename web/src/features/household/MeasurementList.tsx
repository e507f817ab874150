import { For, Show } from "solid-js";
import type { Measurement } from "@shared/model/index.ts";
import { STANDING_FROM_DAY, type GrowthPoint } from "@shared/rules/index.ts";
import { formatDate, formatNumber, t } from "../../i18n/index.ts";
import { GrowthResultChip } from "./GrowthResultChip.tsx";

/**
 * A child's measurements, oldest first, each with its z-scores: PB/U or TB/U,
 * BB/U, and BB/PB or BB/TB (the age decides which table, as WHO does).
 * The latest measurement's length category carries data-testid="stunting-category".
 */
export function MeasurementList(props: { measurements: Measurement[]; points: GrowthPoint[]; writable: boolean; onEdit: (m: Measurement) => void; onRemove: (m: Measurement) => void }) {
  const pointOf = (id: string) => props.points.find((p) => p.measurement.id === id);
  const latestId = () => props.points.at(-1)?.measurement.id;

  return (
    <Show when={props.measurements.length > 0} fallback={<p class="muted">{t("hh.measure.none")}</p>}>
      <ul class="cards measurements">
        <For each={props.measurements}>
          {(m) => {
            const point = () => pointOf(m.id);
            const table = () => ((point()?.ageDays ?? 0) < STANDING_FROM_DAY ? "lying" : "standing");
            return (
              <li class="card" data-testid="measurement-row" data-id={m.id}>
                <div class="hh-measure-line">
                  <strong>{formatDate(m.date)}</strong>
                  <Show when={m.lengthCm !== null}>
                    <span data-testid="measurement-length">
                      {t(`hh.indicator.length.${m.position}`)} {formatNumber(m.lengthCm ?? 0)} cm
                    </span>
                  </Show>
                  <Show when={m.weightKg !== null}>
                    <span data-testid="measurement-weight">
                      {t("hh.indicator.weight")} {formatNumber(m.weightKg ?? 0)} kg
                    </span>
                  </Show>
                  <Show when={m.measuredBy}>
                    <span class="muted">{t("hh.measure.byLine", { name: m.measuredBy })}</span>
                  </Show>
                </div>
                <div class="hh-measure-line">
                  <GrowthResultChip
                    label={t(`hh.indicator.lfa.${table()}`)}
                    result={point()?.lengthForAge ?? null}
                    testId={m.id === latestId() ? "stunting-category" : undefined}
                  />
                  <GrowthResultChip label={t("hh.indicator.wfa")} result={point()?.weightForAge ?? null} />
                  <GrowthResultChip label={t(`hh.indicator.wfl.${table()}`)} result={point()?.weightForLength ?? null} />
                </div>
                <Show when={props.writable}>
                  <div class="actions">
                    <button type="button" class="link-button" onClick={() => props.onEdit(m)} data-testid="edit-measurement">
                      {t("common.edit")}
                    </button>
                    <button type="button" class="link-button" onClick={() => props.onRemove(m)}>
                      {t("hh.measure.remove")}
                    </button>
                  </div>
                </Show>
              </li>
            );
          }}
        </For>
      </ul>
    </Show>
  );
}
