import { createSignal, For, Show, type Accessor } from "solid-js";
import { createSolidTable, flexRender, getCoreRowModel, getFilteredRowModel, getSortedRowModel, type ColumnDef, type SortingState } from "@tanstack/solid-table";
import type { Household } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";

/** Matches name, No. KK and "RT 3 / RW 1" spellings people type ("3/1", "rt 03"). */
function matches(h: Household, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const rtrw = `rt ${h.rt ?? ""} rw ${h.rw ?? ""} ${h.rt ?? ""}/${h.rw ?? ""}`;
  return [h.kepala, h.noKk, h.dusun, h.alamat, rtrw].some((v) => v.toLowerCase().replace(/\b0+(\d)/g, "$1").includes(q.replace(/\b0+(\d)/g, "$1")));
}

export function HouseholdTable(props: { rows: Accessor<Household[]>; onEdit?: (id: string) => void }) {
  const [sorting, setSorting] = createSignal<SortingState>([]);
  const [query, setQuery] = createSignal("");
  const columns: ColumnDef<Household>[] = [
    { id: "kepala", accessorKey: "kepala", header: () => t("household.kepala") },
    { id: "rtrw", accessorFn: (h) => (h.rw ?? 0) * 1000 + (h.rt ?? 0), header: () => t("household.rtrw"), cell: (c) => `${c.row.original.rt ?? "?"}/${c.row.original.rw ?? "?"}` },
    { id: "noKk", accessorKey: "noKk", header: () => t("household.noKk") },
    { id: "dusun", accessorKey: "dusun", header: () => t("household.dusun") },
    { id: "sumberAir", accessorKey: "sumberAir", header: () => t("household.sumberAir"), cell: (c) => (c.row.original.sumberAir ? t(`water.${c.row.original.sumberAir}`) : "") },
    { id: "jamban", accessorKey: "jamban", header: () => t("household.jamban"), cell: (c) => (c.row.original.jamban ? t(`toilet.${c.row.original.jamban}`) : "") },
  ];
  const table = createSolidTable({
    get data() {
      return props.rows();
    },
    columns,
    state: {
      get sorting() {
        return sorting();
      },
      get globalFilter() {
        return query();
      },
    },
    getRowId: (h) => h.id,
    onSortingChange: setSorting,
    globalFilterFn: (row, _col, value: string) => matches(row.original, value),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  return (
    <div>
      <input class="search" type="search" placeholder={t("roster.search")} value={query()} onInput={(e) => setQuery(e.currentTarget.value)} data-testid="roster-search" />
      <p class="muted" data-testid="roster-count">
        {t("roster.count", { count: table.getRowModel().rows.length })}
      </p>
      <div class="table-wrap">
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
                  <Show when={props.onEdit}>
                    <th />
                  </Show>
                </tr>
              )}
            </For>
          </thead>
          <tbody>
            <For each={table.getRowModel().rows}>
              {(row) => (
                <tr data-testid="household-row" data-id={row.id}>
                  <For each={row.getVisibleCells()}>{(cell) => <td>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>}</For>
                  <Show when={props.onEdit}>
                    {(edit) => (
                      <td>
                        <button type="button" class="link-button" onClick={() => edit()(row.id)}>
                          {t("common.edit")}
                        </button>
                      </td>
                    )}
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </div>
  );
}
