import { For } from "solid-js";
import { t } from "../../i18n/index.ts";
import { formatCell, type Table } from "./tableModel.ts";

/** One table of the report; an RW's row is set apart from its RTs', the total last. "—" is tidak ada data. */
export function ReportTable(props: { table: Table }) {
  const noData = t("report.noData");
  return (
    <div class="report-table" data-testid={`report-table-${props.table.id}`}>
      <h3>{props.table.title}</h3>
      <div class="table-wrap">
        <table classList={{ "report-wide": props.table.columns.length > 7, "report-facts": props.table.columns.length === 1 }}>
          <thead>
            <tr>
              <th scope="col">{props.table.head}</th>
              <For each={props.table.columns}>{(c) => <th scope="col" classList={{ "report-text": c.kind === "text" }}>{c.label}</th>}</For>
            </tr>
          </thead>
          <tbody>
            {/* a report's tables hold thousands of cells (8 RW x 15 RT x 7 tables) and never change in place (a new
                report is a new table): plain elements, no per-cell reactivity */}
            {props.table.rows.map((row) => (
              <tr class={`report-${row.level}`} data-row={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((value, i) =>
                  value === null ? (
                    <td class="report-nodata" title={noData} aria-label={noData}>—</td>
                  ) : (
                    <td class={typeof value === "string" ? "report-text" : undefined}>{formatCell(value, props.table.columns[i]?.kind ?? "count")}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
