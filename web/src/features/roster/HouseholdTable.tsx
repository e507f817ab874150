import { createEffect, createMemo, createSignal, createUniqueId, For, Index, type Accessor } from "solid-js";
import { createSolidTable, getCoreRowModel, getSortedRowModel, type SortingState } from "@tanstack/solid-table";
import type { Household } from "@shared/model/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import type { Assessor } from "../../state/assessment.ts";
import type { RosterFilter } from "../../state/rosterFilter.ts";
import { createFilteredRoster } from "../../state/rosterView.ts";
import { householdColumns } from "./householdColumns.ts";
import { HouseholdRow } from "./HouseholdRow.tsx";
import { createRowSlots } from "./rowSlots.ts";
import { createRowHeight } from "./rowHeight.ts";
import { createRowWindow } from "./rowWindow.ts";
import { SortHeader } from "./SortHeader.tsx";

/** the column headers' row; a family's row is as high on a laptop, higher on a phone (rowHeight.ts) */
const HEAD_HEIGHT = 44;

/**
 * Sorting with TanStack Table; only the rows in view (plus a margin) exist in the DOM
 * (rowWindow.ts), absolutely placed, and a family keeps its row while it stays in view
 * (rowSlots.ts; rows no longer needed stay as invisible spares). Rows are divs of one fixed size (a line of seven
 * columns on a laptop, a two-line card on a phone: rowHeight.ts) with size and layout containment and placed cells, not table rows: a row whose family changed is laid out alone, where a <table> lays out
 * every row again. Filtering runs over an index of the sorted rows (state/rosterView.ts):
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
  // every household in the chosen order: recomputed when the roster or the sort changes, not per key.
  // Unsorted (the default), the roster already comes in its order (RW, RT, name: state/roster.ts) and
  // TanStack's row model would only copy it, making a row object with dozens of functions per family
  // (for 20,000: 0.4 s at 4x throttling on each cold start and each change to the roster, and about
  // 50 MB of the page's heap, which slowed every key through GC): it is built only once a person sorts
  // by a column, and kept by TanStack until the roster next changes.
  const sorted = createMemo(() => (sorting().length === 0 ? props.rows() : table.getRowModel().rows.map((row) => row.original)));
  const shown = createFilteredRoster(sorted, props.filter, props.assessor);
  // assigned by the ref below before the window mounts (lint cannot see JSX refs)
  // eslint-disable-next-line no-unassigned-vars
  let scroller: HTMLDivElement | undefined;
  const rowHeight = createRowHeight(() => scroller, HEAD_HEIGHT);
  const range = createRowWindow({ count: shown.count, rowHeight, overscan: 1, scroller: () => scroller, rowsStartAt: HEAD_HEIGHT });
  // the families in view, in order
  const visible = createMemo(() => {
    const { start, end } = range();
    const out: Household[] = [];
    for (let i = start; i < end; i++) {
      const h = shown.at(i);
      if (h) out.push(h);
    }
    return out;
  });
  // a family keeps its row element while it stays in view, so elements are in no particular
  // order: the row group gives assistive technology the list's order (rowSlots.ts)
  const rowIdPrefix = createUniqueId();
  const rows = createRowSlots(visible, () => range().start, (slot) => `${rowIdPrefix}-${slot}`);
  // The benchmark (npm run bench:roster) measures cold start to this mark: the first rows painted.
  let marked = false;
  createEffect(() => {
    if (marked || visible().length === 0) return;
    marked = true;
    requestAnimationFrame(() => performance.mark("rembuk:roster-rows"));
  });

  return (
    <>
    <p class="muted" data-testid="roster-count">
      {t("roster.shown", { shown: formatNumber(shown.count()), total: formatNumber(props.rows().length) })}
    </p>
    <div class="table-wrap virtual" ref={scroller} data-testid="roster-scroller">
      <div class="roster-grid" role="table" aria-label={t("roster.title")} aria-rowcount={shown.count() + 1} data-testid="roster-table">
        <div class="roster-head" role="rowgroup">
          <For each={table.getHeaderGroups()}>
            {(group) => (
              <div class="roster-row" role="row" aria-rowindex={1}>
                <For each={group.headers}>{(header) => <SortHeader header={header} />}</For>
              </div>
            )}
          </For>
        </div>
        <div role="rowgroup" class="roster-body" style={{ height: `${range().count * rowHeight()}px` }} aria-owns={rows.idsInOrder()}>
          {/* Index over row elements, not For over families: a family new on screen takes a row a family left */}
          <Index each={rows.items()}>
            {(h, slot) => {
              const at = () => rows.positionOf(h());
              return (
                <HouseholdRow
                  id={`${rowIdPrefix}-${slot}`}
                  shown={rows.used(slot)}
                  household={h()}
                  assessment={props.assessor.of(h())}
                  href={props.hrefFor(h().id)}
                  index={at()}
                  top={at() * rowHeight()}
                />
              );
            }}
          </Index>
        </div>
      </div>
    </div>
    </>
  );
}
