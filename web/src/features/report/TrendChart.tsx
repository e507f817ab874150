import { For, Show } from "solid-js";
import type { TrendPoint } from "@shared/rules/report/index.ts";
import { t } from "../../i18n/index.ts";
import { formatMonthShort } from "./tableModel.ts";

const W = 360;
const H = 150;
const LEFT = 28;
const TOP = 10;
const RIGHT = 16;
const PLOT_W = W - LEFT - RIGHT;
const PLOT_H = 100;

type Series = { key: "stunting" | "cakupan"; label: string; css: string };

/** Points joined where months follow each other with data; a month with no data breaks the line. */
function path(points: readonly TrendPoint[], key: Series["key"], x: (i: number) => number, y: (v: number) => number): string {
  let d = "";
  let drawing = false;
  points.forEach((p, i) => {
    const v = p[key];
    if (v === null) {
      drawing = false;
      return;
    }
    d += `${drawing ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
    drawing = true;
  });
  return d.trim();
}

/** The 12-month line of stunting prevalence and measurement coverage (percent), SVG, no chart library. */
export function TrendChart(props: { id: string; title: string; points: TrendPoint[] }) {
  const series: Series[] = [
    { key: "stunting", label: t("report.col.stunting"), css: "chart-line-stunting" },
    { key: "cakupan", label: t("report.col.cakupan"), css: "chart-line-cakupan" },
  ];
  const x = (i: number) => LEFT + (props.points.length <= 1 ? 0 : (i * PLOT_W) / (props.points.length - 1));
  const y = (v: number) => TOP + PLOT_H - (Math.min(100, Math.max(0, v)) / 100) * PLOT_H;
  return (
    <figure class="report-chart" data-testid={props.id}>
      <figcaption>{props.title}</figcaption>
      <Show when={props.points.some((p) => p.diukur !== null)} fallback={<p class="muted">{t("report.chart.noData")}</p>}>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={props.title} preserveAspectRatio="xMinYMin meet">
          <For each={[0, 50, 100]}>
            {(v) => (
              <>
                <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} class="chart-grid" />
                <text x={LEFT - 4} y={y(v) + 3} text-anchor="end" class="chart-label">{v}</text>
              </>
            )}
          </For>
          <For each={props.points}>
            {(p, i) => (
              <text x={x(i())} y={TOP + PLOT_H + 14} text-anchor="middle" class="chart-label chart-month">{formatMonthShort(p.month)}</text>
            )}
          </For>
          <For each={series}>
            {(s) => (
              <g class={s.css} data-series={s.key}>
                <path d={path(props.points, s.key, x, y)} fill="none" />
                <For each={props.points}>{(p, i) => (p[s.key] === null ? null : <circle cx={x(i())} cy={y(p[s.key]!)} r="2.2" data-month={p.month} data-value={p[s.key]} />)}</For>
              </g>
            )}
          </For>
          <For each={series}>
            {(s, i) => (
              <g class={s.css}>
                <line x1={LEFT + i() * 130} x2={LEFT + i() * 130 + 14} y1={H - 6} y2={H - 6} />
                <text x={LEFT + i() * 130 + 18} y={H - 3} class="chart-label">{s.label}</text>
              </g>
            )}
          </For>
        </svg>
      </Show>
    </figure>
  );
}
