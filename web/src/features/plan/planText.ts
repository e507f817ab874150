import type { DraftProposal } from "@shared/rules/plan/index.ts";
import { formatRupiah } from "@shared/rules/plan/index.ts";
import { DEFAULT_DOMAINS, SEKSI, type FundingSource, type PlanActivity, type Responsible, type Seksi, type TargetUnit } from "@shared/model/index.ts";
import { formatNumber, tMaybe } from "../../i18n/index.ts";
import { tp, type PlanMessageKey } from "../../i18n/plan.ts";

/** The plan's words: groups, areas, months, targets, sources, and the texts a draft proposal starts with. */

export type GroupBy = "seksi" | "domain";

export const seksiLabel = (s: Seksi | "") => (s ? tp(`plan.seksi.${s}`) : tp("plan.noGroup"));
export const domainLabel = (d: string) => (d ? tMaybe(`domain.${d}`, d) : tp("plan.noGroup"));
export const unitLabel = (u: TargetUnit) => tp(`plan.unit.${u}`);
export const sourceLabel = (s: FundingSource | "") => (s ? tp(`plan.source.${s}`) : tp("plan.source.none"));
export const rupiah = (n: number) => formatRupiah(n);

/** "35 keluarga", or "" without a count. */
export function targetText(a: Pick<PlanActivity, "target" | "unit">): string {
  return a.target === null ? "" : tp("plan.targetText", { count: formatNumber(a.target), unit: unitLabel(a.unit) });
}

/** "Seluruh desa", "RW 3", "RT 2/RW 3". */
export function areaLabel(rw: number, rt: number): string {
  if (rw === 0 && rt === 0) return tp("plan.area.desa");
  if (rt === 0) return tp("plan.area.rw", { rw });
  return rw === 0 ? tp("plan.area.rt", { rt }) : tp("plan.area.rtRw", { rt, rw });
}

/** Where: the area and the place in words. */
export function placeText(a: Pick<PlanActivity, "rw" | "rt" | "location">): string {
  return [areaLabel(a.rw, a.rt), a.location.trim()].filter(Boolean).join(", ");
}

export const monthNames = (): string[] => tp("plan.months").split(",");

/** [3, 4, 5, 8] -> "Mar–Mei, Agu": runs of consecutive months as ranges. */
export function monthsLabel(months: readonly number[]): string {
  const names = monthNames();
  const runs: Array<[number, number]> = [];
  for (const m of [...months].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && m === last[1] + 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs.map(([a, b]) => (a === b ? names[a - 1] : `${names[a - 1]}–${names[b - 1]}`)).join(", ");
}

export function responsibleLabel(r: Responsible): string {
  if (!r) return "";
  return r.kind === "opd" ? r.code : r.name;
}

/** The group an activity is listed under, and the groups' order (the 8 seksi / the Ragapantas domains as listed, then none). */
export function groupKey(a: PlanActivity, by: GroupBy): string {
  return by === "seksi" ? a.seksi : a.domain;
}

/** The activities under their groups: the 8 seksi or the Ragapantas domains in the handbook's order, then "not grouped yet". */
export function groupActivities(activities: readonly PlanActivity[], by: GroupBy): Array<{ key: string; activities: PlanActivity[] }> {
  const order: readonly string[] = by === "seksi" ? SEKSI : DEFAULT_DOMAINS;
  const rank = (key: string) => (key === "" ? Number.MAX_SAFE_INTEGER : order.includes(key) ? order.indexOf(key) : order.length);
  const keys = [...new Set(activities.map((a) => groupKey(a, by)))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return keys.map((key) => ({ key, activities: activities.filter((a) => groupKey(a, by) === key) }));
}

export function groupLabel(key: string, by: GroupBy): string {
  return by === "seksi" ? seksiLabel(key as Seksi | "") : domainLabel(key);
}

/** The texts a draft proposal starts the activity with, in the screen's language. */
export function draftTexts(p: DraftProposal): { title: string; targetGroup: string; indicator: string; location: string } {
  const key = (part: "title" | "target" | "indicator") => `plan.draft.${p.template}.${part}` as PlanMessageKey;
  const rws = p.byRw.map((r) => (r.rw === null ? `${tp("plan.draft.rwUnknown")}: ${formatNumber(r.count)}` : tp("plan.draft.byRw", { rw: r.rw, count: formatNumber(r.count) })));
  const location = p.scope === "desa" ? rws.join("; ") : p.rw === null ? tp("plan.draft.rwUnknown") : "";
  return { title: tp(key("title")), targetGroup: tp(key("target")), indicator: tp(key("indicator")), location };
}
