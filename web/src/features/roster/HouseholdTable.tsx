import { createEffect, createMemo, createSignal, For, Index, Show, type Accessor } from "solid-js";
import { createSolidTable, flexRender, getCoreRowModel, getSortedRowModel, type SortingState } from "@tanstack/solid-table";
import type { Household } from "@shared/model/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import type { Assessor } from "../../state/assessment.ts";
import type { RosterFilter } from "../../state/rosterFilter.ts";
import { createFilteredRoster } from "../../state/rosterView.ts";
import { householdColumns } from "./householdColumns.ts";
import { HouseholdRow } from "./HouseholdRow.tsx";
import { createRowWindow } from "./rowWindow.ts";

const ROW_HEIGHT = 44;

/**
 * Sorting with TanStack Table; only the rows in view (plus a margin) exist in the DOM
 * (rowWindow.ts). Filtering runs over an index of the sorted rows (state/rosterView.ts):
 * a keystroke neither rebuilds rows nor the row maps a table filter model would build
 * for 20,000 households, and re-renders only the rows whose family changed.
 */
export function HouseholdTable(props: { rows: Accessor<Household[]>; filter: Accessor<RosterFilter>; assessor: Assessor; hrefFor: (id: string) => string }) {
  const [sorting, setSorting] = createSignal<SortingState>([]);
  const table = createSolidTable({
    get data() {
      return props.rows();
    },
    columns: householdColumns(props.assessor.of),
    state: {
      get sorting() {
        return sorting();
      },
    },
    getRowId: (h) => h.id,
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  // every household in the chosen order: recomputed when the roster or the sort changes, not per key
  const sorted = createMemo(() => table.getRowModel().rows.map((row) => row.original));
  const shown = createFilteredRoster(sorted, props.filter, props.assessor);
  // assigned by the ref below before the window mounts (lint cannot see JSX refs)
  // eslint-disable-next-line no-unassigned-vars
  let scroller: HTMLDivElement | undefined;
  const view = createRowWindow({ count: shown.count, rowHeight: ROW_HEIGHT, overscan: 2, scroller: () => scroller });
  // The benchmark (npm run bench:roster) measures cold start to this mark: the first rows painted.
  let marked = false;
  createEffect(() => {
    if (marked || view.positions().length === 0) return;
    marked = true;
    requestAnimationFrame(() => performance.mark("rembuk:roster-rows"));
  });

  return (
    <>
    <p class="muted" data-testid="roster-count">
      {t("roster.shown", { shown: formatNumber(shown.count()), total: formatNumber(props.rows().length) })}
    </p>
    <div class="table-wrap virtual" ref={scroller} data-testid="roster-scroller">
      <table class="table" data-testid="roster-table">
        <thead>
          <For each={table.getHeaderGroups()}>
            {(group) => (
              <tr>
                <For each={group.headers}>
                  {(header) => (
                    <th onClick={header.column.getToggleSortingHandler()} aria-sort={header.column.getIsSorted() === "asc" ? "ascending" : header.column.getIsSorted() === "desc" ? "descending" : "none"}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      {{ asc: " ▲", desc: " ▼" }[header.column.getIsSorted() as string] ?? ""}
                    </th>
                  )}
                </For>
              </tr>
            )}
          </For>
        </thead>
        <tbody>
          <tr style={{ height: `${view.padTop()}px` }} aria-hidden="true" />
          {/* Index, not For: scrolling reuses the row elements and only swaps their data */}
          <Index each={view.positions()}>
            {(position) => {
              // a row re-renders only when another family lands at its position, not on every key
              const household = createMemo(() => shown.at(position()));
              return <Show when={household()}>{(h) => <HouseholdRow household={h()} assessment={props.assessor.of(h())} href={props.hrefFor(h().id)} index={position()} />}</Show>;
            }}
          </Index>
          <tr style={{ height: `${view.padBottom()}px` }} aria-hidden="true" />
        </tbody>
      </table>
    </div>
    </>
  );
}
