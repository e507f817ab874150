import { For, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { formatMonth } from "../../ui/formatMonth.ts";

/**
 * A small SVG line of a village's 12 months (the project's own: no chart library). A month with no data breaks
 * the line (a gap, never a drop to zero); each month with data is a dot with its value as a tooltip.
 */
const W = 320;
const H = 120;
const PAD = { left: 8, right: 8, top: 12, bottom: 22 };

export function TrendChart(props: { points: Array<{ month: string; value: number | null }>; format: (v: number) => string; label: string }) {
  const max = () => Math.max(0, ...props.points.map((p) => p.value ?? 0)) || 1;
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(1, props.points.length - 1);
  const y = (v: number) => PAD.top + (1 - v / max()) * (H - PAD.top - PAD.bottom);
  /** runs of consecutive months with data, each one polyline */
  const runs = () => {
    const out: string[][] = [];
    let run: string[] = [];
    props.points.forEach((p, i) => {
      if (p.value === null) {
        if (run.length) out.push(run);
        run = [];
      } else run.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
    });
    if (run.length) out.push(run);
    return out;
  };
  const hasData = () => props.points.some((p) => p.value !== null);
  return (
    <Show when={hasData()} fallback={<p class="muted">{t("district.trendEmpty")}</p>}>
      <svg class="trend-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={props.label} data-testid="trend-chart">
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} class="axis" />
        <text x={PAD.left} y={PAD.top - 2} class="tick">{props.format(max())}</text>
        <For each={runs()}>{(run) => <polyline points={run.join(" ")} class="line" />}</For>
        <For each={props.points}>
          {(p, i) => (
            <Show when={p.value !== null}>
              <circle cx={x(i())} cy={y(p.value!)} r="3" class="dot" data-month={p.month}>
                <title>{`${formatMonth(p.month)}: ${props.format(p.value!)}`}</title>
              </circle>
            </Show>
          )}
        </For>
        <text x={PAD.left} y={H - 6} class="tick">{formatMonth(props.points[0]?.month ?? "")}</text>
        <text x={W - PAD.right} y={H - 6} class="tick" text-anchor="end">{formatMonth(props.points.at(-1)?.month ?? "")}</text>
      </svg>
    </Show>
  );
}
