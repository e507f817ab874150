import { For, onMount, Show } from "solid-js";
import { DISTRICT_COLUMNS, type DistrictRow, type SortKey } from "@shared/rules/districtView.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { formatValue } from "./format.ts";

/** Villages x indicators for one month, sortable by any column; a village's name opens its trend. */
export function DistrictTable(props: {
  rows: DistrictRow[];
  sort: { key: SortKey; direction: "asc" | "desc" };
  onSort: (key: SortKey) => void;
  onOpen: (workspace: string) => void;
}) {
  // the screen is open once the villages' rows are painted (tests/bench/district.bench.ts reads this mark)
  onMount(() => requestAnimationFrame(() => performance.getEntriesByName("rembuk:district-rows").length === 0 && performance.mark("rembuk:district-rows")));
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={props.sort.key === key ? (props.sort.direction === "asc" ? "ascending" : "descending") : "none"}>
      <button type="button" class="sort" data-testid={`sort-${key}`} title={t("district.sortBy", { col: label })} onClick={() => props.onSort(key)}>
        {label}
        <span aria-hidden="true">{props.sort.key === key ? (props.sort.direction === "asc" ? " ▲" : " ▼") : ""}</span>
      </button>
    </th>
  );
  return (
    <div class="district-table-wrap">
      <table class="district-table" data-testid="district-table">
        <thead>
          <tr>
            {header("name", t("district.col.name"))}
            <For each={DISTRICT_COLUMNS}>{(c) => header(c, t(`district.col.${c}`))}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr data-testid="district-row" data-workspace={row.workspace} classList={{ missing: row.report === null }}>
                <th scope="row">
                  <button type="button" class="link" onClick={() => props.onOpen(row.workspace)}>
                    {row.name}
                  </button>
                  <small class="muted">
                    {row.kodeWilayah}
                    <Show when={row.report}>{(r) => ` · ${formatDate(r().receivedAt)}${r().version > 1 ? ` · ${t("district.version", { n: r().version })}` : ""}`}</Show>
                  </small>
                </th>
                <Show
                  when={row.report}
                  fallback={
                    <td colSpan={DISTRICT_COLUMNS.length} class="not-reported">
                      {t("district.notReported")}
                    </td>
                  }
                >
                  <For each={DISTRICT_COLUMNS}>
                    {(c) => (
                      <td data-col={c} classList={{ nodata: row.values[c] === null }}>
                        {formatValue(c, row.values[c])}
                      </td>
                    )}
                  </For>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
