import { For, untrack } from "solid-js";
import { DEFAULT_DOMAINS, type Agency } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import type { CardFilter, DueFilter } from "./selectors.ts";

const WIDE_SCREEN = typeof matchMedia === "function" && matchMedia("(min-width: 700px)").matches;

/**
 * The Kanban's filters: agency, Ragapantas domain, RT and due date. Folded on a phone (the cards matter
 * more than four drop-downs), open on a wide screen or with a filter set; then the person decides.
 */
export function BoardFilters(props: { filter: CardFilter; onChange: (f: CardFilter) => void; agencies: Agency[] }) {
  const set = (patch: Partial<CardFilter>) => props.onChange({ ...props.filter, ...patch });
  const active = () => [props.filter.agency, props.filter.domain, props.filter.rt.trim(), props.filter.rw.trim(), props.filter.due].filter((v) => v !== "").length;
  const dues: Array<[DueFilter, "board.filter.all" | "board.filter.dueOverdue" | "board.filter.dueWeek" | "board.filter.dueNone"]> = [
    ["", "board.filter.all"],
    ["overdue", "board.filter.dueOverdue"],
    ["week", "board.filter.dueWeek"],
    ["none", "board.filter.dueNone"],
  ];
  return (
    <details class="filter-box" open={untrack(() => WIDE_SCREEN || active() > 0) || undefined}>
      <summary data-testid="board-filter-toggle">{t("filter.title", { count: active() })}</summary>
      <div class="board-filters" data-testid="board-filters">
        <Field label={t("board.filter.agency")}>
          <select name="agency" value={props.filter.agency} onChange={(e) => set({ agency: e.currentTarget.value })}>
            <option value="">{t("board.filter.all")}</option>
            <For each={props.agencies}>{(a) => <option value={a.code}>{a.code}</option>}</For>
          </select>
        </Field>
        <Field label={t("board.filter.domain")}>
          <select name="domain" value={props.filter.domain} onChange={(e) => set({ domain: e.currentTarget.value })}>
            <option value="">{t("board.filter.all")}</option>
            <For each={DEFAULT_DOMAINS}>{(d) => <option value={d}>{t(`domain.${d}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t("board.filter.rt")}>
          <input name="rt" inputmode="numeric" size="3" value={props.filter.rt} onInput={(e) => set({ rt: e.currentTarget.value })} />
        </Field>
        <Field label={t("board.filter.rw")}>
          <input name="rw" inputmode="numeric" size="3" value={props.filter.rw} onInput={(e) => set({ rw: e.currentTarget.value })} />
        </Field>
        <Field label={t("board.filter.due")}>
          <select name="due" value={props.filter.due} onChange={(e) => set({ due: e.currentTarget.value as DueFilter })}>
            <For each={dues}>{([value, key]) => <option value={value}>{t(key)}</option>}</For>
          </select>
        </Field>
      </div>
    </details>
  );
}
