import type { Header } from "@tanstack/solid-table";
import type { Household } from "@shared/model/index.ts";

const ARROW: Record<string, string> = { asc: " ▲", desc: " ▼" };
const ARIA_SORT: Record<string, "ascending" | "descending"> = { asc: "ascending", desc: "descending" };

/** A roster column header; a button, so sorting works from a keyboard too. Its title is the whole label (narrow columns cut it). */
export function SortHeader(props: { header: Header<Household, unknown> }) {
  const sorted = () => props.header.column.getIsSorted() || "";
  const label = () => {
    const header = props.header.column.columnDef.header;
    return typeof header === "function" ? String(header(props.header.getContext())) : (header ?? "");
  };
  return (
    <div role="columnheader" aria-sort={ARIA_SORT[sorted()] ?? "none"}>
      <button type="button" class="sort" title={label()} onClick={props.header.column.getToggleSortingHandler()}>
        {label()}
        {ARROW[sorted()] ?? ""}
      </button>
    </div>
  );
}
