/**
 * The irisan ("cari irisannya", PRODUCT.md): where stunting risk and poverty meet.
 * KRS families by welfare band (desil 1-4, desil 5-10, no desil: not on the social
 * list), and among KRS in desil 1-4 those receiving none of PKH, BPNT, PBI (the
 * targeting gap), per RW and RT, with the families behind every count. The KRS
 * screening is shared/src/rules/screening's (each family keeps its factors, so the
 * view can say why it is KRS). Pure: plain households and screening results in.
 *
 * A household's desil and aid are its shown values (model/socialList.ts: a hand
 * value, else the linked social-list rows'); "no desil" is the band of a family
 * that neither list nor person gave one, which is what "not on the social list"
 * means for a DTSEN list (every row of it has a desil).
 */
import type { AidProgramme } from "../model/household.ts";
import type { FactorKey } from "./screening/factors.ts";
import type { ScreeningResult } from "./screening/screenFamily.ts";

export const WELFARE_BANDS = ["desil1_4", "desil5_10", "tanpaDesil"] as const;
export type WelfareBand = (typeof WELFARE_BANDS)[number];

/** The programmes whose absence makes a poor KRS family a targeting gap. */
export const GAP_PROGRAMMES = ["PKH", "BPNT", "PBI"] as const satisfies readonly AidProgramme[];

export function welfareBand(desil: number | null): WelfareBand {
  if (desil === null || !Number.isInteger(desil) || desil < 1 || desil > 10) return "tanpaDesil";
  return desil <= 4 ? "desil1_4" : "desil5_10";
}

/** A KRS family in desil 1-4 receiving none of PKH, BPNT, PBI. */
export function isTargetingGap(h: { desil: number | null; aid: readonly string[] }, isKrs: boolean): boolean {
  return isKrs && welfareBand(h.desil) === "desil1_4" && !GAP_PROGRAMMES.some((p) => h.aid.includes(p));
}

export interface IrisanHousehold {
  id: string;
  kepala: string;
  rt: number | null;
  rw: number | null;
  desil: number | null;
  aid: readonly AidProgramme[];
}

export interface IrisanFamily {
  id: string;
  kepala: string;
  rt: number | null;
  rw: number | null;
  desil: number | null;
  band: WelfareBand;
  aid: AidProgramme[];
  /** why the family is KRS */
  factors: FactorKey[];
  gap: boolean;
}

export interface IrisanCounts {
  /** families in the area */
  keluarga: number;
  krs: number;
  byBand: Record<WelfareBand, number>;
  /** KRS in desil 1-4 without PKH/BPNT/PBI */
  gap: number;
}

export interface IrisanArea {
  /** null: RT or RW not recorded */
  rw: number | null;
  counts: IrisanCounts;
  rts: Array<{ rt: number | null; counts: IrisanCounts }>;
}

export interface Irisan {
  counts: IrisanCounts;
  /** RW ascending, unknown last; RTs likewise within each RW */
  byRw: IrisanArea[];
  /** every KRS family, in RW, RT, name order */
  families: IrisanFamily[];
}

const emptyCounts = (): IrisanCounts => ({ keluarga: 0, krs: 0, byBand: { desil1_4: 0, desil5_10: 0, tanpaDesil: 0 }, gap: 0 });

function add(counts: IrisanCounts, family: IrisanFamily | null): void {
  counts.keluarga += 1;
  if (!family) return;
  counts.krs += 1;
  counts.byBand[family.band] += 1;
  if (family.gap) counts.gap += 1;
}

const byNumber = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
const names = new Intl.Collator("id");

/** `results[i]` is the screening of `households[i]`. */
export function computeIrisan(households: readonly IrisanHousehold[], results: readonly Pick<ScreeningResult, "isKrs" | "factors">[]): Irisan {
  if (results.length !== households.length) throw new Error("computeIrisan: one screening result per household");
  const total = emptyCounts();
  const areas = new Map<number | null, { counts: IrisanCounts; rts: Map<number | null, IrisanCounts> }>();
  const families: IrisanFamily[] = [];
  households.forEach((h, i) => {
    const r = results[i]!;
    const family: IrisanFamily | null = r.isKrs
      ? { id: h.id, kepala: h.kepala, rt: h.rt, rw: h.rw, desil: h.desil, band: welfareBand(h.desil), aid: [...h.aid], factors: [...r.factors], gap: isTargetingGap(h, true) }
      : null;
    if (family) families.push(family);
    let area = areas.get(h.rw);
    if (!area) areas.set(h.rw, (area = { counts: emptyCounts(), rts: new Map() }));
    let rt = area.rts.get(h.rt);
    if (!rt) area.rts.set(h.rt, (rt = emptyCounts()));
    add(total, family);
    add(area.counts, family);
    add(rt, family);
  });
  const byRw: IrisanArea[] = [...areas.entries()]
    .sort(([a], [b]) => byNumber(a, b))
    .map(([rw, area]) => ({ rw, counts: area.counts, rts: [...area.rts.entries()].sort(([a], [b]) => byNumber(a, b)).map(([rt, counts]) => ({ rt, counts })) }));
  families.sort((a, b) => byNumber(a.rw, b.rw) || byNumber(a.rt, b.rt) || names.compare(a.kepala, b.kepala) || (a.id < b.id ? -1 : 1));
  return { counts: total, byRw, families };
}

export type IrisanSelection = { kind: "band"; band: WelfareBand } | { kind: "gap" } | { kind: "krs" };

/** The KRS families of a band, of the gap, or all, optionally in one RW and RT: the list behind a count. */
export function irisanFamilies(irisan: Irisan, selection: IrisanSelection, place: { rw?: number | null; rt?: number | null } = {}): IrisanFamily[] {
  return irisan.families.filter(
    (f) =>
      (selection.kind === "krs" || (selection.kind === "gap" ? f.gap : f.band === selection.band)) &&
      (place.rw === undefined || f.rw === place.rw) &&
      (place.rt === undefined || f.rt === place.rt),
  );
}
