import { For, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { formatCell, type Table } from "./tableModel.ts";

/** One table of the report; an RW's row is set apart from its RTs', the total last. "—" is tidak ada data. */
export function ReportTable(props: { table: Table }) {
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
            <For each={props.table.rows}>
              {(row) => (
                <tr class={`report-${row.level}`} data-row={row.key}>
                  <th scope="row">{row.label}</th>
                  <For each={row.cells}>
                    {(value, i) => {
                      const kind = () => props.table.columns[i()]?.kind ?? "count";
                      return (
                        <Show when={value !== null} fallback={<td class="report-nodata" title={t("report.noData")} aria-label={t("report.noData")}>—</td>}>
                          <td classList={{ "report-text": typeof value === "string" }}>{formatCell(value, kind())}</td>
                        </Show>
                      );
                    }}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </div>
  );
}
