import { createMemo, For, Show, untrack } from "solid-js";
import { AID_PROGRAMMES, type AidProgramme } from "@shared/model/index.ts";
import { FACTOR_KEYS, monthOf, type FactorKey } from "@shared/rules/index.ts";
import { localIsoDate, t } from "../../i18n/index.ts";
import { EMPTY_FILTER, isFiltering, type RosterFilter, type SasaranKey } from "../../state/rosterFilter.ts";

const SASARAN: SasaranKey[] = ["pus", "pusHamil", "baduta", "balita"];
const WIDE_SCREEN = typeof matchMedia === "function" && matchMedia("(min-width: 900px)").matches;
const num = (v: string): number | null => (/^\d+$/.test(v) ? Number(v) : null);

/** Search box and filters; the state lives in the workspace so other screens share it. */
export function RosterFilters(props: { filter: RosterFilter; onChange: (f: RosterFilter) => void; rts: number[]; rws: number[] }) {
  const set = <K extends keyof RosterFilter>(key: K, value: RosterFilter[K]) => props.onChange({ ...props.filter, [key]: value });
  // each control follows its own field: typing in the search box must not rewrite seven selects
  const field = <K extends keyof RosterFilter>(key: K) => createMemo(() => props.filter[key]);
  const [query, rw, rt, factor, sasaran, desil, aid, stunting, krsOnly, gap, unvisitedIn] = [field("query"), field("rw"), field("rt"), field("factor"), field("sasaran"), field("desil"), field("aid"), field("stunting"), field("krsOnly"), field("gap"), field("unvisitedIn")];
  const active = createMemo(() => activeCount(props.filter));
  const filtering = createMemo(() => isFiltering(props.filter));
  return (
    <div class="filters">
      {/* names, NIKs and RT/RW: no spell check underlining names, no phone keyboard "correcting" them */}
      <input class="search" type="search" placeholder={t("roster.search")} value={query()} onInput={(e) => set("query", e.currentTarget.value)} spellcheck={false} autocomplete="off" autocapitalize="off" enterkeyhint="search" data-testid="roster-search" />
      {/* folded on phones: the table matters more than seven drop-downs */}
      {/* open at first on wide screens or with filters set; then the person decides (a reactive `open`
          would fold the box under their finger when they clear the last filter) */}
      <details class="filter-box" open={untrack(() => WIDE_SCREEN || active() > 0) || undefined}>
        <summary data-testid="filter-toggle">{t("filter.title", { count: active() })}</summary>
      <div class="filter-row">
        <select aria-label={t("filter.rw")} value={rw() ?? ""} onChange={(e) => set("rw", num(e.currentTarget.value))}>
          <option value="">{`${t("filter.rw")}: ${t("filter.all")}`}</option>
          <For each={props.rws}>{(rw) => <option value={rw}>{`RW ${rw}`}</option>}</For>
        </select>
        <select aria-label={t("filter.rt")} value={rt() ?? ""} onChange={(e) => set("rt", num(e.currentTarget.value))}>
          <option value="">{`${t("filter.rt")}: ${t("filter.all")}`}</option>
          <For each={props.rts}>{(rt) => <option value={rt}>{`RT ${rt}`}</option>}</For>
        </select>
        <select aria-label={t("filter.factor")} value={factor()} onChange={(e) => set("factor", e.currentTarget.value as FactorKey | "")} data-testid="filter-factor">
          <option value="">{`${t("filter.factor")}: ${t("filter.all")}`}</option>
          <For each={FACTOR_KEYS}>{(f) => <option value={f}>{t(`factor.${f}`)}</option>}</For>
        </select>
        <select aria-label={t("filter.sasaran")} value={sasaran()} onChange={(e) => set("sasaran", e.currentTarget.value as SasaranKey | "")}>
          <option value="">{`${t("filter.sasaran")}: ${t("filter.all")}`}</option>
          <For each={SASARAN}>{(s) => <option value={s}>{t(`sasaran.${s}`)}</option>}</For>
        </select>
        <select aria-label={t("filter.desil")} value={desil() ?? ""} onChange={(e) => set("desil", desilChoice(e.currentTarget.value))} data-testid="filter-desil">
          <option value="">{`${t("filter.desil")}: ${t("filter.all")}`}</option>
          <option value="miskin">{t("filter.miskin")}</option>
          <option value="desil5_10">{t("filter.desil5_10")}</option>
          <option value="tanpaDesil">{t("filter.tanpaDesil")}</option>
          <For each={[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}>{(d) => <option value={d}>{`Desil ${d}`}</option>}</For>
        </select>
        <select aria-label={t("filter.aid")} value={aid()} onChange={(e) => set("aid", e.currentTarget.value as AidProgramme | "")}>
          <option value="">{`${t("filter.aid")}: ${t("filter.all")}`}</option>
          <For each={AID_PROGRAMMES}>{(p) => <option value={p}>{p}</option>}</For>
        </select>
        <select aria-label={t("filter.stunting")} value={stunting()} onChange={(e) => set("stunting", e.currentTarget.value as RosterFilter["stunting"])} data-testid="filter-stunting">
          <option value="">{`${t("filter.stunting")}: ${t("filter.all")}`}</option>
          <option value="any">{`${t("stunting.pendek")} / ${t("stunting.sangat pendek")}`}</option>
          <option value="pendek">{t("stunting.pendek")}</option>
          <option value="sangat pendek">{t("stunting.sangat pendek")}</option>
        </select>
        <label class="check">
          <input type="checkbox" checked={krsOnly()} onChange={(e) => set("krsOnly", e.currentTarget.checked)} data-testid="filter-krs" />
          {t("filter.krsOnly")}
        </label>
        <label class="check">
          <input type="checkbox" checked={gap()} onChange={(e) => set("gap", e.currentTarget.checked)} data-testid="filter-gap" />
          {t("filter.gap")}
        </label>
        <label class="check">
          <input type="checkbox" checked={unvisitedIn() !== ""} onChange={(e) => set("unvisitedIn", e.currentTarget.checked ? monthOf(localIsoDate()) : "")} data-testid="filter-unvisited" />
          {t("filter.unvisited")}
        </label>
        <Show when={filtering()}>
          <button type="button" class="link-button" onClick={() => props.onChange(EMPTY_FILTER)}>
            {t("filter.reset")}
          </button>
        </Show>
      </div>
      </details>
    </div>
  );
}

function activeCount(f: RosterFilter): number {
  return [f.rt !== null, f.rw !== null, f.factor !== "", f.sasaran !== "", f.desil !== null, f.aid !== "", f.stunting !== "", f.krsOnly, f.gap, f.unvisitedIn !== ""].filter(Boolean).length;
}

function desilChoice(value: string): RosterFilter["desil"] {
  return value === "miskin" || value === "desil5_10" || value === "tanpaDesil" ? value : num(value);
}
