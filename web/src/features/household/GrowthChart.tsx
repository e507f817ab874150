import { createUniqueId, For } from "solid-js";
import { lengthForAgeCurves, LAST_TABLE_DAY, POSITION_CORRECTION_CM, STANDING_FROM_DAY, type GrowthPoint, type Sex } from "@shared/rules/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";

const W = 320, H = 220, LEFT = 34, RIGHT = 24, TOP = 8, BOTTOM = 30;
const DAYS_PER_MONTH = 30.4375;
const Z_TEXT: Record<number, string> = { [-3]: "−3", [-2]: "−2", 0: "0", 2: "+2", 3: "+3" };

/**
 * Length/height-for-age on WHO's lines (−3, −2, 0, +2, +3 SD) from birth to a
 * little beyond the child's age. Points are plotted with the SAME position
 * correction the z-score uses (standing under 731 days +0.7 cm, lying from 731
 * days −0.7 cm), so a dot sits where its z-score says; the description says so.
 */
export function GrowthChart(props: { name: string; sex: Sex; ageDays: number; points: GrowthPoint[] }) {
  const titleId = createUniqueId();
  const descId = createUniqueId();
  const measured = () =>
    props.points.flatMap((p) => {
      const cm = p.measurement.lengthCm;
      if (cm === null) return [];
      const shift = p.ageDays < STANDING_FROM_DAY && p.measurement.position === "standing" ? POSITION_CORRECTION_CM : p.ageDays >= STANDING_FROM_DAY && p.measurement.position === "lying" ? -POSITION_CORRECTION_CM : 0;
      return [{ ageDays: p.ageDays, cm: cm + shift, flagged: p.lengthForAge?.implausible ?? false }];
    });
  const lastDay = () => Math.max(props.ageDays, ...measured().map((p) => p.ageDays));
  const maxMonths = () => Math.min(60, Math.max(6, Math.ceil(lastDay() / DAYS_PER_MONTH) + 3));
  const maxDays = () => Math.min(LAST_TABLE_DAY, Math.round(maxMonths() * DAYS_PER_MONTH));
  const curves = () => lengthForAgeCurves(props.sex, 0, maxDays(), Math.max(1, Math.round(maxDays() / 90)));
  const yRange = () => {
    const all = [...curves().flatMap((c) => c.points.map((p) => p.cm)), ...measured().map((p) => p.cm)];
    return { lo: Math.floor((Math.min(...all) - 2) / 5) * 5, hi: Math.ceil((Math.max(...all) + 2) / 5) * 5 };
  };
  const x = (days: number) => LEFT + (days / maxDays()) * (W - LEFT - RIGHT);
  const y = (cm: number) => TOP + (1 - (cm - yRange().lo) / (yRange().hi - yRange().lo)) * (H - TOP - BOTTOM);
  const monthTicks = () => {
    const step = maxMonths() <= 12 ? 2 : maxMonths() <= 30 ? 3 : 6;
    return Array.from({ length: Math.floor(maxMonths() / step) + 1 }, (_, i) => i * step).filter((m) => m * DAYS_PER_MONTH <= maxDays());
  };
  const cmTicks = () => {
    const { lo, hi } = yRange();
    const step = hi - lo > 40 ? 10 : 5;
    return Array.from({ length: Math.floor((hi - lo) / step) + 1 }, (_, i) => lo + i * step);
  };

  return (
    <svg class="growth-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`} data-testid="growth-chart">
      <title id={titleId}>{t("hh.chart.title", { name: props.name })}</title>
      <desc id={descId}>{t("hh.chart.desc")}</desc>
      <For each={cmTicks()}>
        {(cm) => (
          <g class="grid">
            <line x1={LEFT} x2={W - RIGHT} y1={y(cm)} y2={y(cm)} />
            <text x={LEFT - 4} y={y(cm) + 3} text-anchor="end">{cm}</text>
          </g>
        )}
      </For>
      <For each={monthTicks()}>
        {(m) => (
          <text class="tick" x={x(m * DAYS_PER_MONTH)} y={H - BOTTOM + 12} text-anchor="middle">
            {m}
          </text>
        )}
      </For>
      <text class="axis-label" x={(LEFT + W - RIGHT) / 2} y={H - 4} text-anchor="middle">
        {t("hh.chart.months")}
      </text>
      <For each={curves()}>
        {(c) => {
          const end = () => c.points.at(-1);
          return (
            <g class={`curve curve-z${c.z < 0 ? "m" : "p"}${Math.abs(c.z)}`}>
              <polyline fill="none" points={c.points.map((p) => `${x(p.ageDays).toFixed(1)},${y(p.cm).toFixed(1)}`).join(" ")} />
              <text x={x(end()?.ageDays ?? 0) + 3} y={y(end()?.cm ?? 0) + 3}>
                {Z_TEXT[c.z]}
              </text>
            </g>
          );
        }}
      </For>
      <polyline class="child-line" fill="none" points={measured().map((p) => `${x(p.ageDays).toFixed(1)},${y(p.cm).toFixed(1)}`).join(" ")} />
      <For each={measured()}>
        {(p) => (
          <circle class="child-point" classList={{ flagged: p.flagged }} cx={x(p.ageDays)} cy={y(p.cm)} r="3.5">
            <title>{`${formatNumber(Math.round(p.cm * 10) / 10)} cm`}</title>
          </circle>
        )}
      </For>
    </svg>
  );
}
