import { For } from "solid-js";
import { DEFAULT_DOMAINS, type Agency } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import type { CardFilter, DueFilter } from "./selectors.ts";

/** The Kanban's filters: agency, Ragapantas domain, RT and due date. */
export function BoardFilters(props: { filter: CardFilter; onChange: (f: CardFilter) => void; agencies: Agency[] }) {
  const set = (patch: Partial<CardFilter>) => props.onChange({ ...props.filter, ...patch });
  const dues: Array<[DueFilter, "board.filter.all" | "board.filter.dueOverdue" | "board.filter.dueWeek" | "board.filter.dueNone"]> = [
    ["", "board.filter.all"],
    ["overdue", "board.filter.dueOverdue"],
    ["week", "board.filter.dueWeek"],
    ["none", "board.filter.dueNone"],
  ];
  return (
    <div class="filters chips" data-testid="board-filters">
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
      <Field label={t("board.filter.due")}>
        <select name="due" value={props.filter.due} onChange={(e) => set({ due: e.currentTarget.value as DueFilter })}>
          <For each={dues}>{([value, key]) => <option value={value}>{t(key)}</option>}</For>
        </select>
      </Field>
    </div>
  );
}
