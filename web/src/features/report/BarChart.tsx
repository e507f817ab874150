import { For, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { formatCell } from "./tableModel.ts";

const LABEL_W = 96;
const BAR_W = 190;
const ROW_H = 16;

/**
 * Horizontal bars, one per area (an RT), as SVG so it prints crisply at any size; no chart library.
 * A bar with no data says "—" instead of a zero-length bar.
 */
export function BarChart(props: { id: string; title: string; unit: "count" | "percent"; bars: Array<{ label: string; value: number | null }> }) {
  const max = () => Math.max(props.unit === "percent" ? 10 : 1, ...props.bars.map((b) => b.value ?? 0));
  const height = () => props.bars.length * ROW_H + 4;
  return (
    <figure class="report-chart" data-testid={props.id}>
      <figcaption>{props.title}</figcaption>
      <Show when={props.bars.some((b) => b.value !== null)} fallback={<p class="muted">{t("report.chart.noData")}</p>}>
        <svg viewBox={`0 0 ${LABEL_W + BAR_W + 44} ${height()}`} role="img" aria-label={props.title} preserveAspectRatio="xMinYMin meet">
          <For each={props.bars}>
            {(b, i) => {
              const y = () => i() * ROW_H + 2;
              const w = () => (b.value === null ? 0 : Math.max(b.value > 0 ? 1 : 0, (b.value / max()) * BAR_W));
              return (
                <g data-bar={b.label} data-value={b.value ?? ""}>
                  <text x={LABEL_W - 4} y={y() + 11} text-anchor="end" class="chart-label">{b.label}</text>
                  <rect x={LABEL_W} y={y() + 2} width={w()} height={ROW_H - 5} rx="2" class="chart-bar" />
                  <text x={LABEL_W + w() + 4} y={y() + 11} class="chart-value">{formatCell(b.value, props.unit)}</text>
                </g>
              );
            }}
          </For>
        </svg>
      </Show>
    </figure>
  );
}
